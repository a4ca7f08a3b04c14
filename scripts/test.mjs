#!/usr/bin/env node
// pnpm test: every check of the repository, in stages, with each stage's time and one plain last line
// "N passed, N failed" summed over all of them (CI reads that line). Exit status 1 when anything failed.
//
// Two lanes side by side, each keeping one of the machine's two cores busy:
//
//   the browser lane   vite build (apps/dashboard), then Playwright in Chromium against that build (the longest
//                      stage: it starts at once), then whatever the other lane has not begun
//   the other lane     takes the other stages one after the other, longest first:
//                        vitest under TZ=UTC, every test file (vitest.config.ts: isolate false, one module graph a
//                        worker; on two cores vitest runs one worker), then, on one thread, only the time-zone
//                        sensitive files under TZ=Asia/Shanghai (scripts/test/tz-sensitive.mjs says how they are
//                        chosen and how that is checked; FAZHI_TZ_ALL=1 runs every file there instead);
//                        the consumer test (the packed packages installed with npm in an empty project on Node 20,
//                        22 and 24, scripts/consumer/README.md);
//                        tsc --noEmit, typedoc --check, svelte-check (one test each)
//
// Arguments are vitest filters: with any, only vitest runs. FAZHI_SKIP_E2E=1 leaves out the build and Playwright
// (both lanes then take from the queue), FAZHI_SKIP_CONSUMER=1 the consumer test.
//
// The end-to-end tests and `fazhi report --pdf` need Chromium (Debian's chromium; FAZHI_CHROMIUM names another
// binary). When it is missing, it is installed with apt-get as root or through passwordless sudo; when that cannot
// be done the run stops at once with one line saying what to run.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { timeZoneSensitiveTests } from './test/tz-sensitive.mjs';

const root = new URL('..', import.meta.url).pathname;
const dashboard = join(root, 'apps/dashboard');
const reports = join(root, '.reports');
const filters = process.argv.slice(2);
const filtered = filters.length > 0;
const e2e = !filtered && process.env.FAZHI_SKIP_E2E !== '1';
const consumer = !filtered && process.env.FAZHI_SKIP_CONSUMER !== '1';

if (e2e) ensureChromium();
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const times = [];
const started = Date.now();

// The second time zone: every file with FAZHI_TZ_ALL=1 or a filter; otherwise only the time-zone sensitive files, on
// one thread so that the browser keeps a core. Either way right after the UTC run, never beside it.
const allInShanghai = process.env.FAZHI_TZ_ALL === '1' || filtered;
const vitestRuns = async () => {
  await vitest('vitest (TZ=UTC)', 'UTC', 'vitest-utc.json', filters);
  if (allInShanghai) {
    await vitest('vitest (TZ=Asia/Shanghai, every file)', 'Asia/Shanghai', 'vitest-shanghai.json', filters);
    return;
  }
  const sensitive = [...timeZoneSensitiveTests(root).keys()];
  console.log(`\n${sensitive.length} test files reach local time (scripts/test/tz-sensitive.mjs); they run again under Asia/Shanghai`);
  await vitest('vitest (TZ=Asia/Shanghai, time-zone sensitive files)', 'Asia/Shanghai', 'vitest-shanghai.json', ['--maxWorkers=1', ...sensitive]);
};

if (filtered) {
  await vitestRuns();
  console.log('\n(vitest filter given: the other stages are left out)');
} else {
  // Every stage but the browser's, longest first; a lane that is free takes the next one.
  const queue = [
    vitestRuns,
    consumer
      ? async () => {
          const packages = await stage('consumer test (npm, Node 20/22/24)', 'node', ['scripts/consumer-test.mjs']);
          addReport('consumer test', packages, join(reports, 'consumer.json'), (r) => ({ passed: r.passed, failed: r.failed, errors: 0 }));
        }
      : null,
    async () => count((await stage('tsc --noEmit', 'pnpm', ['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit'])).status === 0),
    // typedoc with --treatWarningsAsErrors (an export or field without a doc comment, a broken {@link}), and
    // docs/api/ as committed must equal a fresh generation.
    async () => count((await stage('typedoc --check (docs/api)', 'node', ['scripts/api-docs.mjs', '--check'])).status === 0),
    async () => count((await stage('svelte-check (apps/dashboard)', 'pnpm', ['exec', 'svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'], { cwd: dashboard })).status === 0),
  ].filter((job) => job !== null);
  const takeFromQueue = async () => {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) await job();
  };
  await together(
    // The browser lane: the production build, then Playwright against it, then whatever is left in the queue.
    (async () => {
      if (e2e) {
        const build = await stage('vite build (apps/dashboard)', 'pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: dashboard });
        if (build.status === 0) {
          const playwright = await stage('playwright (apps/dashboard, Chromium)', 'pnpm', ['exec', 'playwright', 'test'], { cwd: dashboard, env: { ...process.env, CI: process.env.CI ?? 'true' } });
          addReport('playwright', playwright, join(reports, 'playwright.json'), playwrightCounts);
        } else {
          console.log('dashboard build failed: end-to-end tests not run');
          count(false);
        }
      }
      await takeFromQueue();
    })(),
    takeFromQueue(),
  );
}

console.log('\nstage times (wall clock; the two lanes overlap, so each stage also says when it began):');
for (const t of times.sort((a, b) => a.began - b.began)) console.log(`  ${t.name.padEnd(56)} ${t.seconds.toFixed(1).padStart(6)} s  (from ${t.began.toFixed(1).padStart(5)} s)`);
console.log(`  ${'total'.padEnd(56)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

/** One test more, passed or failed. */
function count(ok) {
  if (ok) passed += 1;
  else failed += 1;
}

/**
 * Starts a stage: the command's output goes to this terminal, prefixed by the stage's name when stages run side
 * by side, and its time is recorded. Resolves to its exit status.
 */
function stage(name, command, args, options = {}) {
  const begun = Date.now();
  console.log(`\n=== ${name} ===`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const prefix = `[${name.split(' ')[0]}] `;
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.on('data', (chunk) => {
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop();
        for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
      });
      stream.on('end', () => pending && process.stdout.write(`${prefix}${pending}\n`));
    }
    child.on('error', (error) => console.log(`${prefix}${error.message}`));
    child.on('close', (status) => {
      const seconds = (Date.now() - begun) / 1000;
      times.push({ name, seconds, began: (begun - started) / 1000 });
      console.log(`${prefix}done in ${seconds.toFixed(1)} s (exit ${status})`);
      resolve({ status: status ?? 1 });
    });
  });
}

/** Waits for stages started side by side (null for one that is left out). */
function together(...stages) {
  return Promise.all(stages.map((s) => s ?? Promise.resolve(null)));
}

/** A vitest run under a time zone; its JSON report's counts are added, and a suite that fails to load is a failure. */
async function vitest(name, tz, report, files) {
  const out = join(reports, report);
  const args = ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...files];
  const r = await stage(name, 'pnpm', args, { env: { ...process.env, TZ: tz } });
  addReport(name, r, out, (json) => ({ passed: json.numPassedTests, failed: json.numFailedTests, errors: 0 }));
}

/** Adds a runner's counts from its JSON report; no report, run errors or a failing exit with no failed test count as one failure. */
function addReport(name, run, file, read) {
  const counts = existsSync(file) ? read(JSON.parse(readFileSync(file, 'utf8'))) : null;
  if (counts === null) {
    console.log(`${name}: no report written (exit ${run.status})`);
    count(false);
    return;
  }
  passed += counts.passed;
  failed += counts.failed;
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed${counts.errors > 0 ? `, ${counts.errors} run error(s)` : ''}`);
  if (counts.errors > 0 || (run.status !== 0 && counts.failed === 0)) count(false);
}

/**
 * Passed and failed tests of a Playwright JSON report, one per project × test (a flaky test that passed on retry
 * counts as passed, a skipped one not at all), and the run's errors (a web server that would not start, a file
 * that would not load).
 */
function playwrightCounts(report) {
  let passedTests = 0;
  let failedTests = 0;
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'expected' || test.status === 'flaky') passedTests += 1;
        else if (test.status === 'unexpected') failedTests += 1;
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return { passed: passedTests, failed: failedTests, errors: (report.errors ?? []).length };
}

/**
 * Makes sure Chromium is there for the end-to-end tests and the PDF report: installs Debian's chromium with apt-get
 * (as root, or through sudo -n) when it is missing, or stops with one line saying what to run.
 */
function ensureChromium() {
  const chosen = process.env.FAZHI_CHROMIUM;
  const path = chosen !== undefined && chosen !== '' ? chosen : '/usr/bin/chromium';
  if (isExecutable(path)) return;
  const skip = 'or FAZHI_SKIP_E2E=1 pnpm test to leave the browser tests out';
  if (path !== '/usr/bin/chromium') stop(`FAZHI_CHROMIUM=${path} is not an executable file: point it at Chrome or Chromium, ${skip}`);
  const asRoot = process.getuid?.() === 0 ? [] : spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : null;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (asRoot === null || !hasApt) {
    stop(`pnpm test needs Chromium for the dashboard's end-to-end tests: run "sudo apt-get install chromium" (Debian, Ubuntu), set FAZHI_CHROMIUM=/path/to/chrome, ${skip}`);
  }
  console.log('=== Chromium is missing: apt-get install chromium (Debian\'s package; about a minute) ===');
  const apt = (...args) => spawnSync(asRoot[0] ?? 'env', [...asRoot.slice(1), 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const ok = apt('update', '-qq').status === 0 && apt('install', '-y', '-qq', '--no-install-recommends', 'chromium').status === 0;
  if (!ok || !isExecutable(path)) stop(`apt-get could not install chromium (above): install it ("apt-get install chromium"), ${skip}`);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function stop(line) {
  console.log(line);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
