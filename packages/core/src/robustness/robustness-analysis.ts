import type { UnitRecord } from '../datasets/records.ts';
import type { IndicatorRow } from '../indicators/indicator-row.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import type { Imputation, OutlierTreatment, Scheme, UncertainInput } from '../scoring/scheme.ts';
import type { SchemeStamp } from '../scoring/unit-score.ts';
import { MonteCarlo } from './monte-carlo.ts';
import type { RankDistribution } from './rank-distribution.ts';
import { robustnessMessages as m } from './robustness-messages.ts';
import { RobustnessModel } from './robustness-model.ts';
import { schemeSensitivity, type SchemeSensitivity } from './scheme-sensitivity.ts';
import { statisticalCoherence, type StatisticalCoherence } from './statistical-coherence.ts';
import type { TreatmentChange, TreatmentNote } from './treat-rows.ts';

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
 * One unit's robustness: its rank distribution, the sentence, and the input
 * its rank depends on most.
 *
 * @example
 * report.units[0]?.sentence['zh-Hant']; // '第 3 名；90% 的情形在第 2–5 名之間；排名主要取決於行政應訴的權重'
 */
export interface UnitRobustness extends RankDistribution {
  /** The unit. */
  unit: string;
  /** The nominal total; null when not computable. */
  nominalTotal: number | null;
  /** Index (in `inputs`) of the input with the largest total Sobol index on the unit's rank; null without one. */
  driver: number | null;
  /** The plain sentence. */
  sentence: LocalizedText;
}

/**
 * What {@link robustnessAnalysis} found: the public contract of
 * `fazhi robustness --format json` (docs/robustness.md).
 *
 * @example
 * const report: RobustnessReport = robustnessAnalysis(rows, scheme, stamp, { year: 2019 });
 */
export interface RobustnessReport {
  /** The scheme analysed. */
  scheme: SchemeStamp;
  /** The year. */
  year: number;
  /** The scheme's data treatment and every value it changed. */
  treatment: {
    /** The scheme's imputation (`none` without one). */
    imputation: Imputation;
    /** The scheme's outlier rule; null without one. */
    outliers: OutlierTreatment | null;
    /** Every value changed. */
    changes: TreatmentChange[];
    /** Items still skewed after treatment. */
    notes: TreatmentNote[];
  };
  /** Statistical coherence of the items (nominal scores, after treatment). */
  coherence: StatisticalCoherence;
  /** The uncertain inputs, in the scheme's order. */
  inputs: {
    /** The input's kind. */
    type: UncertainInput['type'];
    /** Its name. */
    name: LocalizedText;
    /** The scheme's own value of what it varies. */
    nominal: number | string;
  }[];
  /** The Monte Carlo: runs, seed and the mean over the runs of the mean absolute rank shift. null without inputs. */
  uncertainty: {
    /** Runs made. */
    runs: number;
    /** The seed. */
    seed: number;
    /** The mean over the runs of the mean absolute rank shift. */
    meanAbsoluteShift: number;
  } | null;
  /** The Sobol analysis; null without inputs or when not asked for. */
  sensitivity: SchemeSensitivity | null;
  /** Per unit the scheme scores (`*` aside), by nominal rank then name (unranked last). */
  units: UnitRobustness[];
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
  let uncertainty: RobustnessReport['uncertainty'] = null;
  if (k > 0) {
    const mc = new MonteCarlo(model, { seed });
    const chunk = 500;
    while (mc.runs < runs) {
      mc.step(Math.min(chunk, runs - mc.runs));
      onProgress?.(mc.runs, due);
    }
    summary = mc.summary();
    uncertainty = { runs, seed, meanAbsoluteShift: mc.shifts.reduce((s, x) => s + x, 0) / Math.max(1, mc.shifts.length) };
  }
  const sensitivity = sobolRuns === 0 ? null : schemeSensitivity(model, {
    n: sobol as number, bootstrap, seed, ...(onProgress !== undefined && { onProgress: (done: number) => onProgress(runs + done, due) }),
  });

  const units = model.units.map((unit, j): UnitRobustness => {
    const nominal = model.nominal.ranks[j]! > 0 ? model.nominal.ranks[j]! : null;
    const total = model.nominal.totals[j]!;
    const distribution: RankDistribution = summary?.[j] ?? {
      nominalRank: nominal, medianRank: nominal, low: nominal, high: nominal, top3: nominal !== null && nominal <= 3 ? 1 : 0,
      bottom3: nominal !== null && nominal > model.nominal.ranked - 3 ? 1 : 0, meanShift: nominal === null ? null : 0,
      unranked: nominal === null ? 1 : 0, total: Number.isNaN(total) ? null : { median: total, low: total, high: total },
    };
    const rank = sensitivity?.units[j]?.rank ?? null;
    let driver: number | null = null;
    if (rank !== null) {
      rank.forEach((s, i) => {
        if (s.total > 0.05 && (driver === null || s.total > rank[driver]!.total)) driver = i;
      });
    }
    const sentence = m.rankSentence(nominal, distribution.low, distribution.high, driver === null ? null : model.inputs[driver]!.name, nominal === null ? 0 : distribution.unranked);
    return { unit, ...distribution, nominalTotal: Number.isNaN(total) ? null : total, driver, sentence };
  });
  const order = (u: UnitRobustness): number => u.nominalRank ?? Number.MAX_SAFE_INTEGER;
  const sortedUnits = units.map((u, j) => ({ u, j })).sort((a, b) => order(a.u) - order(b.u) || a.j - b.j);

  return {
    scheme: stamp,
    year,
    treatment: {
      imputation: scheme.treatment?.imputation ?? 'none', outliers: scheme.treatment?.outliers ?? null,
      changes: model.treatment.changes, notes: model.treatment.notes,
    },
    coherence: statisticalCoherence(model.scores, scheme),
    inputs: model.inputs.map((i) => ({ type: i.input.type, name: i.name, nominal: i.nominal })),
    uncertainty,
    sensitivity: sensitivity === null ? null : { ...sensitivity, units: sortedUnits.map(({ j }) => sensitivity.units[j]!) },
    units: sortedUnits.map(({ u }) => u),
  };
}
