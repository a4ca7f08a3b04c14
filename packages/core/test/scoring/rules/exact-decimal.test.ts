import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactDecimal } from '../../../src/scoring/rules/exact-decimal.ts';

describe('exactDecimal', () => {
  it('exactDecimal.product gives the decimal answer where floating point does not (0.1 × 3 = 0.3, 0.955 × 100 = 95.5)', () => {
    expect(0.1 * 3).not.toBe(0.3);
    expect(exactDecimal.product(0.1, 3)).toBe(0.3);
    expect(exactDecimal.product(0.955, 100)).toBe(95.5);
    expect(exactDecimal.product(2, 3)).toBe(6);
    expect(exactDecimal.product(5, 0.955)).toBe(4.775);
  });

  it('exactDecimal.difference and sum are decimal (0.9 − 0.8 = 0.1, 10 − 0.3 = 9.7, 0.1 + 0.2 = 0.3)', () => {
    expect(exactDecimal.difference(0.9, 0.8)).toBe(0.1);
    expect(exactDecimal.difference(1, 0.9)).toBe(0.1);
    expect(exactDecimal.difference(10, 0.3)).toBe(9.7);
    expect(exactDecimal.sum(0.1, 0.2)).toBe(0.3);
  });

  it('exactDecimal.quotient of decimals is the correctly rounded ratio (0.05 / 0.1 = 0.5, 0.3 / 0.1 = 3)', () => {
    expect(0.3 / 0.1).not.toBe(3);
    expect(exactDecimal.quotient(0.3, 0.1)).toBe(3);
    expect(exactDecimal.quotient(0.05, 0.1)).toBe(0.5);
    expect(exactDecimal.quotient(16, 17)).toBe(16 / 17);
  });

  it('exactDecimal falls back to floating point for operands with too many digits (2/3, 1e-7, NaN)', () => {
    expect(exactDecimal.product(2 / 3, 3)).toBe((2 / 3) * 3);
    expect(exactDecimal.sum(1e-7, 1)).toBe(1e-7 + 1);
    expect(exactDecimal.product(Number.NaN, 2)).toBeNaN();
  });

  it('exactDecimal.product of two-decimal numbers equals the number its decimal text names', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -100_000, max: 100_000 }), (a, b) => {
        expect(exactDecimal.product(a / 100, b / 100)).toBe(Number(`${a * b}e-4`));
        expect(exactDecimal.difference(a / 100, b / 100)).toBe((a - b) / 100);
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
