#!/usr/bin/env node
// Generates the API reference of @fazhi/core (docs/api/, markdown) from the doc comments, with typedoc and
// typedoc.json:
//   pnpm docs:api            rewrites docs/api/; exit status 1 when typedoc warned (the files are written anyway,
//                            so one missing comment elsewhere does not block regenerating the rest)
//   pnpm docs:api --check    typedoc --treatWarningsAsErrors into a temporary folder, then fails when docs/api/
//                            differs from it (CI, pnpm test); the differing files are listed
// Warnings are what the docs check is for: an export, property or parameter without a doc comment, a {@link}
// that resolves nowhere, a type that is used but not exported. Type errors are tsc's test, not this one
// (typedoc.json: skipErrorChecking).
// docs/api/ is committed, like the golden files: markdown reads on GitHub without a build step, and a change
// to the public API shows up in review as a diff of docs/api/; the check keeps it from going stale.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const committed = join(root, 'docs', 'api');
const check = process.argv.includes('--check');

if (check) {
  const out = mkdtempSync(join(tmpdir(), 'fazhi-api-'));
  try {
    if (typedoc(['--treatWarningsAsErrors', '--out', out]).status !== 0) {
      console.error('api-docs: typedoc reported warnings or errors (above); fix the doc comments they name.');
      process.exit(1);
    }
    const differences = compare(out, committed);
    if (differences.length > 0) {
      console.error(`api-docs: docs/api/ is out of date (${differences.length} file(s)); run pnpm docs:api and commit it:`);
      for (const d of differences) console.error(`  ${d}`);
      process.exit(1);
    }
    console.log('api-docs: docs/api/ is current and typedoc reported no warnings');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
} else {
  const run = typedoc(['--out', committed], 'pipe');
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  if (run.status !== 0) process.exit(1);
  const summary = /Found (\d+) errors? and (\d+) warnings?/.exec(`${run.stdout}${run.stderr}`);
  const warnings = summary ? Number(summary[2]) : 0;
  console.log(`api-docs: wrote ${relative(root, committed)}/`);
  if (warnings > 0) {
    console.error(`api-docs: typedoc reported ${warnings} warning(s) (above); pnpm test fails until they are fixed.`);
    process.exit(1);
  }
}

/** Runs typedoc with typedoc.json and extra arguments. */
function typedoc(args, stdio = 'inherit') {
  return spawnSync('pnpm', ['exec', 'typedoc', '--options', 'typedoc.json', ...args], { cwd: root, stdio, encoding: 'utf8' });
}

/** Files (relative paths) that docs/api lacks (missing), should no longer have (extra) or has with other bytes (changed). */
function compare(fresh, old) {
  const a = files(fresh);
  const b = files(old);
  const out = [];
  for (const f of a.keys()) {
    if (!b.has(f)) out.push(`missing  ${f}`);
    else if (!a.get(f).equals(b.get(f))) out.push(`changed  ${f}`);
  }
  for (const f of b.keys()) if (!a.has(f)) out.push(`extra    ${f}`);
  return out.sort((x, y) => (x.slice(9) < y.slice(9) ? -1 : x.slice(9) > y.slice(9) ? 1 : 0));
}

/** Every file under dir, by path relative to dir, with its bytes; empty when dir does not exist. */
function files(dir) {
  const map = new Map();
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return map;
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath ?? e.path, e.name);
    map.set(relative(dir, full), readFileSync(full));
  }
  return map;
}
