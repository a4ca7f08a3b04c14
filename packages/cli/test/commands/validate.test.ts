import type { FileReport, Issue } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../capture-io.ts';
import { DATA_WITH_ERROR, SMALL_DATA } from '../small-data.ts';
import { useTempData } from '../temp-data.ts';

const temp = useTempData();

describe('fazhi validate', () => {
  it('clean data exits 0 and prints the per-file summary with rows read, used and skipped', async () => {
    const run = await runCli(['validate', '--data', temp(SMALL_DATA)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^file\s+dataset\s+format\s+read\s+used\s+skipped$/m);
    expect(run.stdout).toMatch(/^litigation\.csv\s+litigation\s+utf-8\s+3\s+3\s+0$/m);
    expect(run.stdout).toMatch(/^safety_incidents\.csv\s+safety_incidents\s+utf-8\s+3\s+3\s+0$/m);
    expect(run.stdout).toContain('4 file(s): 0 error(s)');
  });
  it('an error-level issue exits 1 and is printed with file, row, column, raw value, code and message', async () => {
    const run = await runCli(['validate', '--data', temp(DATA_WITH_ERROR)]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^error {2}safety_incidents\.csv:5 {2}\[occurred_on\] {2}"not a date" {2}value\.\w+ {2}\S/m);
    expect(run.stdout).toMatch(/^safety_incidents\.csv\s+safety_incidents\s+utf-8\s+4\s+3\s+1$/m);
  });
  it('messages follow --lang', async () => {
    const dir = temp(DATA_WITH_ERROR);
    const hant = await runCli(['validate', '--data', dir, '--lang', 'zh-Hant']);
    expect(hant.stdout).toMatch(/^錯誤 {2}safety_incidents\.csv:5/m);
    expect(hant.stdout).toMatch(/^檔案\s+資料集/m);
    const hans = await runCli(['validate', '--data', dir], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(hans.stdout).toMatch(/^错误 {2}safety_incidents\.csv:5/m);
  });
  it('--format json prints {files, issues} with every issue\'s three messages', async () => {
    const run = await runCli(['validate', '--data', temp(DATA_WITH_ERROR), '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: FileReport[]; issues: Issue[] };
    expect(Object.keys(report)).toEqual(['files', 'issues']);
    expect(report.files.map((f) => f.file).sort()).toEqual([
      'business_environment.csv', 'documents.csv', 'litigation.csv', 'safety_incidents.csv',
    ]);
    const issue = report.issues.find((i) => i.severity === 'error');
    expect(issue).toMatchObject({ file: 'safety_incidents.csv', row: 5, column: 'occurred_on', value: 'not a date' });
    expect(Object.keys(issue!.message).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
  });
  it('every file\'s rows read equal rows used plus rows skipped', async () => {
    const run = await runCli(['validate', '--data', temp(DATA_WITH_ERROR), '--format', 'json']);
    const report = JSON.parse(run.stdout) as { files: FileReport[] };
    for (const file of report.files) expect(file.rowsRead).toBe(file.rowsUsed + file.rowsSkipped);
  });
});
