import { quantileSorted } from 'd3-array';
import { Random } from './random.ts';

/**
 * First-order and total Sobol indices of one input on one output, with
 * bootstrap confidence intervals.
 *
 * @example
 * const index: SobolIndex = { first: 0.31, total: 0.56, firstInterval: [0.29, 0.33], totalInterval: [0.54, 0.58] };
 */
export interface SobolIndex {
  /** Sᵢ: the share of the output's variance the input explains alone (Saltelli 2010 estimator). */
  first: number;
  /** Sₜᵢ: the share it explains with all its interactions (Jansen 1999 estimator). */
  total: number;
  /** Bootstrap percentile interval of `first`; null without bootstrap. */
  firstInterval: [number, number] | null;
  /** Bootstrap percentile interval of `total`; null without bootstrap. */
  totalInterval: [number, number] | null;
}

/**
 * Options of {@link sobolIndices}.
 *
 * @example
 * const options: SobolIndicesOptions = { bootstrap: 200, confidence: 0.9, seed: 7 };
 */
export interface SobolIndicesOptions {
  /** Bootstrap resamples for the intervals; 0 for none. Default 100. */
  bootstrap?: number;
  /** Coverage of the intervals. Default 0.95. */
  confidence?: number;
  /** Seed of the resampling. Default 1. */
  seed?: number;
}

/**
 * Sobol indices of each input from the outputs of a Saltelli design: f(A),
 * f(B) and f(A_B⁽ⁱ⁾) (A with column i taken from B), N runs each, with
 * V = the variance of f(A) and f(B) together:
 * - first order (Saltelli et al. 2010, table 2 (b)): Sᵢ = mean(f(B) · (f(A_B⁽ⁱ⁾) − f(A))) / V;
 * - total (Jansen 1999): Sₜᵢ = mean((f(A) − f(A_B⁽ⁱ⁾))²) / 2 / V.
 * Intervals are bootstrap percentiles over the N runs resampled with
 * replacement (seeded). An output that does not vary has no indices: null.
 *
 * @example
 * // f(x₁, x₂) = x₁ on 1024 Sobol points: x₁ explains all of the variance, x₂ none
 * const { fA, fB, fAB } = saltelliSample(2, 1024, (u) => [u[0]!]);
 * const [x1, x2] = sobolIndices(fA[0]!, fB[0]!, fAB[0]!) ?? [];
 * x2?.total; // 0
 */
export function sobolIndices(
  fA: ArrayLike<number>, fB: ArrayLike<number>, fAB: readonly ArrayLike<number>[], options: SobolIndicesOptions = {},
): SobolIndex[] | null {
  const { bootstrap = 100, confidence = 0.95, seed = 1 } = options;
  const n = fA.length;
  const all = Array.from({ length: n }, (_, j) => j);
  const point = estimate(fA, fB, fAB, all);
  if (point === null) return null;
  const firsts: number[][] = fAB.map(() => []);
  const totals: number[][] = fAB.map(() => []);
  const random = new Random(seed);
  const sample = new Array<number>(n);
  for (let b = 0; b < bootstrap; b++) {
    for (let j = 0; j < n; j++) sample[j] = Math.floor(random.next() * n);
    const e = estimate(fA, fB, fAB, sample);
    if (e === null) continue;
    e.forEach((s, i) => {
      firsts[i]!.push(s.first);
      totals[i]!.push(s.total);
    });
  }
  const tail = (1 - confidence) / 2;
  const interval = (values: number[]): [number, number] | null => {
    if (values.length === 0) return null;
    values.sort((a, b) => a - b);
    return [quantileSorted(values, tail)!, quantileSorted(values, 1 - tail)!];
  };
  return point.map((s, i) => ({ ...s, firstInterval: interval(firsts[i]!), totalInterval: interval(totals[i]!) }));
}

function estimate(fA: ArrayLike<number>, fB: ArrayLike<number>, fAB: readonly ArrayLike<number>[], rows: readonly number[]): { first: number; total: number }[] | null {
  const n = rows.length;
  let mean = 0;
  for (const j of rows) mean += fA[j]! + fB[j]!;
  mean /= 2 * n;
  let variance = 0;
  for (const j of rows) variance += (fA[j]! - mean) ** 2 + (fB[j]! - mean) ** 2;
  variance /= 2 * n - 1;
  if (!(variance > 1e-12 * Math.max(1, mean * mean))) return null;
  return fAB.map((fi) => {
    let first = 0;
    let total = 0;
    for (const j of rows) {
      first += fB[j]! * (fi[j]! - fA[j]!);
      total += (fA[j]! - fi[j]!) ** 2;
    }
    return { first: first / n / variance, total: total / (2 * n) / variance };
  });
}
