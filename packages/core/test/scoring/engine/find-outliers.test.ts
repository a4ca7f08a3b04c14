import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOutliers } from '../../../src/scoring/engine/find-outliers.ts';

describe('findOutliers', () => {
  it('flags values worse than the median by more than minExcess when the MAD is 0 (most departments lose no case)', () => {
    const tests = findOutliers([0, 0, 1, 0, 4, 3, 0], 'lower');
    expect(tests.map((t) => t.outlier)).toEqual([false, false, false, false, true, true, false]);
    expect(tests[4]).toEqual({ outlier: true, z: null, median: 0, excess: 4 });
  });

  it('does not flag a value exactly minExcess above a flat median', () => {
    expect(findOutliers([0, 0, 0, 2], 'lower').map((t) => t.outlier)).toEqual([false, false, false, false]);
    expect(findOutliers([0, 0, 0, 2], 'lower', { minExcess: 1 })[3]!.outlier).toBe(true);
  });

  it('computes the modified z-score 0.6745 (x − median) / MAD and flags it above 3.5', () => {
    // median 10.5, deviations 0.5 0.5 1.5 1.5 2.5 29.5 → MAD 1.5; 0.6745 × 29.5 / 1.5 = 13.265166…
    const tests = findOutliers([10, 9, 11, 8, 12, 40], 'lower');
    expect(tests[5]!.median).toBe(10.5);
    expect(tests[5]!.z).toBeCloseTo((0.6745 * 29.5) / 1.5, 12);
    expect(tests[5]!.outlier).toBe(true);
    expect(tests.slice(0, 5).every((t) => !t.outlier)).toBe(true);
  });

  it('only flags the bad direction: a very high filing rate is not an outlier, a very low one is', () => {
    const values = [0.9, 0.92, 0.91, 0.93, 0.9, 0.2, 1.6];
    const tests = findOutliers(values, 'higher');
    expect(tests[5]!.outlier).toBe(true);
    expect(tests[6]!.outlier).toBe(false);
    expect(tests[6]!.z).toBeLessThan(0);
  });

  it('reads the threshold from the rule', () => {
    const values = [10, 9, 11, 8, 12, 14];
    expect(findOutliers(values, 'lower')[5]!.outlier).toBe(false);
    expect(findOutliers(values, 'lower', { threshold: 1 })[5]!.outlier).toBe(true);
  });

  it('ignores null values and flags nothing among fewer than 3 values', () => {
    expect(findOutliers([0, null, 100], 'lower').map((t) => t.outlier)).toEqual([false, false, false]);
    const tests = findOutliers([0, 0, null, 9], 'lower');
    expect(tests[2]).toEqual({ outlier: false, z: null, median: 0, excess: null });
    expect(tests[3]!.outlier).toBe(true);
  });

  it('gives the same answer per value whatever the order of the values', () => {
    fc.assert(fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 12 }), fc.integer(), (values, seed) => {
      const order = values.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
      const direct = findOutliers(values, 'lower');
      const shuffled = findOutliers(order.map((i) => values[i]!), 'lower');
      order.forEach((i, k) => expect(shuffled[k]).toEqual(direct[i]));
    }), { seed: 20191231 });
  });
});
