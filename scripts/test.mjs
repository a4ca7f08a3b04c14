#!/usr/bin/env node
// Runs every test runner of the repository, once under TZ=UTC and once under
// TZ=Asia/Shanghai, after a type check and the API docs check, and ends with one plain line "N passed, N failed" summed
// over all runs (CI reads that line). Exit status 1 when anything failed.
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
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
