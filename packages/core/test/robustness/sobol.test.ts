import { describe, expect, it } from 'vitest';
import { saltelliSample } from '../../src/robustness/saltelli-sample.ts';
import { sobolIndices, type SobolIndex } from '../../src/robustness/sobol-indices.ts';
import { MAX_SOBOL_DIMENSIONS, SobolSequence } from '../../src/robustness/sobol-sequence.ts';

/** Ishigami & Homma (1990), a = 7, b = 0.1, xᵢ ~ U(−π, π). */
const ishigami = (u: Float64Array): number[] => {
  const x = Array.from(u, (v) => -Math.PI + 2 * Math.PI * v);
  return [Math.sin(x[0]!) + 7 * Math.sin(x[1]!) ** 2 + 0.1 * x[2]! ** 4 * Math.sin(x[0]!)];
};
/** Its analytic indices (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.6). */
const ISHIGAMI = { first: [0.3139, 0.4424, 0], total: [0.5576, 0.4424, 0.2437] };

/** The Sobol g-function with a = 0, 1, 4.5, 9, 99, 99, 99, 99 (Saltelli & Sobol 1995) and its analytic indices. */
const A = [0, 1, 4.5, 9, 99, 99, 99, 99];
const gFunction = (u: Float64Array): number[] => [A.reduce((p, a, i) => (p * (Math.abs(4 * u[i]! - 2) + a)) / (1 + a), 1)];
const partial = A.map((a) => 1 / (3 * (1 + a) ** 2));
const variance = partial.reduce((p, v) => p * (1 + v), 1) - 1;
const G = {
  first: partial.map((v) => v / variance),
  total: partial.map((v, i) => (v * partial.reduce((p, w, j) => (j === i ? p : p * (1 + w)), 1)) / variance),
};

/** The largest distance of estimated first-order and total indices from the analytic ones. */
function largestError(estimate: readonly SobolIndex[], analytic: { first: number[]; total: number[] }): number {
  return Math.max(...estimate.map((s, i) => Math.max(Math.abs(s.first - analytic.first[i]!), Math.abs(s.total - analytic.total[i]!))));
}

function indices(f: (u: Float64Array) => number[], k: number, n: number, sampler: 'sobol' | 'uniform', seed = 1, bootstrap = 0): SobolIndex[] {
  const { fA, fB, fAB } = saltelliSample(k, n, f, { sampler, seed });
  return sobolIndices(fA[0]!, fB[0]!, fAB[0]!, { bootstrap, seed })!;
}

describe('SobolSequence', () => {
  it('gives the points of scipy.stats.qmc.Sobol(d, scramble=False) (Joe & Kuo 2008 directions)', () => {
    const six = new SobolSequence(6);
    const points = Array.from({ length: 16 }, () => six.next());
    expect(points.slice(0, 5)).toEqual([
      [0, 0, 0, 0, 0, 0], [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], [0.75, 0.25, 0.25, 0.25, 0.75, 0.75],
      [0.25, 0.75, 0.75, 0.75, 0.25, 0.25], [0.375, 0.375, 0.625, 0.875, 0.375, 0.125],
    ]);
    expect(points[13]).toEqual([0.8125, 0.6875, 0.8125, 0.0625, 0.4375, 0.9375]);
    const forty = new SobolSequence(40);
    const out = new Float64Array(40);
    for (let i = 0; i < 1024; i++) forty.nextInto(out);
    expect([...out.slice(30, 40)]).toEqual([0.9287109375, 0.6142578125, 0.4521484375, 0.8740234375, 0.3330078125, 0.8642578125, 0.9423828125, 0.9873046875, 0.9013671875, 0.6982421875]);
  });
  it('refuses a dimension it has no direction numbers for', () => {
    expect(MAX_SOBOL_DIMENSIONS).toBe(256);
    expect(() => new SobolSequence(0)).toThrow(RangeError);
    expect(() => new SobolSequence(MAX_SOBOL_DIMENSIONS + 1)).toThrow(RangeError);
  });
});

describe('sobolIndices on a Saltelli design of Sobol points', () => {
  // Tolerance: 0.01 at N = 4096 (N(k + 2) runs); the estimates come within 0.0004 (Ishigami) and 0.002 (g) of the analytic values.
  it('gives the Ishigami function\'s analytic indices within 0.01 at N = 4096', () => {
    expect(largestError(indices(ishigami, 3, 4096, 'sobol'), ISHIGAMI)).toBeLessThan(0.01);
  });
  it('gives the g-function\'s analytic indices within 0.01 at N = 4096', () => {
    expect(G.first[0]).toBeCloseTo(0.7162, 4);
    expect(G.total[1]).toBeCloseTo(0.2422, 4);
    expect(largestError(indices(gFunction, 8, 4096, 'sobol'), G)).toBeLessThan(0.01);
  });
  it('converges faster than the plain uniform sampling of COINr: at N = 1024 its error is under half the mean error of 5 uniform samples', () => {
    const quasi = largestError(indices(ishigami, 3, 1024, 'sobol'), ISHIGAMI);
    const uniform = [1, 2, 3, 4, 5].map((seed) => largestError(indices(ishigami, 3, 1024, 'uniform', seed), ISHIGAMI));
    const mean = uniform.reduce((s, e) => s + e, 0) / uniform.length;
    expect(quasi).toBeLessThan(mean / 2);
  });
  it('gives bootstrap intervals that hold the analytic Ishigami indices', () => {
    const estimate = indices(ishigami, 3, 2048, 'sobol', 1, 200);
    estimate.forEach((s, i) => {
      expect(s.firstInterval![0]).toBeLessThanOrEqual(ISHIGAMI.first[i]!);
      expect(s.firstInterval![1]).toBeGreaterThanOrEqual(ISHIGAMI.first[i]!);
      expect(s.totalInterval![0]).toBeLessThanOrEqual(ISHIGAMI.total[i]! + 1e-9);
      expect(s.totalInterval![1]).toBeGreaterThanOrEqual(ISHIGAMI.total[i]!);
    });
  });
  it('is null for an output that does not vary, and the same for the same seed', () => {
    const { fA, fB, fAB } = saltelliSample(2, 16, () => [3]);
    expect(sobolIndices(fA[0]!, fB[0]!, fAB[0]!)).toBeNull();
    expect(indices(ishigami, 3, 64, 'uniform', 9, 20)).toEqual(indices(ishigami, 3, 64, 'uniform', 9, 20));
  });
});
