import type { IndicatorRow, RobustnessReport, Scheme, SchemeStamp, UnitRecord } from '@fazhi/core';

/**
 * What the robustness worker is asked: analyse `year` of these rows under
 * this scheme (core's `robustnessAnalysis`, see robustness-steps.ts), with
 * `runs` Monte Carlo runs, a Sobol analysis at N = `sobol` (false for none)
 * and the seed, handing on a snapshot every `every` runs.
 */
export interface RobustnessRequest {
  type: 'run';
  /** Tells the answers of one request from those of an earlier one. */
  id: number;
  rows: IndicatorRow[];
  scheme: Scheme;
  stamp: SchemeStamp;
  year: number;
  unitRecords: Pick<UnitRecord, 'unit' | 'aliases' | 'kind'>[];
  runs: number;
  seed: number;
  sobol: number | false;
  every: number;
}

/**
 * What the robustness worker answers: progress (runs done of runs due, also
 * during the Sobol analysis), snapshots of the report as the Monte Carlo runs
 * come in, then the final report or the error.
 */
export type RobustnessReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'snapshot'; id: number; done: number; total: number; report: RobustnessReport }
  | { type: 'done'; id: number; report: RobustnessReport }
  | { type: 'error'; id: number; message: string };
