import {
  robustnessMessages, statisticalCoherence, type RankDistribution, type RobustnessModel, type RobustnessReport, type Scheme, type SchemeSensitivity,
  type SchemeStamp, type StatisticalCoherence, type UnitRobustness,
} from '@fazhi/core';

/**
 * What a snapshot of an analysis under way is made of: the Monte Carlo so
 * far (its runs, seed, rank distributions and shifts) and the Sobol analysis
 * once done. `coherence` may be passed to save computing it again.
 *
 * @example
 * const parts: SnapshotParts = { runs: 500, seed: 2019, summary: mc.summary(), shifts: mc.shifts, sensitivity: null };
 */
export interface SnapshotParts {
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
 * The robustness report of a model as it stands: the same assembly as core's
 * `robustnessAnalysis` (units by nominal rank, unranked last; a unit's driver
 * the input with the largest total Sobol index on its rank above 0.05; the
 * sentence), so that the final snapshot of the dashboard's analysis equals
 * core's report for the same runs and seed — and earlier snapshots are the
 * same report over fewer runs, without Sobol indices (no driver in the
 * sentence yet). Without inputs, every unit keeps its nominal rank.
 *
 * @example
 * const report = robustnessSnapshot(model, scheme, stamp, 2019, { runs: mc.runs, seed: 2019, summary: mc.summary(), shifts: mc.shifts, sensitivity: null });
 * report.units[0]?.sentence.en; // 'rank 1; between ranks 1 and 6 in 90% of the runs; …'
 */
export function robustnessSnapshot(model: RobustnessModel, scheme: Scheme, stamp: SchemeStamp, year: number, parts: SnapshotParts): RobustnessReport {
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
