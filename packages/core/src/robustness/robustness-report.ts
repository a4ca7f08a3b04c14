import type { LocalizedText } from '../messages/localized-text.ts';
import type { Imputation, OutlierTreatment, Scheme, UncertainInput } from '../scoring/scheme.ts';
import type { SchemeStamp } from '../scoring/unit-score.ts';
import type { RankDistribution } from './rank-distribution.ts';
import { robustnessMessages } from './robustness-messages.ts';
import type { RobustnessModel } from './robustness-model.ts';
import type { SchemeSensitivity } from './scheme-sensitivity.ts';
import { statisticalCoherence, type StatisticalCoherence } from './statistical-coherence.ts';
import type { TreatmentChange, TreatmentNote } from '../scoring/treatment/treat-rows.ts';

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
 * What `robustnessAnalysis` found: the public contract of
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
 * What a snapshot of an analysis under way is made of: the Monte Carlo so
 * far (its runs, seed, rank distributions and shifts) and the Sobol analysis
 * once done. `coherence` may be passed to save computing it again.
 *
 * @example
 * const parts: RobustnessReportParts = { runs: 500, seed: 2019, summary: mc.summary(), shifts: mc.shifts, sensitivity: null };
 */
export interface RobustnessReportParts {
  /** Monte Carlo runs so far (0 before the first). */
  runs: number;
  /** The seed. */
  seed: number;
  /** The rank distributions so far, in the model's unit order; null before the first run. */
  summary: RankDistribution[] | null;
  /** Per run, the mean absolute rank shift. */
  shifts: readonly number[];
  /** The Sobol analysis, once done; null before (and when not asked for). */
  sensitivity: SchemeSensitivity | null;
  /** The coherence of the treated nominal scores; default: computed here. */
  coherence?: StatisticalCoherence;
}

/**
 * The robustness report of a model as it stands — units by nominal rank,
 * unranked last; a unit's driver the input with the largest total Sobol
 * index on its rank above 0.05; its sentence — the one assembly that
 * `robustnessAnalysis` ends with and that the dashboard's worker calls for
 * each snapshot, so that its last snapshot equals the analysis for the same
 * runs and seed, and earlier ones are the same report over fewer runs,
 * without Sobol indices (no driver in the sentence yet). Without inputs,
 * every unit keeps its nominal rank.
 *
 * @example
 * const report = robustnessReport(model, scheme, stamp, 2019, { runs: mc.runs, seed: 2019, summary: mc.summary(), shifts: mc.shifts, sensitivity: null });
 * report.units[0]?.sentence.en; // 'rank 1; between ranks 1 and 6 in 90% of the runs; …'
 */
export function robustnessReport(model: RobustnessModel, scheme: Scheme, stamp: SchemeStamp, year: number, parts: RobustnessReportParts): RobustnessReport {
  const { runs, seed, summary, shifts, sensitivity } = parts;
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
    rank?.forEach((s, i) => {
      if (s.total > 0.05 && (driver === null || s.total > rank[driver]!.total)) driver = i;
    });
    const name = driver === null ? null : model.inputs[driver]!.name;
    const sentence = robustnessMessages.rankSentence(nominal, distribution.low, distribution.high, name, nominal === null ? 0 : distribution.unranked);
    return { unit, ...distribution, nominalTotal: Number.isNaN(total) ? null : total, driver, sentence };
  });
  const order = (u: UnitRobustness): number => u.nominalRank ?? Number.MAX_SAFE_INTEGER;
  const sorted = units.map((u, j) => ({ u, j })).sort((a, b) => order(a.u) - order(b.u) || a.j - b.j);
  return {
    scheme: stamp,
    year,
    treatment: {
      imputation: scheme.treatment?.imputation ?? 'none', outliers: scheme.treatment?.outliers ?? null,
      changes: model.treatment.changes, notes: model.treatment.notes,
    },
    coherence: parts.coherence ?? statisticalCoherence(model.scores, scheme),
    inputs: model.inputs.map((i) => ({ type: i.input.type, name: i.name, nominal: i.nominal })),
    uncertainty: summary === null ? null : { runs, seed, meanAbsoluteShift: shifts.reduce((s, x) => s + x, 0) / Math.max(1, shifts.length) },
    sensitivity: sensitivity === null ? null : { ...sensitivity, units: sorted.map(({ j }) => sensitivity.units[j]!) },
    units: sorted.map(({ u }) => u),
  };
}
