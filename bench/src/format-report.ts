import type { EngineRun } from './engine-run.ts';
import type { RowComparison } from './compare-indicator-rows.ts';

/**
 * Everything measured for one size.
 *
 * @example
 * const report: SizeReport = { size: 10_000, repeat: 1, runs: [], comparisons: [], speedupVsNaive: null, roundSpeedupsVsNaive: [], ratioToDuckdb: null, cpuSpeedupVsNaive: null, cpuRatioToDuckdb: null };
 */
export interface SizeReport {
  /** Records per dataset asked of the generator. */
  size: number;
  /** Runs per engine; `runs` holds each engine's median run (by wall time) and the ratios are of medians. */
  repeat: number;
  runs: { label: string; set: string; run: EngineRun; check: string }[];
  comparisons: { label: string; comparison: RowComparison }[];
  /** fazhi time ÷ naive time on all datasets, inverted: how many times faster fazhi is. */
  speedupVsNaive: number | null;
  /** The same, round by round (naive's run ÷ fazhi's run of the same round). */
  roundSpeedupsVsNaive: number[];
  /** fazhi time ÷ DuckDB time on documents + litigation (> 1: DuckDB is faster). */
  ratioToDuckdb: number | null;
  /** Like speedupVsNaive, on CPU time (steadier than wall time on a shared machine). */
  cpuSpeedupVsNaive: number | null;
  /** Like ratioToDuckdb, on CPU time (DuckDB's worker threads included). */
  cpuRatioToDuckdb: number | null;
}

const MB = 1e6;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pad = (s: string, n: number, right = false) => (right ? s.padEnd(n) : s.padStart(n));

/**
 * The human-readable table of one size: per engine run the file set, rows,
 * MB, time, MB/s, records/s, peak RSS and heap, then the cross-checks and
 * the two headline ratios.
 *
 * @example
 * console.log(formatReport(report));
 */
export function formatReport(report: SizeReport): string {
  const lines: string[] = [];
  lines.push(`\n== ${fmt(report.size)} records per dataset${report.repeat > 1 ? `, each engine's median of ${report.repeat} runs` : ''} ==`);
  const header = [
    pad('engine', 28, true), pad('files', 10, true), pad('records', 11), pad('MB', 8), pad('ms', 9), pad('cpu ms', 9), pad('MB/s', 7),
    pad('records/s', 11), pad('peak RSS MB', 12), pad('peak heap MB', 13), '  check',
  ].join(' ');
  lines.push(header, '-'.repeat(header.length + 10));
  for (const { label, set, run, check } of report.runs) {
    if (run.error !== undefined) {
      lines.push(`${pad(label, 28, true)} ${pad(set, 10, true)} failed: ${run.error}`);
      continue;
    }
    const seconds = run.ms / 1000;
    lines.push([
      pad(label, 28, true), pad(set, 10, true), pad(fmt(run.records), 11), pad(fmt(run.bytes / MB, 1), 8), pad(fmt(run.ms), 9),
      pad(fmt(run.cpuMs), 9), pad(fmt(run.bytes / MB / seconds, 1), 7), pad(fmt(run.records / seconds), 11), pad(fmt(run.peakRss / MB), 12),
      pad(fmt(run.peakHeap / MB), 13), `  ${check}`,
    ].join(' '));
  }
  for (const { label, set, run } of report.runs) {
    if (run.phases === undefined) continue;
    lines.push(`${label} (${set}) phases: ${Object.entries(run.phases).map(([phase, ms]) => `${phase} ${fmt(ms)} ms`).join(', ')}`);
  }
  for (const { label, comparison } of report.comparisons) {
    lines.push(`cross-check ${label}: ${fmt(comparison.compared)} rows compared, ${comparison.mismatches} mismatches (${comparison.jurisdictionMismatches} of them in jurisdiction \`*\` rows)`);
    for (const example of comparison.examples) lines.push(`    ${example}`);
  }
  const times = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)}×`);
  const rounds = report.roundSpeedupsVsNaive.length > 1 ? ` (round by round: ${report.roundSpeedupsVsNaive.map((x) => times(x)).join(', ')} wall)` : '';
  lines.push(`speed-up fazhi vs naive (papaparse header:true + arquero), all datasets: ${times(report.speedupVsNaive)} wall, ${times(report.cpuSpeedupVsNaive)} CPU${rounds}`);
  const ratio = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)} (${x > 1 ? 'DuckDB faster' : 'fazhi faster'})`);
  lines.push(`time ratio fazhi / DuckDB, documents + litigation: ${ratio(report.ratioToDuckdb)} wall, ${ratio(report.cpuRatioToDuckdb)} CPU`);
  return lines.join('\n');
}
