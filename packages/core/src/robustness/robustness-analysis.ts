import type { UnitRecord } from '../datasets/records.ts';
import type { IndicatorRow } from '../indicators/indicator-row.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import type { Imputation, OutlierTreatment, Scheme, UncertainInput } from '../scoring/scheme.ts';
import type { SchemeStamp } from '../scoring/unit-score.ts';
import { MonteCarlo } from './monte-carlo.ts';
import type { RankDistribution } from './rank-distribution.ts';
import { RobustnessModel } from './robustness-model.ts';
import { robustnessReport, type RobustnessReport } from './robustness-report.ts';
import { schemeSensitivity, type SchemeSensitivity } from './scheme-sensitivity.ts';
import type { TreatmentChange, TreatmentNote } from '../scoring/treatment/treat-rows.ts';

/**
 * Options of {@link robustnessAnalysis}.
 *
 * @example
 * const options: RobustnessOptions = { year: 2019, unitRecords: data.records.units, runs: 2000, seed: 7 };
 */
export interface RobustnessOptions {
  /** The year analysed. */
  year: number;
  /** units.csv records (aliases for the scheme's unit names, kinds for `kind-mean`). Default none. */
  unitRecords?: readonly Pick<UnitRecord, 'unit' | 'aliases' | 'kind'>[];
  /** Monte Carlo runs. Default: the scheme's `uncertainty.runs`, else 1000. */
  runs?: number;
  /** Seed. Default: the scheme's `uncertainty.seed`, else 1. */
  seed?: number;
  /** The Sobol analysis's base runs N, or false for none. Default 1024. */
  sobol?: number | false;
  /** Bootstrap resamples of the Sobol intervals. Default 100. */
  bootstrap?: number;
  /** Called with the runs done and due (Monte Carlo, then Sobol). Default none. */
  onProgress?: (done: number, total: number) => void;
}


/**
 * How far a ranking can be trusted (OECD/JRC Handbook steps 3, 4 and 8;
 * Saisana, Saltelli & Tarantola 2005), for one year under one scheme:
 * 1. **treatment**: the scheme's `treatment` (imputation, JRC outlier rule)
 *    applied to the item values, every changed value listed (`treatRows`);
 * 2. **coherence**: correlations, Cronbach's α, PCA and flags over the
 *    treated nominal scores (`statisticalCoherence`);
 * 3. **uncertainty**: a seeded Monte Carlo over the scheme's `uncertainty`
 *    inputs (`MonteCarlo` on a `RobustnessModel`): per unit the nominal and
 *    median rank, the 90% interval, the chance of the top and bottom 3, the
 *    mean absolute rank shift;
 * 4. **sensitivity**: first-order and total Sobol indices of each input on
 *    the mean absolute rank shift and on each unit's rank and total
 *    (`schemeSensitivity`, Sobol points, N = 1024 by default);
 * and for each unit a sentence such as "第 3 名；90% 的情形在第 2–5 名之間；
 * 排名主要取決於行政應訴的權重". Units without a rank are reported as not
 * ranked, never with a made-up rank. Deterministic for a seed.
 *
 * @example
 * const check = checkScheme(readFileSync('schemes/sip-robustness-2019.yaml', 'utf8'));
 * const report = robustnessAnalysis(rows, check.scheme, check.stamp, { year: 2019, unitRecords: data.records.units, runs: 1000, sobol: 256 });
 * report.units[0]?.sentence.en;
 */
export function robustnessAnalysis(rows: readonly IndicatorRow[], scheme: Scheme, stamp: SchemeStamp, options: RobustnessOptions): RobustnessReport {
  const { year, unitRecords = [], sobol = 1024, bootstrap = 100, onProgress } = options;
  const runs = options.runs ?? scheme.uncertainty?.runs ?? 1000;
  const seed = options.seed ?? scheme.uncertainty?.seed ?? 1;
  const model = new RobustnessModel(rows, scheme, stamp, { year, unitRecords });
  const k = model.inputs.length;
  const sobolRuns = k === 0 || sobol === false ? 0 : sobol * (k + 2);
  const due = (k === 0 ? 0 : runs) + sobolRuns;

  let summary: RankDistribution[] | null = null;
  let shifts: readonly number[] = [];
  if (k > 0) {
    const mc = new MonteCarlo(model, { seed });
    const chunk = 500;
    while (mc.runs < runs) {
      mc.step(Math.min(chunk, runs - mc.runs));
      onProgress?.(mc.runs, due);
    }
    summary = mc.summary();
    shifts = mc.shifts;
  }
  const sensitivity = sobolRuns === 0 ? null : schemeSensitivity(model, {
    n: sobol as number, bootstrap, seed, ...(onProgress !== undefined && { onProgress: (done: number) => onProgress(runs + done, due) }),
  });

  return robustnessReport(model, scheme, stamp, year, {
    runs, seed, summary, shifts, sensitivity,
  });
}
