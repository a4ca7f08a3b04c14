import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedArithmeticMean } from '../../../src/scoring/aggregate/weighted-arithmetic-mean.ts';

describe('weightedArithmeticMean', () => {
  it('weightedArithmeticMean is Σ w·x / Σ w', () => {
    expect(weightedArithmeticMean([80, 60], [3, 1])).toBe(75);
    expect(weightedArithmeticMean([1, 2, 3, 4], [1, 1, 1, 1])).toBe(2.5);
  });

  it('weightedArithmeticMean is null when there are no pairs or the weights sum to 0', () => {
    expect(weightedArithmeticMean([], [])).toBeNull();
    expect(weightedArithmeticMean([5, 6], [0, 0])).toBeNull();
  });

  it('weightedArithmeticMean ignores pairs of weight 0', () => {
    expect(weightedArithmeticMean([10, Number.NaN], [1, 0])).toBe(10);
  });

  it('weightedArithmeticMean refuses values and weights of different lengths', () => {
    expect(() => weightedArithmeticMean([1, 2], [1])).toThrow(RangeError);
  });

  it('weightedArithmeticMean lies between the smallest and largest value and does not depend on the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true })), { minLength: 1, maxLength: 10 }),
        (pairs) => {
          const values = pairs.map((p) => p[0]);
          const weights = pairs.map((p) => p[1]);
          const m = weightedArithmeticMean(values, weights)!;
          expect(m).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
          expect(m).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
          expect(weightedArithmeticMean([...values].reverse(), [...weights].reverse())).toBe(m);
        },
      ),
      { seed: 43, numRuns: 300 },
    );
  });

  it('weightedArithmeticMean never falls when one value rises', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true })), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (pairs, pick, rise) => {
          const values = pairs.map((p) => p[0]);
          const weights = pairs.map((p) => p[1]);
          const i = pick % values.length;
          const raised = values.map((v, j) => (j === i ? v + rise : v));
          expect(weightedArithmeticMean(raised, weights)!).toBeGreaterThanOrEqual(weightedArithmeticMean(values, weights)! - 1e-12);
        },
      ),
      { seed: 47, numRuns: 300 },
    );
  });
});
