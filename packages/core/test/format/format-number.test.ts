import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/format/format-number.ts';

describe('formatNumber', () => {
  it('groups thousands with commas in every language', () => {
    expect(formatNumber(17701, 'zh-Hans')).toBe('17,701');
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatNumber(999, 'zh-Hant')).toBe('999');
  });

  it('rounds half away from zero through the decimal text (1.005 → 1.01), drops trailing zeros', () => {
    expect(formatNumber(1.005, 'en')).toBe('1.01');
    expect(formatNumber(-2.5, 'en', { digits: 0 })).toBe('−3');
    expect(formatNumber(0.30000000000000004, 'en')).toBe('0.3');
    expect(formatNumber(80, 'en', { digits: 1 })).toBe('80');
  });

  it('writes the minus sign U+2212, a plus sign only when asked, and never −0 or +0', () => {
    expect(formatNumber(-12.345, 'en', { digits: 1 })).toBe('−12.3');
    expect(formatNumber(3, 'zh-Hant', { sign: true })).toBe('+3');
    expect(formatNumber(-0.001, 'en', { sign: true })).toBe('0');
    expect(formatNumber(0.001, 'en', { sign: true })).toBe('0');
  });

  it('leaves the digits ungrouped when asked, as explanations write them', () => {
    expect(formatNumber(17701.25, 'zh-Hans', { grouping: false })).toBe('17701.25');
    expect(formatNumber(-1234567, 'en', { grouping: false, digits: 0 })).toBe('\u22121234567');
  });

  it('prints — for NaN and infinities, never "NaN"', () => {
    expect([NaN, Infinity, -Infinity].map((x) => formatNumber(x, 'en'))).toEqual(['—', '—', '—']);
  });

  it('reads back as the number rounded to the digits asked for', () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, digits) => {
      const text = formatNumber(x, 'en', { digits });
      const back = Number(text.replace(/,/g, '').replace('\u2212', '-'));
      expect(Math.abs(back - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9 * Math.max(1, Math.abs(x)));
    }), { seed: 42, numRuns: 500 });
  });
});
