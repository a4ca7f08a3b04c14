#!/usr/bin/env node
// Runs every test runner of the repository, once under TZ=UTC and once under
// TZ=Asia/Shanghai, after a type check and the API docs check; then the dashboard's svelte-check and its end-to-end
// tests (production build + Playwright in Chromium, two time-zone projects). Ends with one plain line
// "N passed, N failed" summed over all runs (CI reads that line). Exit status 1 when anything failed.
// Arguments are vitest filters: with any, only vitest runs. FAZHI_SKIP_E2E=1 leaves out the build and Playwright.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const runs = [
  { name: 'vitest (TZ=UTC)', tz: 'UTC', report: 'vitest-utc.json' },
  { name: 'vitest (TZ=Asia/Shanghai)', tz: 'Asia/Shanghai', report: 'vitest-shanghai.json' },
];

let passed = 0;
let failed = 0;
let broken = false;

// The type check counts as one test: a type error anywhere fails the run.
console.log('=== tsc --noEmit ===');
const tsc = spawnSync('pnpm', ['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit'], { cwd: root, stdio: 'inherit' });
if (tsc.status === 0) passed += 1;
else failed += 1;
// The API docs count as one test: typedoc with --treatWarningsAsErrors (an export or field without a doc
// comment, a broken {@link}) and docs/api/ as committed must equal a fresh generation.
console.log('\n=== typedoc --treatWarningsAsErrors (docs/api) ===');
const apiDocs = spawnSync('node', ['scripts/api-docs.mjs', '--check'], { cwd: root, stdio: 'inherit' });
if (apiDocs.status === 0) passed += 1;
else failed += 1;
for (const run of runs) {
  const out = join(reports, run.report);
  console.log(`\n=== ${run.name} ===`);
  const r = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: run.tz } },
  );
  if (!existsSync(out)) {
    console.log(`${run.name}: no report written (exit ${r.status})`);
    failed += 1;
    broken = true;
    continue;
  }
  const json = JSON.parse(readFileSync(out, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A suite that fails to load has no failed test but fails the run.
  if (r.status !== 0 && json.numFailedTests === 0) {
    failed += 1;
    broken = true;
  }
}
const filtered = process.argv.length > 2;
if (filtered) console.log('\n(vitest filter given: the dashboard checks and end-to-end tests are left out)');

// The dashboard's Svelte components and TypeScript (including the e2e and bench files) count as one test, like tsc.
const dashboard = join(root, 'apps/dashboard');
if (!filtered) {
  console.log('\n=== svelte-check (apps/dashboard) ===');
  const started = Date.now();
  const check = spawnSync('pnpm', ['exec', 'svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'], { cwd: dashboard, stdio: 'inherit' });
  if (check.status === 0) passed += 1;
  else failed += 1;
  console.log(`svelte-check: ${seconds(started)}`);
}

// The end-to-end tests run against the production build (vite build, then vite preview from playwright.config.ts);
// each test counts once per project (UTC, Asia/Shanghai). A build or a Playwright run that cannot start is a failure.
if (!filtered && process.env.FAZHI_SKIP_E2E !== '1') {
  console.log('\n=== vite build (apps/dashboard) ===');
  const started = Date.now();
  const build = spawnSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: dashboard, stdio: 'inherit' });
  console.log(`vite build: ${seconds(started)}`);
  if (build.status !== 0) {
    console.log('dashboard build failed: end-to-end tests not run');
    failed += 1;
    broken = true;
  } else {
    console.log('\n=== playwright (apps/dashboard, Chromium) ===');
    const e2eStarted = Date.now();
    const out = join(reports, 'playwright.json');
    const run = spawnSync('pnpm', ['exec', 'playwright', 'test'], { cwd: dashboard, stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? 'true' } });
    console.log(`playwright: ${seconds(e2eStarted)}`);
    const result = existsSync(out) ? playwrightCounts(JSON.parse(readFileSync(out, 'utf8'))) : null;
    if (result === null) {
      console.log(`playwright: no report written (exit ${run.status})`);
      failed += 1;
      broken = true;
    } else {
      passed += result.passed;
      failed += result.failed;
      console.log(`playwright: ${result.passed} passed, ${result.failed} failed${result.errors > 0 ? `, ${result.errors} run error(s)` : ''}`);
      if (result.errors > 0 || (run.status !== 0 && result.failed === 0)) {
        failed += 1;
        broken = true;
      }
    }
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);

/** Seconds since a start, for the log. */
function seconds(started) {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/**
 * Passed and failed tests of a Playwright JSON report, one per project × test (a flaky test that passed on retry
 * counts as passed, a skipped one not at all), and the run's errors (a web server that would not start, a file
 * that would not load).
 */
function playwrightCounts(report) {
  let passed = 0;
  let failed = 0;
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'expected' || test.status === 'flaky') passed += 1;
        else if (test.status === 'unexpected') failed += 1;
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return { passed, failed, errors: (report.errors ?? []).length };
}
