/**
 * `pnpm bench [-- --sizes 10000,100000,1000000] [--seed 2019] [--engines fazhi,duckdb,parse] [--repeat 3] [--out FILE]`
 *
 * Generates seeded synthetic data sets (bench/data/<size>/), then times, each
 * in its own process and on every dataset: fazhi (loadDataSet +
 * computeIndicators, the JS engine) and the DuckDB engine (the same
 * loadDataSet, then the catalogue compiled to SQL by compileSql and run by
 * DuckDB). Each engine runs `--repeat` times (default 3), the engines taking
 * turns round by round so that a slow spell of a shared machine falls on
 * both; each engine's median run is shown and the ratios are of medians.
 * Prints a table per size, cross-checks the two engines' indicator rows row
 * by row (exactly), and writes the figures to bench/results/latest.json.
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

  const report: SizeReport = { size, repeat: 1, runs: [], comparisons: [], duckdbToFazhi: null, roundDuckdbToFazhi: [], cpuDuckdbToFazhi: null };
  // Round by round, every engine once; then each engine's median run.
  const rounds: { fazhi: EngineRun | null; duckdb: EngineRun | null }[] = [];
  for (let round = 0; round < repeat; round++) {
    rounds.push({
      fazhi: engines.has('fazhi') ? runEngine('fazhi', all) : null,
      duckdb: engines.has('duckdb') ? runEngine('duckdb', all) : null,
    });
  }
  const fazhi = medianRun(rounds.map((r) => r.fazhi));
  const duckdb = medianRun(rounds.map((r) => r.duckdb));
  report.repeat = repeat;
  const ok = (r: EngineRun | null): r is EngineRun => r !== null && r.error === undefined;
  report.roundDuckdbToFazhi = rounds.flatMap(({ fazhi: f, duckdb: d }) => (ok(f) && ok(d) ? [d.ms / f.ms] : []));

  let check = '';
  if (ok(fazhi) && ok(duckdb)) {
    const comparison = compareIndicatorRows(duckdb.rows, fazhi.rows);
    report.comparisons.push({ label: 'DuckDB engine vs JS engine (every row, every field, in order)', comparison });
    check = `${comparison.mismatches} mismatches / ${comparison.compared}`;
  }
  if (fazhi) report.runs.push({ label: 'fazhi (JS engine)', set: 'all', run: fazhi, check: '' });
  if (duckdb) report.runs.push({ label: 'DuckDB engine (SQL)', set: 'all', run: duckdb, check });
  if (engines.has('parse')) {
    for (const parser of PARSERS) report.runs.push({ label: `parse only: ${parser}`, set: 'all', run: runEngine('parse', all, parser), check: '' });
  }
  const cpu = (pick: (r: (typeof rounds)[number]) => EngineRun | null) => median(rounds.flatMap((r) => { const run = pick(r); return ok(run) ? [run.cpuMs] : []; }));
  if (ok(fazhi) && ok(duckdb)) {
    report.duckdbToFazhi = duckdb.ms / fazhi.ms;
    report.cpuDuckdbToFazhi = cpu((r) => r.duckdb) / cpu((r) => r.fazhi);
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
    duckdbToFazhi: r.duckdbToFazhi,
    roundDuckdbToFazhi: r.roundDuckdbToFazhi,
    cpuDuckdbToFazhi: r.cpuDuckdbToFazhi,
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
