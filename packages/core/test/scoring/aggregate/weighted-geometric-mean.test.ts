import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedArithmeticMean } from '../../../src/scoring/aggregate/weighted-arithmetic-mean.ts';
import { weightedGeometricMean } from '../../../src/scoring/aggregate/weighted-geometric-mean.ts';

describe('weightedGeometricMean', () => {
  it('weightedGeometricMean is exp(Σ w·ln x / Σ w)', () => {
    const g = weightedGeometricMean([10, 40], [1, 1]);
    expect(g.ok).toBe(true);
    if (g.ok) expect(g.value).toBeCloseTo(20, 12);
    const w = weightedGeometricMean([8, 1], [2, 1]);
    if (w.ok) expect(w.value).toBeCloseTo(4, 12);
  });

  it('weightedGeometricMean of equal values is that value exactly', () => {
    expect(weightedGeometricMean([73.2, 73.2, 73.2], [1, 2, 3])).toEqual({ ok: true, value: 73.2 });
  });

  it('weightedGeometricMean refuses a zero score with a reason in three languages', () => {
    const g = weightedGeometricMean([0, 40], [1, 1]);
    expect(g.ok).toBe(false);
    if (!g.ok) {
      expect(g.reason['zh-Hant']).toBe('幾何平均無法計算：得分 0 不是正數（對數需要正數）。請在方案中設定 geometricOffset，或改用算術平均。');
      expect(g.reason['zh-Hans']).toContain('几何平均无法计算');
      expect(g.reason.en).toBe('The geometric mean cannot be computed: the score 0 is not positive (a logarithm needs a positive number). Set geometricOffset in the scheme, or use the arithmetic mean.');
    }
    expect(weightedGeometricMean([-5, 40], [1, 1]).ok).toBe(false);
  });

  it('weightedGeometricMean with an offset is the mean of (x + offset), less the offset', () => {
    const g = weightedGeometricMean([0, 40], [1, 1], 1);
    expect(g.ok).toBe(true);
    if (g.ok) expect(g.value).toBeCloseTo(Math.sqrt(41) - 1, 12);
    const still = weightedGeometricMean([-3, 40], [1, 1], 1);
    expect(still.ok).toBe(false);
    if (!still.ok) expect(still.reason.en).toContain('plus the offset 1 is still not positive');
  });

  it('weightedGeometricMean ignores a zero score of weight 0, and refuses when no weight is positive', () => {
    expect(weightedGeometricMean([0, 40], [0, 1])).toEqual({ ok: true, value: 40 });
    const none = weightedGeometricMean([], []);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason.en).toBe('The geometric mean cannot be computed: no score has a weight above 0.');
  });

  it('weightedGeometricMean never exceeds the weighted arithmetic mean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true })), { minLength: 1, maxLength: 10 }),
        (pairs) => {
          const values = pairs.map((p) => p[0]);
          const weights = pairs.map((p) => p[1]);
          const g = weightedGeometricMean(values, weights);
          expect(g.ok).toBe(true);
          if (g.ok) expect(g.value).toBeLessThanOrEqual(weightedArithmeticMean(values, weights)! * (1 + 1e-12));
        },
      ),
      { seed: 53, numRuns: 500 },
    );
  });
});
