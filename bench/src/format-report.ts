import type { EngineRun } from './engine-run.ts';
import type { RowComparison } from './compare-indicator-rows.ts';

/**
 * Everything measured for one size.
 *
 * @example
 * const report: SizeReport = { size: 10_000, repeat: 1, runs: [], comparisons: [], duckdbToFazhi: null, roundDuckdbToFazhi: [], cpuDuckdbToFazhi: null };
 */
export interface SizeReport {
  /** Records per dataset asked of the generator. */
  size: number;
  /** Runs per engine; `runs` holds each engine's median run (by wall time) and the ratios are of medians. */
  repeat: number;
  runs: { label: string; set: string; run: EngineRun; check: string }[];
  comparisons: { label: string; comparison: RowComparison }[];
  /** DuckDB engine's wall time ÷ fazhi's (JS engine) on every dataset (> 1: the JS engine is faster). */
  duckdbToFazhi: number | null;
  /** The same, round by round (DuckDB's run ÷ fazhi's run of the same round). */
  roundDuckdbToFazhi: number[];
  /** Like duckdbToFazhi, on CPU time (DuckDB's worker threads included). */
  cpuDuckdbToFazhi: number | null;
}

const MB = 1e6;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pad = (s: string, n: number, right = false) => (right ? s.padEnd(n) : s.padStart(n));

/**
 * The human-readable table of one size: per engine run the file set, rows,
 * MB, time, MB/s, records/s, peak RSS and heap, then the phases, the
 * cross-check, the two engines' times side by side and their ratio.
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
  const rounds = report.roundDuckdbToFazhi.length > 1 ? ` (round by round: ${report.roundDuckdbToFazhi.map((x) => times(x)).join(', ')} wall)` : '';
  const fazhi = report.runs.find((r) => r.label === 'fazhi (JS engine)')?.run;
  const duckdb = report.runs.find((r) => r.label === 'DuckDB engine (SQL)')?.run;
  if (fazhi !== undefined && duckdb !== undefined && fazhi.error === undefined && duckdb.error === undefined) {
    const s = (ms: number) => `${fmt(ms / 1000, 2)} s`;
    lines.push(`time: JS engine ${s(fazhi.ms)} (indicators ${s(fazhi.phases?.indicators ?? 0)}) beside DuckDB engine ${s(duckdb.ms)} (ingest ${s(duckdb.phases?.ingest ?? 0)}, SQL ${s(duckdb.phases?.query ?? 0)}), both after the same load`);
  }
  lines.push(`time ratio DuckDB engine / JS engine, all datasets: ${times(report.duckdbToFazhi)} wall, ${times(report.cpuDuckdbToFazhi)} CPU${rounds}`);
  return lines.join('\n');
}
