/**
 * `pnpm bench [-- --sizes 10000,100000,1000000] [--seed 2019] [--engines fazhi,naive,duckdb] [--repeat 3] [--out FILE]`
 *
 * Generates seeded synthetic data sets (bench/data/<size>/), then times, each
 * in its own process: fazhi (loadDataSet + computeIndicators) and the naive
 * path (papaparse header:true + arquero verbs) on every dataset, and fazhi
 * and DuckDB on documents + litigation. Each engine runs `--repeat` times
 * (default 3), the engines taking turns round by round so that a slow spell
 * of a shared machine falls on all of them; each engine's median run is
 * shown and the ratios are of medians. Prints a table per size, cross-checks
 * the engines' indicator rows row by row, and writes the figures to
 * bench/results/latest.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareIndicatorRows, type RowComparison } from './src/compare-indicator-rows.ts';
import { ENGINES, PARSERS, type Engine, type EngineJob, type EngineRun, type Parser } from './src/engine-run.ts';
import { formatReport, type SizeReport } from './src/format-report.ts';
import { GENERATED_FILES, generateDataSet } from './src/generate-data-set.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    seed: { type: 'string', default: '2019' },
    engines: { type: 'string', default: ENGINES.join(',') },
    out: { type: 'string', default: join(here, 'results', 'latest.json') },
    data: { type: 'string', default: join(here, 'data') },
    repeat: { type: 'string', default: '3' },
  },
});
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`invalid --repeat: ${values.repeat}`);
const sizes = values.sizes.split(',').map((s) => Number(s.trim().replaceAll('_', '')));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`invalid --sizes: ${values.sizes}`);
const engines = new Set(values.engines.split(',').map((s) => s.trim()));
for (const e of engines) if (!(ENGINES as readonly string[]).includes(e)) throw new Error(`invalid engine: ${e}`);
const seed = Number(values.seed);

function runEngine(engine: Engine, files: string[], parser?: Parser): EngineRun {
  const out = join(values.data, `run-${process.pid}-${engine}.json`);
  const job: EngineJob = parser === undefined ? { engine, files, out } : { engine, parser, files, out };
  try {
    execFileSync(process.execPath, [
      '--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', join(here, 'src', 'engine-process.ts'), JSON.stringify(job),
    ], { stdio: ['ignore', 'inherit', 'inherit'] });
    return JSON.parse(readFileSync(out, 'utf8')) as EngineRun;
  } catch (error) {
    return {
      engine, files, bytes: 0, records: 0, ms: 0, cpuMs: 0, rssBefore: 0, peakRss: 0, peakHeap: 0, heapBefore: 0, rows: [],
      error: error instanceof Error ? error.message.split('\n')[0] ?? 'failed' : String(error),
    };
  } finally {
    rmSync(out, { force: true });
  }
}

/** The middle of the values (the lower middle for an even count); NaN for none. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
}

/** The run of median wall time among an engine's runs (a failed run when every run failed; null when not run). */
function medianRun(runs: (EngineRun | null)[]): EngineRun | null {
  const done = runs.filter((r): r is EngineRun => r !== null);
  const ok = done.filter((r) => r.error === undefined);
  if (ok.length === 0) return done[0] ?? null;
  const ms = median(ok.map((r) => r.ms));
  return ok.find((r) => r.ms === ms) ?? null;
}

const reports: SizeReport[] = [];
console.log(`fazhi benchmark — node ${process.version}, seed ${seed}, sizes ${sizes.join(', ')}, ${repeat} run${repeat === 1 ? '' : 's'} per engine, ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const size of sizes) {
  const dir = resolve(values.data, String(size));
  const started = performance.now();
  const paths = generateDataSet({ dir, records: size, seed });
  console.log(`data ${dir} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const all = GENERATED_FILES.map((f) => paths[f]);
  const documentsAndLitigation = [paths.documents, paths.litigation];

  const report: SizeReport = {
    size, repeat: 1, runs: [], comparisons: [], speedupVsNaive: null, roundSpeedupsVsNaive: [], ratioToDuckdb: null, cpuSpeedupVsNaive: null, cpuRatioToDuckdb: null,
  };
  // Round by round, every engine once; then each engine's median run.
  const rounds: { fazhiAll: EngineRun | null; naiveAll: EngineRun | null; fazhiDl: EngineRun | null; duckdb: EngineRun | null }[] = [];
  for (let round = 0; round < repeat; round++) {
    rounds.push({
      fazhiAll: engines.has('fazhi') ? runEngine('fazhi', all) : null,
      naiveAll: engines.has('naive') ? runEngine('naive', all) : null,
      fazhiDl: engines.has('fazhi') && engines.has('duckdb') ? runEngine('fazhi', documentsAndLitigation) : null,
      duckdb: engines.has('duckdb') ? runEngine('duckdb', documentsAndLitigation) : null,
    });
  }
  const fazhiAll = medianRun(rounds.map((r) => r.fazhiAll));
  const naiveAll = medianRun(rounds.map((r) => r.naiveAll));
  const fazhiDl = medianRun(rounds.map((r) => r.fazhiDl));
  const duckdb = medianRun(rounds.map((r) => r.duckdb));
  report.repeat = repeat;
  report.roundSpeedupsVsNaive = rounds.flatMap(({ fazhiAll: f, naiveAll: n }) => (f && n && f.error === undefined && n.error === undefined ? [n.ms / f.ms] : []));

  const check = (run: EngineRun | null, reference: EngineRun | null, label: string): RowComparison | null => {
    if (run === null || reference === null || run.error !== undefined || reference.error !== undefined) return null;
    const comparison = compareIndicatorRows(run.rows, reference.rows);
    report.comparisons.push({ label, comparison });
    return comparison;
  };
  const vsNaive = check(fazhiAll, naiveAll, 'fazhi vs naive (all datasets, the indicators naive computes)');
  const vsDuck = check(fazhiDl, duckdb, 'fazhi vs DuckDB (documents + litigation)');
  check(naiveAll, duckdb, 'naive vs DuckDB (documents + litigation)');
  const mark = (c: RowComparison | null) => (c === null ? '' : `${c.mismatches} mismatches / ${c.compared}`);
  if (fazhiAll) report.runs.push({ label: 'fazhi', set: 'all', run: fazhiAll, check: mark(vsNaive) });
  if (naiveAll) report.runs.push({ label: 'naive (papaparse+arquero)', set: 'all', run: naiveAll, check: '' });
  if (fazhiDl) report.runs.push({ label: 'fazhi', set: 'docs+lit', run: fazhiDl, check: mark(vsDuck) });
  if (duckdb) report.runs.push({ label: 'DuckDB (SQL)', set: 'docs+lit', run: duckdb, check: '' });
  if (engines.has('parse')) {
    for (const parser of PARSERS) report.runs.push({ label: `parse only: ${parser}`, set: 'all', run: runEngine('parse', all, parser), check: '' });
  }
  const ok = (r: EngineRun | null): r is EngineRun => r !== null && r.error === undefined;
  const cpu = (pick: (r: (typeof rounds)[number]) => EngineRun | null) => median(rounds.flatMap((r) => { const run = pick(r); return run && run.error === undefined ? [run.cpuMs] : []; }));
  if (ok(fazhiAll) && ok(naiveAll)) {
    report.speedupVsNaive = naiveAll.ms / fazhiAll.ms;
    report.cpuSpeedupVsNaive = cpu((r) => r.naiveAll) / cpu((r) => r.fazhiAll);
  }
  if (ok(fazhiDl) && ok(duckdb)) {
    report.ratioToDuckdb = fazhiDl.ms / duckdb.ms;
    report.cpuRatioToDuckdb = cpu((r) => r.fazhiDl) / cpu((r) => r.duckdb);
  }
  reports.push(report);
  console.log(formatReport(report));
}

mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify({
  date: new Date().toISOString(),
  cpus: availableParallelism(),
  loadAverageAtEnd: loadavg(),
  node: process.version,
  seed,
  repeat,
  sizes: reports.map((r) => ({
    size: r.size,
    speedupVsNaive: r.speedupVsNaive,
    roundSpeedupsVsNaive: r.roundSpeedupsVsNaive,
    ratioToDuckdb: r.ratioToDuckdb,
    cpuSpeedupVsNaive: r.cpuSpeedupVsNaive,
    cpuRatioToDuckdb: r.cpuRatioToDuckdb,
    runs: r.runs.map(({ label, set, run }) => ({
      engine: label, files: set, records: run.records, bytes: run.bytes, ms: Math.round(run.ms), cpuMs: Math.round(run.cpuMs),
      mbPerSecond: run.ms > 0 ? run.bytes / 1e6 / (run.ms / 1000) : null,
      recordsPerSecond: run.ms > 0 ? run.records / (run.ms / 1000) : null,
      peakRss: run.peakRss, peakHeap: run.peakHeap, rssBefore: run.rssBefore, heapBefore: run.heapBefore,
      phases: run.phases ?? null, indicatorRows: run.rows.length, error: run.error ?? null,
    })),
    crossChecks: r.comparisons.map(({ label, comparison }) => ({ label, ...comparison })),
  })),
}, null, 2) + '\n');
console.log(`\nfigures written to ${values.out}`);

// The robustness figures (issue 15): Monte Carlo and Sobol runs per second against scoreUnits per run, same process.
await (await import('./src/robustness-bench.ts')).printRobustnessBench();
