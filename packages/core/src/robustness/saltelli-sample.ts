import { Random } from './random.ts';
import { SobolSequence } from './sobol-sequence.ts';

/**
 * Where the points of a Saltelli design come from: `sobol` (quasi-random,
 * {@link SobolSequence}) or `uniform` (the seeded pseudo-random
 * {@link Random}, as COINr samples).
 *
 * @example
 * const sampler: Sampler = 'sobol';
 */
export type Sampler = 'sobol' | 'uniform';

/**
 * The outputs of a model evaluated on a Saltelli design, per output: f(A),
 * f(B) and f(A_B⁽ⁱ⁾) for each input i, N runs each.
 *
 * @example
 * const outputs: SaltelliOutputs = saltelliSample(2, 8, (u) => [u[0]! + u[1]!]);
 * outputs.fA[0]!.length; // 8
 */
export interface SaltelliOutputs {
  /** Output × run: f(A). */
  fA: Float64Array[];
  /** Output × run: f(B). */
  fB: Float64Array[];
  /** Output × input × run: f(A_B⁽ⁱ⁾). */
  fAB: Float64Array[][];
}

/**
 * Options of {@link saltelliSample}.
 *
 * @example
 * const options: SaltelliOptions = { sampler: 'uniform', seed: 3 };
 */
export interface SaltelliOptions {
  /** Default `sobol`. */
  sampler?: Sampler;
  /** Seed of the `uniform` sampler. Default 1. */
  seed?: number;
  /** Called after each block of k + 2 runs with the runs done and due. Default none. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Evaluates `model` on the Saltelli (2010) design of k inputs and N base
 * runs: N points of a 2k-dimensional sample give the matrices A (first k
 * coordinates) and B (last k); the model runs on each row of A, of B and of
 * every A_B⁽ⁱ⁾ (A with column i from B): N(k + 2) runs in all. `model` maps
 * a point u ∈ [0, 1)^k to its outputs (the same number every time); a
 * point's array is reused, so copy it to keep it.
 *
 * @example
 * const { fA, fB, fAB } = saltelliSample(1, 4, (u) => [u[0]!]);
 * [...fA[0]!]; // [0, 0.5, 0.75, 0.25]
 */
export function saltelliSample(k: number, n: number, model: (u: Float64Array) => readonly number[], options: SaltelliOptions = {}): SaltelliOutputs {
  const { sampler = 'sobol', seed = 1, onProgress } = options;
  const source = sampler === 'sobol' ? new SobolSequence(2 * k) : null;
  const random = sampler === 'uniform' ? new Random(seed) : null;
  const point = new Float64Array(2 * k);
  const u = new Float64Array(k);
  let fA: Float64Array[] = [];
  let fB: Float64Array[] = [];
  let fAB: Float64Array[][] = [];
  const store = (outputs: readonly number[], into: (o: number) => Float64Array, j: number): void => {
    outputs.forEach((value, o) => {
      into(o)[j] = value;
    });
  };
  for (let j = 0; j < n; j++) {
    if (source !== null) source.nextInto(point);
    else for (let d = 0; d < 2 * k; d++) point[d] = random!.next();
    for (let d = 0; d < k; d++) u[d] = point[d]!;
    const a = model(u);
    if (j === 0) {
      fA = a.map(() => new Float64Array(n));
      fB = a.map(() => new Float64Array(n));
      fAB = a.map(() => Array.from({ length: k }, () => new Float64Array(n)));
    }
    store(a, (o) => fA[o]!, j);
    for (let d = 0; d < k; d++) u[d] = point[k + d]!;
    store(model(u), (o) => fB[o]!, j);
    for (let i = 0; i < k; i++) {
      for (let d = 0; d < k; d++) u[d] = d === i ? point[k + d]! : point[d]!;
      store(model(u), (o) => fAB[o]![i]!, j);
    }
    onProgress?.((j + 1) * (k + 2), n * (k + 2));
  }
  return { fA, fB, fAB };
}
