// The dashboard's browser benchmark (`pnpm bench:dashboard`): builds the production bundle, serves it with
// `vite preview`, drives Debian's Chromium with Playwright and prints, then writes to bench/results/latest.txt:
//   1. the first screen's script (the entry and its static imports, from the build manifest) against the same plus
//      the chunks it now loads on demand (opencc-js, yaml, write-excel-file…), and the lazy chart library;
//   2. first paint and first KPI tile on the sample (5 cold loads, median; the paint is the tile's baseline);
//      the time until the first chart is drawn on an area view;
//   3. a generated 200k-row litigation CSV (bench/src/generate-data-set.ts) loaded through the file input: load time,
//      progress updates seen, longest long task and longest gap between animation frames while it loads; then the
//      same rows with one warning each (200,000 value.control warnings), against the clean file as baseline;
//   4. a scheme points change on the park's data → re-scored and redrawn: median of 24 changes, beside baselines (the
//      same scoring in Node with @fazhi/core, and the same edit procedure changing nothing);
//   5. the Robustness view on the park sample (robustness-view.ts): 10,000 Monte Carlo runs and a Sobol analysis at
//      N = 1,024 in its worker, time to the first results, to the last Monte Carlo snapshot and to the final report.
// Options: --quick (fewer repetitions, 50k rows), --rows N, --port N (default 4185), --no-build (use dist/ as it is).
import { chromium, type Browser, type Page } from '@playwright/test';
import { scoreUnits, type Scheme } from '@fazhi/core';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateDataSet } from '../../../bench/src/generate-data-set.ts';
import { exampleScheme, expectedFor, findReorderingMove, fixtureFiles, REPO_ROOT } from '../e2e/expected.ts';
import { e2eFontConfig } from '../e2e/font-config.ts';
import { firstLoadChunks, type ManifestChunk } from '../build/first-load.ts';
import { firstContentfulPaint, installProbes, median, readProbes } from './bench-page.ts';
import { robustnessViewMedians } from './robustness-view.ts';
import { withWarnings } from './with-warnings.ts';

const { values: options } = parseArgs({
  // pnpm passes the `--` of `pnpm bench:dashboard -- --quick` through.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    quick: { type: 'boolean', default: false },
    rows: { type: 'string' },
    port: { type: 'string', default: '4185' },
    'no-build': { type: 'boolean', default: false },
  },
});
const quick = options.quick === true;
const rows = Number(options.rows ?? (quick ? 50_000 : 200_000));
const port = Number(options.port);
const dashboard = join(REPO_ROOT, 'apps/dashboard');
const dist = join(dashboard, 'dist');
const base = `http://localhost:${port}/`;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A string only vega-embed's code holds (its action menu's class), to tell which chunk carries the chart runtime. */
const VEGA_RUNTIME = /vega-actions/;
const lines: string[] = [];
function print(line = ''): void {
  console.log(line);
  lines.push(line);
}
const ms = (value: number | null): string => (value === null || Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

// --- build and serve --------------------------------------------------------------------------------------------
if (options['no-build'] !== true) {
  const build = spawnSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: dashboard, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
}
const server: ChildProcess = spawn('pnpm', ['exec', 'vite', 'preview', '--port', String(port), '--strictPort'], { cwd: dashboard, stdio: 'ignore', detached: true });
process.on('exit', () => {
  if (server.pid !== undefined) {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  }
});
await waitForServer(base);

// Chinese drawn with real glyphs, as on an analyst's machine, not as the empty boxes of a machine without a CJK font.
const browser: Browser = await chromium.launch({
  executablePath: process.env.FAZHI_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, env: { ...process.env, FONTCONFIG_FILE: e2eFontConfig() },
});
try {
  print(`fazhi dashboard browser benchmark — ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, Chromium ${browser.version()}${quick ? ' (quick)' : ''}`);
  print();
  await bundleSizes();
  await firstScreen(quick ? 3 : 5);
  await firstChart(quick ? 3 : 5);
  await largeLoads();
  await schemeEdits(quick ? 10 : 24);
  await robustnessView(quick ? 1 : 3);
} finally {
  await browser.close();
}
const results = join(dashboard, 'bench/results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'latest.txt'), `${lines.join('\n')}\n`);
console.log(`\nwritten to ${join(results, 'latest.txt')}`);
process.exit(0);

// --- the measurements -------------------------------------------------------------------------------------------

/** The first screen's script (entry and static imports, by the manifest) against the lazily loaded chunks, from dist/. */
async function bundleSizes(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const initial = new Set(firstLoadChunks(manifest).map((key) => manifest[key]?.file ?? ''));
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const size = (file: string): { raw: number; gzip: number } => {
    const bytes = readFileSync(join(dist, 'assets', file));
    return { raw: statSync(join(dist, 'assets', file)).size, gzip: gzipSync(bytes).length };
  };
  const sum = (files: string[]): { raw: number; gzip: number } => files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const initialFiles = assets.filter((f) => initial.has(`assets/${f}`));
  const workerFiles = assets.filter((f) => f.includes('worker'));
  const lazyFiles = assets.filter((f) => !initial.has(`assets/${f}`) && !workerFiles.includes(f));
  const vegaFiles = lazyFiles.filter((f) => {
    const text = readFileSync(join(dist, 'assets', f), 'utf8');
    return VEGA_RUNTIME.test(text) || /^(embed|vega)/.test(f);
  });
  // The specs' $schema URL names vega-lite too; the runtime is told by vega-embed's action menu class.
  const initialHasVega = initialFiles.some((f) => VEGA_RUNTIME.test(readFileSync(join(dist, 'assets', f), 'utf8')));
  const i = sum(initialFiles);
  const v = sum(vegaFiles);
  const w = sum(workerFiles);
  // Baseline: what the first screen would load if the converters, the YAML parser and the XLSX writer were still
  // bundled into it (the chunks it now imports on demand, vega and the views aside).
  // The page's own chunks come from the manifest (the load worker's copies of the dictionaries are not in it).
  const pageChunks = new Set(Object.values(manifest).map((c) => c.file.replace(/^assets\//, '')));
  const onDemand = lazyFiles.filter((f) => pageChunks.has(f) && !vegaFiles.includes(f) && !/^(Quality|Scheme)-/.test(f));
  const eager = sum([...initialFiles, ...onDemand]);
  print('## Bundle (dist/assets)');
  print(`entry (first-screen script: index.html's entry and its static imports): ${initialFiles.join(', ')} — ${kb(i.raw)} (${kb(i.gzip)} gzip), budget 400 KB; contains vega: ${initialHasVega ? 'YES' : 'no'}`);
  print(`baseline, the same with the chunks now loaded on demand (opencc-js dictionaries, yaml, write-excel-file): ${kb(eager.raw)} (${kb(eager.gzip)} gzip)`);
  print(`chart library, loaded on first chart: ${vegaFiles.join(', ') || '(none found)'} — ${kb(v.raw)} (${kb(v.gzip)} gzip)`);
  print(`load worker: ${workerFiles.join(', ')} — ${kb(w.raw)} (${kb(w.gzip)} gzip)`);
  print();
}

async function freshPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named functions in __name(…); functions sent to the page need it defined there.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  await installProbes(page);
  return { page, close: () => context.close() };
}

/** Cold loads of the overview on the sample: first contentful paint and first KPI tile. */
async function firstScreen(runs: number): Promise<void> {
  const paints: number[] = [];
  const tiles: number[] = [];
  const chunks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, close } = await freshPage();
    await page.goto(base);
    await page.locator('[data-testid="kpi-tiles"] [data-indicator]').first().waitFor({ timeout: 60_000 });
    const probes = await readProbes(page);
    paints.push((await firstContentfulPaint(page)) ?? Number.NaN);
    tiles.push(probes.firstTile ?? Number.NaN);
    chunks.push(await page.evaluate(() => performance.getEntriesByType('resource').find((r) => /assets\/(embed|vega)[^/]*\.js/.test(r.name))?.startTime ?? Number.NaN));
    await close();
  }
  print(`## First screen (overview on the sample, ${runs} cold loads, median)`);
  print(`first KPI tile: ${ms(median(tiles))}   (min–max ${ms(Math.min(...tiles))}–${ms(Math.max(...tiles))}; goal < 800 ms)   baseline, first contentful paint of the same loads: ${ms(median(paints))}`);
  print(`chart chunk requested at: ${ms(median(chunks))} (the overview's charts ask for it; the tiles are drawn without it)`);
  print();
}

/** Cold loads of an area view: when the chart chunk is fetched and the first chart drawn. */
async function firstChart(runs: number): Promise<void> {
  const charts: number[] = [];
  const chunks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, close } = await freshPage();
    await page.goto(`${base}#/litigation`);
    await page.locator('figure.chart svg.marks').first().waitFor({ timeout: 60_000 });
    charts.push((await readProbes(page)).firstChart ?? Number.NaN);
    chunks.push(await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) => /assets\/(embed|vega)[^/]*\.js/.test(r.name))?.responseEnd ?? Number.NaN));
    await close();
  }
  print(`## First chart (litigation view, ${runs} cold loads, median)`);
  print(`chart chunk fetched at: ${ms(median(chunks))}   first chart drawn: ${ms(median(charts))}`);
  print();
}

/** The generated litigation CSV of `rows` rows, clean (the baseline) and with one warning a row. */
async function largeLoads(): Promise<void> {
  const started = Date.now();
  const dir = join(REPO_ROOT, 'bench/data', String(rows));
  const paths = generateDataSet({ dir, records: rows });
  const warned = withWarnings(paths.litigation, join(dir, 'warnings', 'litigation.csv'));
  const generated = (Date.now() - started) / 1000;
  await largeLoad(paths.litigation, `${rows.toLocaleString('en')}-row litigation CSV, UTF-8 (baseline: no warnings; generated or reused in ${generated.toFixed(1)} s)`);
  await largeLoad(warned.file, `the same ${rows.toLocaleString('en')} rows with ${warned.warnings.toLocaleString('en')} warnings (a control character in 裁判结果 of every row: value.control); the worker hands the issues over in pages`);
}

/** A litigation CSV through the file input: load time, progress, responsiveness. */
async function largeLoad(file: string, title: string): Promise<void> {
  const mb = statSync(file).size / 1e6;
  const { page, close } = await freshPage();
  await page.goto(base);
  await page.locator('[data-testid="kpi-tiles"] [data-indicator]').first().waitFor({ timeout: 60_000 });
  await page.evaluate(() => window.__bench?.resetResponsiveness());
  const t0 = Date.now();
  await page.getByTestId('load-files').setInputFiles(file);
  await page.getByTestId('load-progress').waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined);
  await page.getByTestId('load-progress').waitFor({ state: 'detached', timeout: 600_000 });
  await page.locator('[data-testid="kpi-tiles"] [data-indicator]').first().waitFor({ timeout: 60_000 });
  const total = Date.now() - t0;
  const probes = await readProbes(page);
  const source = await page.getByTestId('data-source').innerText();
  await close();
  print(`## Large load (${title}; ${mb.toFixed(1)} MB)`);
  print(`picked → tiles shown: ${(total / 1000).toFixed(2)} s   progress bar updates seen: ${probes.progressUpdates}   data source now: ${source}`);
  print(`while loading: longest long task ${ms(probes.longestTask)}, longest gap between animation frames ${ms(probes.longestFrameGap)}`);
  print();
}

/** Points moved between two items of the scheme (and back) on the park's data: time until re-scored and drawn. */
async function schemeEdits(changes: number): Promise<void> {
  const expected = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  const move = findReorderingMove(expected.rows, 2019);
  const { scheme, stamp } = exampleScheme();
  const original = (id: string): number => scheme.dimensions.flatMap((d) => d.items).find((i) => i.id === id)?.points ?? 0;
  const states = [
    { from: move.from.points, to: move.to.points },
    { from: original(move.from.item), to: original(move.to.item) },
  ];

  // Baseline 1: the same scoring in Node (scoreUnits of every year of the park with the edited scheme).
  const node: number[] = [];
  for (let i = 0; i < changes; i++) {
    const state = states[i % 2] ?? states[0];
    const edited: Scheme = structuredClone(scheme);
    for (const item of edited.dimensions.flatMap((d) => d.items)) {
      if (item.id === move.from.item) item.points = state?.from ?? 0;
      if (item.id === move.to.item) item.points = state?.to ?? 0;
    }
    const t = performance.now();
    scoreUnits(expected.rows, edited, stamp);
    node.push(performance.now() - t);
  }

  const { page, close } = await freshPage();
  await page.goto(`${base}#/scheme`);
  const fromInput = page.locator(`input[data-item="${move.from.item}"][data-field="points"]`);
  const present = await fromInput.waitFor({ timeout: 60_000 }).then(() => true, () => false);
  print(`## Scheme edit → re-scored and redrawn (park sample; ${move.from.item} ⇄ ${move.to.item}, ${changes} changes, median)`);
  print(`baseline, scoreUnits in Node (all years): ${ms(median(node))}`);
  if (!present) {
    print('scheme view has no points inputs (input[data-item][data-field=points]): not measured');
    print();
    await close();
    return;
  }
  await page.locator('figure.chart svg.marks, [data-testid="ranking-table"], [data-testid="scheme-preview"] table').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
  const result = await page.evaluate(async ({ from, to, states: s, count }) => {
    const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const set = (input: HTMLInputElement, value: number): void => {
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const fromEl = document.querySelector<HTMLInputElement>(`input[data-item="${from}"][data-field="points"]`);
    const toEl = document.querySelector<HTMLInputElement>(`input[data-item="${to}"][data-field="points"]`);
    if (fromEl === null || toEl === null) return null;
    const main = document.querySelector('main') ?? document.body;
    const noop: number[] = [];
    const frame: number[] = [];
    const chart: number[] = [];
    let tableChanged = 0;
    let lastValid = document.querySelector('[data-testid="ranking-table"], [data-testid="scheme-preview"] table')?.textContent ?? '';
    for (let i = 0; i < count; i++) {
      const state = s[i % 2] ?? s[0];
      // Baseline 2: the same procedure with an edit that changes nothing (the value it already has): no re-score.
      let t = performance.now();
      set(toEl, Number(toEl.value));
      await nextFrame();
      noop.push(performance.now() - t);

      set(fromEl, state?.from ?? 0);
      await nextFrame();
      const figure = document.querySelector('figure.chart');
      let redrawn: Promise<number> | null = null;
      if (figure !== null) {
        redrawn = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (figure.querySelector('svg.marks') !== null) {
              observer.disconnect();
              void nextFrame().then(() => resolve(performance.now()));
            }
          });
          observer.observe(figure, { childList: true, subtree: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(Number.NaN);
          }, 2000);
        });
      }
      t = performance.now();
      set(toEl, state?.to ?? 0);
      await nextFrame();
      frame.push(performance.now() - t);
      const now = document.querySelector('[data-testid="ranking-table"], [data-testid="scheme-preview"] table')?.textContent ?? '';
      if (now !== lastValid) tableChanged += 1;
      lastValid = now;
      if (redrawn !== null) chart.push((await redrawn) - t);
      void main;
    }
    return { noop, frame, chart, tableChanged };
  }, { from: move.from.item, to: move.to.item, states, count: changes });
  await close();
  if (result === null) {
    print('points inputs not found in the page: not measured');
  } else {
    const charts = result.chart.filter((c) => !Number.isNaN(c));
    print(`edit → DOM updated and next frame painted: ${ms(median(result.frame))} (max ${ms(Math.max(...result.frame))}); ranking (scheme preview or ranking table) changed ${result.tableChanged}/${changes} times`);
    print(`edit → first chart of the view redrawn: ${charts.length === 0 ? 'no chart redrawn on this view' : `${ms(median(charts))} (max ${ms(Math.max(...charts))}; ${charts.length}/${changes} redraws)`}`);
    print(`baseline, the same edit procedure changing nothing (no re-score): ${ms(median(result.noop))}   goal: < 100 ms`);
  }
  print();
}

/** The Robustness view (robustness-view.ts): 10,000 runs of the park sample, from the run button to first and final results. */
async function robustnessView(repetitions: number): Promise<void> {
  const t = await robustnessViewMedians(freshPage, base, repetitions, 10_000, 1024);
  print(`## Robustness view (park sample, schemes/sip-robustness-2019.yaml: 10,000 runs, then Sobol N = 1,024, 12,288 runs; ${repetitions} fresh page${repetitions === 1 ? '' : 's'}, median)`);
  print(`first results (500 runs): ${ms(t.first)}   all 10,000 Monte Carlo runs drawn: ${ms(t.monteCarlo)} (goal < 2 s)   final, with the Sobol indices: ${ms(t.final)}`);
  print();
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}
