import type { FileReport, IndicatorRow, Issue } from '@fazhi/core';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGolden } from '../../../scripts/golden.ts';
import { runCli } from './capture-io.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the bundled data sets through the CLI', () => {
  it('indicators --data fixtures/sip-2019 --format json exits 0 and prints contract rows for 2018 and 2019', async () => {
    const run = await runCli(['indicators', '--data', 'fixtures/sip-2019', '--format', 'json'], { cwd: root });
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as IndicatorRow[];
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((row) => row.year))).toEqual(new Set([2018, 2019]));
    for (const row of rows) {
      expect(Object.keys(row).slice(0, 6)).toEqual(['indicator', 'unit', 'year', 'numerator', 'denominator', 'value']);
    }
    expect(run.stderr).toContain('0 error(s)');
  });
  it('indicators --format json prints the same bytes as the golden rendering of fixtures/sip-2019', async () => {
    const run = await runCli(['indicators', '--data', 'fixtures/sip-2019'], { cwd: root });
    expect(run.stdout).toBe(await renderGolden(`${root}fixtures/sip-2019`));
  });
  it('validate --data fixtures/messy exits 1 and loses no row: rows used + skipped = rows read for every file', async () => {
    const run = await runCli(['validate', '--data', 'fixtures/messy', '--format', 'json'], { cwd: root });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: FileReport[]; issues: Issue[] };
    expect(report.files.length).toBeGreaterThan(5);
    for (const file of report.files) expect(file.rowsUsed + file.rowsSkipped).toBe(file.rowsRead);
    expect(report.issues.some((issue) => issue.severity === 'error')).toBe(true);
  });
  it('validate --data fixtures/messy in text prints one line per issue and a summary line per file', async () => {
    const json = JSON.parse((await runCli(['validate', '--data', 'fixtures/messy', '--format', 'json'], { cwd: root })).stdout) as {
      files: FileReport[]; issues: Issue[];
    };
    const run = await runCli(['validate', '--data', 'fixtures/messy', '--lang', 'zh-Hans'], { cwd: root });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => /^(错误|警告|提示) {2}/.test(line))).toHaveLength(json.issues.length);
    for (const file of json.files) {
      expect(lines.some((line) => line.startsWith(`${file.file} `) && line.trimEnd().endsWith(` ${file.rowsSkipped}`))).toBe(true);
    }
  });
});
