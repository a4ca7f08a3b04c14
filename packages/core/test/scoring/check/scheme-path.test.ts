import { describe, expect, it } from 'vitest';
import { formatSchemePath } from '../../../src/scoring/check/scheme-path.ts';

describe('formatSchemePath', () => {
  it('writes dimensions[2].items[0].rule.per', () => {
    expect(formatSchemePath(['dimensions', 2, 'items', 0, 'rule', 'per'])).toBe('dimensions[2].items[0].rule.per');
  });
  it('quotes keys that are not identifiers and writes the root as an empty string', () => {
    expect(formatSchemePath(['name', 'zh-TW'])).toBe('name["zh-TW"]');
    expect(formatSchemePath(['$schema'])).toBe('$schema');
    expect(formatSchemePath([])).toBe('');
    expect(formatSchemePath([0])).toBe('[0]');
  });
});
