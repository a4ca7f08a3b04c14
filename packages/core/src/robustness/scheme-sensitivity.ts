import { meanAbsoluteShift } from './monte-carlo.ts';
import type { RobustnessModel } from './robustness-model.ts';
import { saltelliSample, type Sampler } from './saltelli-sample.ts';
import { sobolIndices, type SobolIndex } from './sobol-indices.ts';

/**
 * Options of {@link schemeSensitivity}.
 *
 * @example
 * const options: SchemeSensitivityOptions = { n: 1024, bootstrap: 100 };
 */
export interface SchemeSensitivityOptions {
  /** Base runs N (a power of 2 keeps the Sobol points balanced); N(k + 2) runs in all. Default 1024. */
  n?: number;
  /** Default `sobol` (quasi-random); `uniform` as COINr. */
  sampler?: Sampler;
  /** Bootstrap resamples of the intervals. Default 100. */
  bootstrap?: number;
  /** Seed of the `uniform` sampler and of the bootstrap. Default 1. */
  seed?: number;
  /** Called with the runs done and due. Default none. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The Sobol indices of a scheme's uncertain inputs.
 *
 * @example
 * const s: SchemeSensitivity = schemeSensitivity(model, { n: 256 });
 */
export interface SchemeSensitivity {
  /** N. */
  n: number;
  /** How the points were drawn. */
  sampler: Sampler;
  /** Runs made: N(k + 2). */
  runs: number;
  /** Per input (the model's order): its indices on the mean absolute rank shift; null when the shift never varies. */
  meanAbsoluteShift: SobolIndex[] | null;
  /** Per unit (the model's order): per input, its indices on the unit's rank and on its total; null when they do not vary. */
  units: {
    /** Indices on the unit's rank. */
    rank: SobolIndex[] | null;
    /** Indices on the unit's total. */
    total: SobolIndex[] | null;
  }[];
}

/**
 * Variance-based sensitivity analysis of a scheme (Saisana, Saltelli &
 * Tarantola 2005): the model runs on a Saltelli design of its k uncertain
 * inputs (`saltelliSample`) and the first-order (Saltelli 2010) and total
 * (Jansen) indices are estimated with bootstrap intervals (`sobolIndices`)
 * for three kinds of output: the mean absolute rank shift, each unit's rank
 * and each unit's total. In a run where a unit is not ranked its rank counts
 * as one past the last unit, and a total that is not computable as 0.
 *
 * @example
 * const s = schemeSensitivity(model, { n: 64, bootstrap: 0 });
 * s.runs; // 64 × (model.inputs.length + 2)
 */
export function schemeSensitivity(model: RobustnessModel, options: SchemeSensitivityOptions = {}): SchemeSensitivity {
  const { n = 1024, sampler = 'sobol', bootstrap = 100, seed = 1, onProgress } = options;
  const k = model.inputs.length;
  const units = model.units.length;
  if (k === 0) return { n, sampler, runs: 0, meanAbsoluteShift: null, units: model.units.map(() => ({ rank: null, total: null })) };
  const outputs = new Array<number>(1 + 2 * units);
  const { fA, fB, fAB } = saltelliSample(k, n, (u) => {
    const run = model.run(u);
    outputs[0] = meanAbsoluteShift(run, model.nominal);
    for (let j = 0; j < units; j++) {
      outputs[1 + j] = run.ranks[j]! > 0 ? run.ranks[j]! : units + 1;
      outputs[1 + units + j] = Number.isNaN(run.totals[j]!) ? 0 : run.totals[j]!;
    }
    return outputs;
  }, { sampler, seed, ...(onProgress !== undefined && { onProgress }) });
  const indices = (o: number): SobolIndex[] | null => sobolIndices(fA[o]!, fB[o]!, fAB[o]!, { bootstrap, seed });
  return {
    n, sampler, runs: n * (k + 2),
    meanAbsoluteShift: indices(0),
    units: model.units.map((_, j) => ({ rank: indices(1 + j), total: indices(1 + units + j) })),
  };
}
