/**
 * `pnpm fuzz [--runs 100000] [--seed S] [--rows N] [--only I [--out DIR]]`
 *
 * Fuzzes loadDataSet: mutates the fixture files (fixtures/sip-2019,
 * fixtures/messy, fixtures/hostile/data) from a seeded generator — bytes,
 * encodings, quotes, delimiters, widths, line endings, dates — and checks
 * on every input that the loader does not throw, that rows read = used +
 * skipped, that memory stays under the bound of docs/data.md, that the
 * columns and rows paths agree and that file order does not matter.
 * Prints the seed, progress, inputs per second and each failure with the
 * command that replays it; `--only I` replays input I and writes its files
 * to DIR (default <tmpdir>/fazhi-fuzz/<seed>-<I>/, outside the repository). `--rows N` cuts each fixture to
 * its first N rows (default: whole files). Exit status 1 on any failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomInt } from 'node:crypto';
import { replayInput, runFuzz } from './run-fuzz.ts';
import { seedFiles } from './seed-files.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    rows: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
  },
});

const seed = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
const rows = values.rows === undefined ? undefined : Number(values.rows);
const seeds = seedFiles(rows === undefined ? {} : { rows });
const again = `pnpm fuzz --seed ${seed}${rows === undefined ? '' : ` --rows ${rows}`}`;

if (values.only !== undefined) {
  const index = Number(values.only);
  const { files, steps, violations } = await replayInput(seeds, seed, index);
  const dir = resolve(values.out ?? join(tmpdir(), 'fazhi-fuzz', `${seed}-${index}`));
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.name), file.bytes);
  console.log(`input ${index} of seed ${seed}:\n  ${steps.join('\n  ')}\nfiles written to ${dir}`);
  console.log(violations.length === 0 ? 'all checks hold' : violations.map((v) => `  ${v.check}: ${v.detail}`).join('\n'));
  process.exit(violations.length === 0 ? 0 : 1);
}

const runs = Number(values.runs);
console.log(`pnpm fuzz: seed ${seed}, ${runs} inputs from ${seeds.length} fixture files${rows === undefined ? '' : ` (first ${rows} rows)`}`);
let last = performance.now();
const start = last;
const { failures, seconds } = await runFuzz({
  seeds,
  seed,
  runs,
  maxFailures: 1000,
  onProgress: (done, failed) => {
    const now = performance.now();
    if (now - last < 2000 && done !== runs) return;
    last = now;
    console.log(`  ${String(done).padStart(String(runs).length)}/${runs}  ${Math.round(done / ((now - start) / 1000))} inputs/s  ${failed} failing`);
  },
});
for (const f of failures) {
  console.log(`\nFAIL input ${f.index}: ${again} --only ${f.index}\n  ${f.steps.join('\n  ')}`);
  for (const v of f.violations) console.log(`  ${v.check}: ${v.detail}`);
}
console.log(`\nseed ${seed}: ${runs} inputs in ${seconds.toFixed(1)} s (${Math.round(runs / seconds)} inputs/s), ${failures.length} failing`);
process.exit(failures.length === 0 ? 0 : 1);
