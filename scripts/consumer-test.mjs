#!/usr/bin/env node
// The consumer test (scripts/consumer/README.md): builds and packs @fazhi/core, @fazhi/charts and @fazhi/cli,
// installs the tarballs with npm into a new project outside the workspace, and checks what a user of the packages
// sees — a plain .mjs script and `npx fazhi` on Node 20, 22 and 24, a strict TypeScript consumer under node16 and
// bundler resolution, publint and attw. Each check is one test; the counts go to .reports/consumer.json for
// scripts/test.mjs, and the last line is "N passed, N failed".
//   node scripts/consumer-test.mjs [--keep]     --keep leaves the temporary project in place and prints its path
// FAZHI_CONSUMER_NODES=20,22 limits the Node versions (default 20,22,24; 20 is the one running this script when it is
// Node 20, else it is installed like the others).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const PACKAGES = ['core', 'charts', 'cli'];
/** Tool versions the consumer project installs beside the tarballs (typescript as in the workspace). */
const TOOLS = { typescript: '~6.0.3', '@types/node': '^20.19.0', publint: '0.3.25', '@arethetypeswrong/cli': '0.18.5' };
const nodeMajors = (process.env.FAZHI_CONSUMER_NODES ?? '20,22,24').split(',').map((v) => v.trim()).filter(Boolean);
const keep = process.argv.includes('--keep');
const golden = readFileSync(join(root, 'fixtures/golden/sip-2019-indicators.json'), 'utf8');
const dataDir = join(root, 'fixtures/sip-2019');

const results = [];
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'fazhi-consumer-'));
const project = join(work, 'project');
const tarballs = join(work, 'tarballs');
mkdirSync(project);
mkdirSync(tarballs);

try {
  stage('build', () => must(run('pnpm', ['build'], { cwd: root })));
  stage('pack', () => {
    for (const name of PACKAGES) must(run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(root, 'packages', name) }));
  });
  const files = Object.fromEntries(PACKAGES.map((name) => [`@fazhi/${name}`, `file:${join(tarballs, `fazhi-${name}-0.1.0.tgz`)}`]));
  for (const file of Object.values(files)) if (!existsSync(file.slice(5))) throw new Error(`pnpm pack wrote no ${file.slice(5)}`);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fazhi-consumer', private: true, type: 'module', dependencies: files, devDependencies: TOOLS }, null, 2));
  for (const file of readdirSync(join(root, 'scripts/consumer'))) cpSync(join(root, 'scripts/consumer', file), join(project, file));
  // npm, as a user would: no workspace, no pnpm override. --prefer-offline reuses npm's cache between runs.
  stage('npm install', () => must(run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: project })));

  const nodes = stage('node versions', () => nodeMajors.map((major) => ({ major, bin: nodeBinary(major) })));
  const out = join(work, 'out');
  mkdirSync(out);
  const checks = [];
  for (const { major, bin } of nodes) {
    const env = { ...process.env, PATH: `${dirname(bin)}:${process.env.PATH}` };
    checks.push(check(`Node ${major}: consumer.mjs imports the packages, computes the golden indicators and renders SVG + PNG`, async () => {
      const outDir = join(out, major);
      mkdirSync(outDir);
      const r = await runAsync(bin, ['consumer.mjs', dataDir, outDir], { cwd: project, env });
      if (r.status !== 0) return `exit ${r.status}: ${tail(r.stderr)}`;
      if (!sameJson(r.stdout, golden)) return 'its indicator rows differ from fixtures/golden/sip-2019-indicators.json';
      const png = readFileSync(join(outDir, 'lost-cases.png'));
      if (png.subarray(1, 4).toString() !== 'PNG') return 'lost-cases.png is not a PNG';
      return null;
    }));
    checks.push(check(`Node ${major}: npx fazhi indicators --format json equals the in-repo output`, async () => {
      const r = await runAsync('npx', ['--no-install', 'fazhi', 'indicators', '--data', dataDir, '--format', 'json'], { cwd: project, env });
      if (r.status !== 0) return `exit ${r.status}: ${tail(r.stderr)}`;
      return r.stdout === golden ? null : 'stdout differs from fixtures/golden/sip-2019-indicators.json';
    }));
  }
  for (const resolution of ['node16', 'bundler']) {
    checks.push(check(`tsc --noEmit (strict, moduleResolution ${resolution}, no skipLibCheck)`, async () => {
      const r = await runAsync(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`], { cwd: project });
      return r.status === 0 ? null : tail(r.stdout + r.stderr, 20);
    }));
  }
  for (const name of PACKAGES) {
    checks.push(check(`publint @fazhi/${name}`, async () => {
      const r = await runAsync(process.execPath, [join(project, 'node_modules/publint/src/cli.js'), join(project, 'node_modules/@fazhi', name), '--pack', 'false', '--strict'], { cwd: project });
      // publint prints "All good!" when it has nothing to say, suggestions and warnings otherwise.
      return r.status === 0 && /All good/.test(r.stdout) ? null : tail(r.stdout + r.stderr, 20);
    }));
    checks.push(check(`attw --profile esm-only @fazhi/${name}`, async () => {
      const attw = join(project, 'node_modules/@arethetypeswrong/cli/dist/index.js');
      const r = await runAsync(process.execPath, [attw, join(tarballs, `fazhi-${name}-0.1.0.tgz`), '--profile', 'esm-only', '--format', 'ascii'], { cwd: project });
      return r.status === 0 ? null : tail(r.stdout + r.stderr, 20);
    }));
  }
  await limit(checks, 2);
} catch (error) {
  results.push({ name: 'consumer test set-up', error: error instanceof Error ? error.message : String(error) });
} finally {
  if (keep) console.log(`consumer project kept: ${project}`);
  else rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((r) => r.error !== null);
for (const r of results) console.log(`${r.error === null ? 'ok  ' : 'FAIL'} ${r.name}${r.error === null ? '' : `\n     ${r.error.replaceAll('\n', '\n     ')}`}`);
mkdirSync(join(root, '.reports'), { recursive: true });
writeFileSync(join(root, '.reports/consumer.json'), JSON.stringify({ passed: results.length - failed.length, failed: failed.length, results }, null, 2));
console.log(`consumer test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);

/** Runs a set-up step and prints its time; a step that throws ends the set-up (its error becomes one failure). */
function stage(name, f) {
  const t = Date.now();
  const value = f();
  console.log(`consumer: ${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return value;
}

/** A check, run later: `f` resolves to null when it holds, or to what went wrong. */
function check(name, f) {
  return async () => {
    let error;
    try {
      error = await f();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    results.push({ name, error });
  };
}

/** Runs the tasks, at most `n` at a time, in order of start. */
async function limit(tasks, n) {
  const queue = [...tasks];
  await Promise.all(Array.from({ length: n }, async () => {
    while (queue.length > 0) await queue.shift()();
  }));
}

/**
 * The node binary of a major version: this process's when it is that version, else the npm package `node@MAJOR`
 * installed once into the user's cache ($XDG_CACHE_HOME or ~/.cache, then fazhi/node-MAJOR), so that clones and CI
 * runs on the same machine share it (npm's registry, no other download).
 */
function nodeBinary(major) {
  if (process.versions.node.split('.')[0] === major) return process.execPath;
  const prefix = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'fazhi', `node-${major}`);
  const bin = join(prefix, 'node_modules/node/bin/node');
  if (!existsSync(bin) || spawnSync(bin, ['--version']).status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, 'package.json'), '{"private":true}');
    must(run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `node@${major}`], { cwd: prefix }));
  }
  return bin;
}

function run(command, args, options) {
  const r = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : ''), command: `${command} ${args.join(' ')}` };
}

function runAsync(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', (e) => err.push(Buffer.from(String(e))));
    child.on('close', (status) => resolve({ status: status ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Throws with the command's last lines when it failed. */
function must(r) {
  if (r.status !== 0) throw new Error(`${r.command} exited ${r.status}:\n${tail(r.stdout + r.stderr, 30)}`);
  return r;
}

function tail(text, lines = 8) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** Whether a JSON array printed by consumer.mjs has the same rows as the golden file. */
function sameJson(actual, expected) {
  try {
    return JSON.stringify(JSON.parse(actual)) === JSON.stringify(JSON.parse(expected));
  } catch {
    return false;
  }
}
