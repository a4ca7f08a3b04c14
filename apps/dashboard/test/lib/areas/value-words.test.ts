import { describe, expect, test } from 'vitest';
import { valueWords } from '../../../src/lib/areas/value-words.ts';

describe('valueWords', () => {
  test('counts carry their measure word in Chinese and their noun in English', () => {
    expect(valueWords('litigation.lost_cases', 4, 'zh-Hans')).toBe('4 件');
    expect(valueWords('decisions.count', 2, 'zh-Hant')).toBe('2 項');
    expect(valueWords('litigation.lost_cases', 1, 'en')).toBe('1 lost case');
    expect(valueWords('safety.deaths', 26, 'en')).toBe('26 deaths');
  });

  test('rates and scores print as the charts print them, null as —', () => {
    expect(valueWords('litigation.loss_rate', 0.140625, 'zh-Hans')).toBe('14.1%');
    expect(valueWords('enforcement.mean_score', 80.24, 'en')).toBe('80.2');
    expect(valueWords('litigation.lost_cases', null, 'en')).toBe('—');
  });
});
