import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SMALL_DATA } from './small-data.ts';
import { tempData } from './temp-data.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function fazhi(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

describe('bin.ts as a real process', () => {
  it('exits 0 for --help and prints it on stdout', () => {
    const run = fazhi(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('fazhi indicators');
  });
  it('exits 2 for bad usage, with the message on stderr', () => {
    const run = fazhi(['indicators', '--format', 'xml', '--data', '.']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('invalid --format "xml"');
  });
  it('exits 1 for a missing data folder, in the language of LANG', () => {
    const run = fazhi(['validate', '--data', 'no/such/folder'], { LANG: 'zh_TW.UTF-8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('找不到資料夾「no/such/folder」');
  });
  it('exits 0 and prints the whole JSON array through a pipe for a loadable folder', () => {
    const dir = tempData(SMALL_DATA);
    cleanups.push(dir.remove);
    const run = fazhi(['indicators', '--data', dir.path]);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as unknown[];
    expect(rows.length).toBeGreaterThan(0);
  });
  it('stops quietly with status 0 when the reader of stdout goes away early', () => {
    const run = spawnSync('bash', ['-c', 'node --import tsx packages/cli/src/bin.ts indicators --data fixtures/sip-2019 | head -n 1; echo "status=${PIPESTATUS[0]}" >&2'], {
      cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' }, timeout: 60_000,
    });
    expect(run.stdout).toBe('[\n');
    expect(run.stderr).toContain('status=0');
    expect(run.stderr).not.toContain('EPIPE');
  });
});
