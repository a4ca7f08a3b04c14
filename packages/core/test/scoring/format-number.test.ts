import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScoreNumber } from '../../src/scoring/format-number.ts';

describe('formatScoreNumber', () => {
  it('formatScoreNumber rounds to 2 decimals and drops trailing zeros', () => {
    expect(formatScoreNumber(94.11764705882354)).toBe('94.12');
    expect(formatScoreNumber(4.5)).toBe('4.5');
    expect(formatScoreNumber(100)).toBe('100');
    expect(formatScoreNumber(0.30000000000000004)).toBe('0.3');
  });

  it('formatScoreNumber rounds half away from zero on the decimal text (1.005 → 1.01, 4.775 → 4.78)', () => {
    expect(formatScoreNumber(1.005)).toBe('1.01');
    expect(formatScoreNumber(4.775)).toBe('4.78');
    expect(formatScoreNumber(-2.5, 0)).toBe('−3');
  });

  it('formatScoreNumber writes minus as U+2212 and never shows −0', () => {
    expect(formatScoreNumber(-6)).toBe('\u22126');
    expect(formatScoreNumber(-0.001)).toBe('0');
    expect(formatScoreNumber(-0)).toBe('0');
  });

  it('formatScoreNumber keeps the digits asked for, and integers whole with 0 digits', () => {
    expect(formatScoreNumber(98.2296775, 5)).toBe('98.22968');
    expect(formatScoreNumber(100, 0)).toBe('100');
  });

  it('formatScoreNumber shows non-finite input as ∞, −∞ or —, never NaN', () => {
    expect(formatScoreNumber(Infinity)).toBe('∞');
    expect(formatScoreNumber(-Infinity)).toBe('−∞');
    expect(formatScoreNumber(Number.NaN)).toBe('—');
  });

  it('formatScoreNumber reads back within half a unit of the last digit', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const text = formatScoreNumber(x);
        expect(text).not.toMatch(/e|NaN|-/);
        expect(Math.abs(Number(text.replace('\u2212', '-')) - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
      { seed: 61, numRuns: 500 },
    );
  });
});
