import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RobustnessReport } from '@fazhi/core';
import { ROBUSTNESS_CSV_COLUMNS } from '../../src/commands/robustness.ts';
import { runCli } from '../capture-io.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const base = ['robustness', '--data', 'fixtures/sip-2019', '--scheme', 'schemes/sip-robustness-2019.yaml', '--year', '2019', '--runs', '300', '--sobol', '16'];

describe('fazhi robustness', () => {
  it('prints the RobustnessReport JSON of docs/robustness.md, the same for the same seed', async () => {
    const run = await runCli([...base, '--format', 'json', '--seed', '5'], { cwd: root });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as RobustnessReport;
    expect(Object.keys(report)).toEqual(['scheme', 'year', 'treatment', 'coherence', 'inputs', 'uncertainty', 'sensitivity', 'units']);
    expect(report.scheme.id).toBe('sip-robustness-2019');
    expect(report.uncertainty).toMatchObject({ runs: 300, seed: 5 });
    expect(report.sensitivity?.runs).toBe(16 * 12);
    expect(report.units[0]).toMatchObject({ nominalRank: 1 });
    const again = await runCli([...base, '--format', 'json', '--seed', '5'], { cwd: root });
    expect(again.stdout).toBe(run.stdout);
  });
  it('prints a table in the language asked for, and one CSV row per unit', async () => {
    const table = await runCli([...base, '--lang', 'zh-Hans'], { cwd: root });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/第 1 名；90% 的情形在第 \d+–\d+ 名之间/);
    expect(table.stdout).toContain('Sobol 敏感度指数');
    const csv = await runCli([...base, '--format', 'csv'], { cwd: root });
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${ROBUSTNESS_CSV_COLUMNS.join(',')}`);
    expect(lines).toHaveLength(1 + 27);
    expect(lines[1]).toMatch(/^sip-robustness-2019,2019\.1,sha256:[0-9a-f]{64},2019,/);
  });
  it('refuses a bad command line with status 2 and a scheme with a bad uncertainty section with its path', async () => {
    const runs = await runCli([...base.slice(0, 7), '--runs', '0'], { cwd: root });
    expect([runs.status, runs.stderr]).toEqual([2, 'fazhi: bad --runs "0": give a whole number ≥ 1\n']);
    const year = await runCli(base.slice(0, 5), { cwd: root });
    expect(year.status).toBe(2);
    const bad = await runCli(['robustness', '--data', 'fixtures/sip-2019', '--scheme', 'packages/cli/test/fixtures/bad-uncertainty.yaml', '--year', '2019'], { cwd: root });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('uncertainty.inputs[0].noise: expected a number ≥ 0, got -0.25');
  });
});
