import type { IndicatorRow } from '../../packages/core/src/indicators/indicator-row.ts';

/**
 * The engines the benchmark times: `fazhi` (the loader, then the JS engine
 * `computeIndicators`), `duckdb` (the same loader, then the SQL that
 * `compileSql` writes for the catalogue, run by DuckDB) and `parse` (CSV
 * parsers alone).
 *
 * @example
 * ENGINES.includes('duckdb'); // true
 */
export const ENGINES = ['fazhi', 'duckdb', 'parse'] as const;
/**
 * An engine name.
 *
 * @example
 * const engine: Engine = 'duckdb';
 */
export type Engine = (typeof ENGINES)[number];

/**
 * The CSV parsers timed alone by the `parse` engine (decode + parse of every file, no indicators).
 *
 * @example
 * PARSERS[0]; // 'scanCsv'
 */
export const PARSERS = ['scanCsv', 'papaparse', 'papaparse-header'] as const;
/**
 * A parser name.
 *
 * @example
 * const parser: Parser = 'papaparse-header';
 */
export type Parser = (typeof PARSERS)[number];

/**
 * What the parent asks one child process to do.
 *
 * @example
 * const job: EngineJob = { engine: 'fazhi', files: ['/abs/bench/data/10000/litigation.csv'], out: '/tmp/run.json' };
 */
export interface EngineJob {
  engine: Engine;
  /** The parser, for the `parse` engine. */
  parser?: Parser;
  /** Absolute paths of the CSV files, named by dataset id. */
  files: string[];
  /** Where the child writes its {@link EngineRun} as JSON. */
  out: string;
}

/**
 * One timed run of one engine over one file set, measured in its own process.
 *
 * @example
 * const run = JSON.parse(readFileSync(job.out, 'utf8')) as EngineRun;
 * run.bytes / 1e6 / (run.ms / 1000); // MB/s
 */
export interface EngineRun {
  engine: Engine;
  files: string[];
  /** Bytes of the CSV files. */
  bytes: number;
  /** Data rows in the files (lines of records, header excluded). */
  records: number;
  /** Wall time from bytes in memory to indicator rows, in ms. */
  ms: number;
  /** CPU time (user + system, all threads of the process: GC helpers, DuckDB's workers) over the same span, in ms. */
  cpuMs: number;
  /** RSS before the run, after reading the files and a full GC. */
  rssBefore: number;
  /** Peak RSS of the process (kernel maxrss), bytes. */
  peakRss: number;
  /** Highest heapUsed sampled every 10 ms (samples land only when the event loop turns) and at the end with results alive. */
  peakHeap: number;
  /** heapUsed before the run. */
  heapBefore: number;
  /** Wall time of the engine's phases, in ms (fazhi: load, indicators; duckdb: load, ingest, query). */
  phases?: Record<string, number>;
  /** The indicator rows in the engine's order, for the row-by-row cross-check. */
  rows: IndicatorRow[];
  /** Set when the engine could not run (e.g. the loader is not in the tree yet). */
  error?: string;
}
