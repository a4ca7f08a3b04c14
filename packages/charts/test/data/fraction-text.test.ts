import { describe, expect, test } from 'vitest';
import { fractionText } from '../../src/data/fraction-text.ts';

describe('fractionText', () => {
  test('prints numerator / denominator with the language\'s grouping, and — for a count or no row', () => {
    expect(fractionText({ numerator: 9, denominator: 64 }, 'zh-Hant')).toBe('9 / 64');
    expect(fractionText({ numerator: 12345, denominator: 67890 }, 'en')).toBe('12,345 / 67,890');
    expect(fractionText({ numerator: 0, denominator: 0 }, 'en')).toBe('0 / 0');
    expect(fractionText({ numerator: 4, denominator: null }, 'en')).toBe('—');
    expect(fractionText(undefined, 'zh-Hans')).toBe('—');
  });
});
