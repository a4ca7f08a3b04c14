import { loadDataSet, type Issue } from '@fazhi/core';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issuesExportTable } from '../../../src/lib/quality/issues-export-table.ts';

const MESSY = new URL('../../../../../fixtures/messy/', import.meta.url);

describe('issuesExportTable', () => {
  it('has one row per issue with severity, file, row (a number), column, raw value, message and code in the language chosen', () => {
    const issue: Issue = {
      severity: 'error',
      code: 'value.date',
      file: '2019年复议案件台账.csv',
      row: 4,
      column: '受理日期',
      value: '2019-02-30',
      message: { 'zh-Hant': '日期無效', 'zh-Hans': '日期无效', en: 'Invalid date' },
    };
    expect(issuesExportTable([issue], 'en')).toEqual({
      name: 'data-quality-issues',
      headers: ['Severity', 'File', 'Row', 'Column', 'Raw value', 'Message', 'Code'],
      rows: [['Error', '2019年复议案件台账.csv', 4, '受理日期', '2019-02-30', 'Invalid date', 'value.date']],
    });
    const hant = issuesExportTable([issue], 'zh-Hant');
    expect(hant.headers[0]).toBe('嚴重程度');
    expect(hant.rows[0]?.slice(0, 1).concat(hant.rows[0]?.slice(5, 6) ?? [])).toEqual(['錯誤', '日期無效']);
  });

  it('leaves the cells of a file-level issue empty rather than writing "null"', () => {
    const issue: Issue = { severity: 'notice', code: 'file.empty', file: 'x.csv', row: null, column: null, value: null, message: { 'zh-Hant': 'a', 'zh-Hans': 'b', en: 'c' } };
    expect(issuesExportTable([issue], 'zh-Hans').rows[0]).toEqual(['提示', 'x.csv', null, null, null, 'b', 'file.empty']);
  });

  it('exports the messy fixture\'s planted issues in the order given, one row each', async () => {
    const dir = MESSY;
    const files = readdirSync(dir).filter((n) => /\.(csv|xlsx)$/.test(n)).map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }));
    const data = await loadDataSet(files);
    const table = issuesExportTable(data.issues, 'zh-Hans');
    expect(table.rows).toHaveLength(data.issues.length);
    expect(table.rows.map((r) => `${r[1]}:${r[2]}:${r[6]}`)).toEqual(data.issues.map((i) => `${i.file}:${i.row}:${i.code}`));
    expect(table.rows.some((r) => r[1] === 'decisions.csv' && r[6] === 'column.missing' && r[0] === '错误')).toBe(true);
    expect(table.rows.every((r) => r.every((cell) => cell !== undefined && cell !== 'undefined' && cell !== 'NaN'))).toBe(true);
  });
});
