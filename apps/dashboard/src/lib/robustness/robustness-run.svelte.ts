import type { IndicatorRow, RobustnessReport, Scheme, SchemeStamp, UnitRecord } from '@fazhi/core';
import { RobustnessCancelled, RobustnessClient } from './robustness-client.ts';

/** Where an analysis stands. */
export type RobustnessStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/**
 * What an analysis is of: the rows (the data loaded, by identity), the
 * scheme (by content hash), the year, and its runs, Sobol N and seed.
 */
export interface RobustnessSubject {
  rows: readonly IndicatorRow[];
  scheme: Scheme;
  stamp: SchemeStamp;
  year: number;
  unitRecords: readonly Pick<UnitRecord, 'unit' | 'aliases' | 'kind'>[];
  runs: number;
  sobol: number | false;
  seed: number;
}

/** Monte Carlo runs between two snapshots the view draws. */
export const SNAPSHOT_EVERY = 500;

/**
 * The dashboard's robustness analysis, one for the page (`robustnessRun`):
 * the Robustness view starts and cancels it, and the department page reads
 * its sentence for the unit — both while it runs (the report sharpens with
 * every snapshot) and after. `matches` tells whether the report is of the
 * data, scheme and year shown.
 */
export class RobustnessRun {
  status = $state<RobustnessStatus>('idle');
  /** Runs done and due. */
  done = $state(0);
  total = $state(0);
  /** The report so far (a snapshot while running); null before the first. */
  report = $state.raw<RobustnessReport | null>(null);
  /** The error of a failed analysis. */
  error = $state<string | null>(null);
  /** What the report is of. */
  subject = $state.raw<RobustnessSubject | null>(null);

  #client: RobustnessClient | null = null;

  /** True when the report is of these rows, this scheme (content hash) and year. */
  matches(rows: readonly IndicatorRow[] | undefined, hash: string | undefined, year: number | null): boolean {
    const s = this.subject;
    return s !== null && this.report !== null && s.rows === rows && s.stamp.hash === hash && s.year === year;
  }

  /** Starts an analysis (stopping one under way). */
  async start(subject: RobustnessSubject): Promise<void> {
    this.#client ??= new RobustnessClient();
    this.subject = subject;
    this.report = null;
    this.error = null;
    this.done = 0;
    this.total = 0;
    this.status = 'running';
    const { rows, scheme, stamp, year, unitRecords, runs, sobol, seed } = subject;
    try {
      const report = await this.#client.run(
        { rows: [...rows], scheme, stamp, year, unitRecords: unitRecords.map((u) => ({ unit: u.unit, aliases: u.aliases, kind: u.kind })), runs, sobol, seed, every: SNAPSHOT_EVERY },
        {
          onProgress: (done, total) => { this.done = done; this.total = total; },
          onSnapshot: (r) => { this.report = r; },
        },
      );
      if (this.subject !== subject) return;
      this.report = report;
      this.done = this.total;
      this.status = 'done';
    } catch (error) {
      if (this.subject !== subject) return;
      if (error instanceof RobustnessCancelled) this.status = 'cancelled';
      else {
        this.status = 'error';
        this.error = error instanceof Error ? error.message : String(error);
      }
    }
  }

  /** Stops the analysis under way; the last snapshot stays shown. */
  cancel(): void {
    this.#client?.cancel();
  }
}

/** The page's robustness analysis. */
export const robustnessRun = new RobustnessRun();
