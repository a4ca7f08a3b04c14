import { MonteCarlo, RobustnessModel, robustnessReport, schemeSensitivity, statisticalCoherence, type IndicatorRow, type RobustnessOptions, type RobustnessReport, type RobustnessReportParts, type Scheme, type SchemeStamp, type UnitRecord } from '@fazhi/core';

/**
 * Options of {@link robustnessSteps}.
 *
 * @example
 * const o: RobustnessStepsOptions = { year: 2019, runs: 2000, seed: 7, sobol: 256, every: 500 };
 */
export interface RobustnessStepsOptions extends RobustnessOptions {
  /**
   * Monte Carlo runs between two progress reports, and the fewest between two snapshots. Default 500. Past
   * 4 × `every` runs a snapshot waits for a quarter more runs: summarising the runs costs as much as running them,
   * so a fixed step would make a long analysis quadratic.
   */
  every?: number;
}

/** One snapshot of the analysis: the runs done and due, and the report as it stands. */
export interface RobustnessStep {
  /** Runs done (Monte Carlo, then Sobol). */
  done: number;
  /** Runs due in all. */
  total: number;
  /** True for the last snapshot, the finished report. */
  final: boolean;
  /** The report so far. */
  report: RobustnessReport;
}

/**
 * The robustness analysis of core's `robustnessAnalysis`, in steps that a
 * worker can hand on as they come: a snapshot every `every` Monte Carlo runs,
 * then every quarter more runs once there are 4 × `every` (10,000 runs at
 * 500: 11 snapshots; the rank intervals sharpening, no Sobol indices yet),
 * and after the last run; then, after the Sobol
 * analysis, the final report — equal to `robustnessAnalysis` for the same
 * options. Stop iterating to stop the analysis.
 *
 * @example
 * for (const step of robustnessSteps(rows, scheme, stamp, { year: 2019, runs: 1000, sobol: 64 })) console.log(step.done, step.total, step.final);
 */
export function* robustnessSteps(rows: readonly IndicatorRow[], scheme: Scheme, stamp: SchemeStamp, options: RobustnessStepsOptions): Generator<RobustnessStep> {
  const { year, unitRecords = [], sobol = 1024, bootstrap = 100, every = 500, onProgress } = options;
  const runs = options.runs ?? scheme.uncertainty?.runs ?? 1000;
  const seed = options.seed ?? scheme.uncertainty?.seed ?? 1;
  const model = new RobustnessModel(rows, scheme, stamp, { year, unitRecords });
  const k = model.inputs.length;
  const sobolRuns = k === 0 || sobol === false ? 0 : sobol * (k + 2);
  const total = (k === 0 ? 0 : runs) + sobolRuns;
  const coherence = statisticalCoherence(model.scores, scheme);
  const mc = new MonteCarlo(model, { seed });
  const snapshot = (sensitivity: RobustnessReportParts['sensitivity']) =>
    robustnessReport(model, scheme, stamp, year, { runs, seed, summary: k === 0 ? null : mc.summary(), shifts: mc.shifts, sensitivity, coherence });
  if (k > 0) {
    let next = every;
    while (mc.runs < runs) {
      mc.step(Math.min(every, runs - mc.runs));
      onProgress?.(mc.runs, total);
      if (mc.runs < Math.min(next, runs)) continue;
      // Without a Sobol analysis the last Monte Carlo snapshot is the final report, below.
      if (mc.runs === runs && sobolRuns === 0) break;
      next = mc.runs + Math.max(every, Math.round(mc.runs / 4));
      const report = snapshot(null);
      // A partial report says how many runs it stands on.
      yield { done: mc.runs, total, final: false, report: { ...report, uncertainty: { ...report.uncertainty!, runs: mc.runs } } };
    }
  }
  const sensitivity = sobolRuns === 0 ? null : schemeSensitivity(model, {
    n: sobol as number, bootstrap, seed, ...(onProgress !== undefined && { onProgress: (done: number) => onProgress(runs + done, total) }),
  });
  yield { done: total, total, final: true, report: snapshot(sensitivity) };
}
