import type { FileReport, Issue } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/display-width.ts';
import { fileSummary, issueLine, issueTotals } from '../../src/format/issues-text.ts';

const dateIssue: Issue = {
  severity: 'error',
  code: 'value.date',
  file: '行政訴訟.csv',
  row: 12,
  column: '結案日期',
  value: '2019-02-30',
  message: { 'zh-Hant': '日期無效', 'zh-Hans': '日期无效', en: 'invalid date\nfix it' },
};
const fileIssue: Issue = {
  severity: 'warning', code: 'file.empty', file: 'empty.csv', row: null, column: null, value: null,
  message: { 'zh-Hant': '空檔案', 'zh-Hans': '空文件', en: 'empty file' },
};

const reports: FileReport[] = [
  { file: '行政訴訟.csv', format: 'csv', encoding: 'big5', sheet: null, dataset: 'litigation', recognizedBy: 'name',
    columns: [], rowsRead: 120, rowsUsed: 118, rowsSkipped: 2, rowsUndated: 0 },
  { file: 'notes.xlsx', format: 'xlsx', encoding: null, sheet: 'Sheet1', dataset: null, recognizedBy: null,
    columns: [], rowsRead: 3, rowsUsed: 0, rowsSkipped: 3, rowsUndated: 0 },
];

describe('issueLine', () => {
  it('issueLine shows severity, file:row, [column], the raw value quoted, the code and the message in one line', () => {
    expect(issueLine(dateIssue, 'en')).toBe('error  行政訴訟.csv:12  [結案日期]  "2019-02-30"  value.date  invalid date fix it');
    expect(issueLine(dateIssue, 'zh-Hant')).toBe('錯誤  行政訴訟.csv:12  [結案日期]  "2019-02-30"  value.date  日期無效');
    expect(issueLine(dateIssue, 'zh-Hans')).toContain('错误  ');
  });
  it('issueLine leaves out the row, column and value of file-level issues', () => {
    expect(issueLine(fileIssue, 'en')).toBe('warning  empty.csv  file.empty  empty file');
  });
  it('issueLine makes blank and multi-line raw values visible', () => {
    expect(issueLine({ ...dateIssue, value: '' }, 'en')).toContain('  ""  ');
    expect(issueLine({ ...dateIssue, value: 'a\nb' }, 'en')).toContain('"a\\nb"');
  });
  it('issueLine shows the escapes the loader wrote for control characters and bad bytes once, not doubled', () => {
    expect(issueLine({ ...dateIssue, value: '唯\\uFFFD亭街道' }, 'en')).toContain('  "唯\\uFFFD亭街道"  ');
  });
});

describe('fileSummary', () => {
  it('fileSummary lists dataset, encoding or sheet, and rows read, used and skipped per file, aligned', () => {
    const lines = fileSummary(reports, 'en').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^file\s+dataset\s+format\s+read\s+used\s+skipped$/);
    expect(lines[2]).toMatch(/^行政訴訟\.csv\s+litigation\s+big5\s+120\s+118\s+2$/);
    expect(lines[3]).toMatch(/^notes\.xlsx\s+\(unrecognised\)\s+xlsx:Sheet1\s+3\s+0\s+3$/);
    expect(displayWidth(lines[2]!)).toBe(displayWidth(lines[3]!));
  });
  it('fileSummary uses headers of the chosen language', () => {
    expect(fileSummary(reports, 'zh-Hant').split('\n')[0]).toMatch(/^檔案\s+資料集\s+格式／編碼\s+讀取\s+使用\s+略過$/);
    expect(fileSummary(reports, 'zh-Hans')).toContain('（未识别）');
  });
  it('fileSummary names a refused format in the chosen language, with no dataset', () => {
    const xls: FileReport = { ...reports[1]!, file: 'litigation.csv', format: 'xls', sheet: null, rowsRead: 0, rowsSkipped: 0 };
    expect(fileSummary([xls], 'zh-Hant').split('\n')[2]).toMatch(/^litigation\.csv\s+—\s+舊版 Excel（\.xls）\s+0\s+0\s+0$/);
    expect(fileSummary([xls], 'en').split('\n')[2]).toMatch(/^litigation\.csv\s+—\s+old Excel \(\.xls\)\s+0/);
  });
  it('fileSummary adds a column of the rows that count in no year when some file has them', () => {
    expect(fileSummary(reports, 'en').split('\n')[0]).not.toContain('no year');
    const lines = fileSummary([{ ...reports[0]!, rowsUndated: 7 }, reports[1]!], 'en').split('\n');
    expect(lines[0]).toMatch(/\sskipped\s+of which no year$/);
    expect(lines[2]).toMatch(/\s118\s+2\s+7$/);
    expect(lines[3]).toMatch(/\s0\s+3\s+0$/);
  });
});

describe('issueTotals', () => {
  it('issueTotals counts files and issues by severity', () => {
    expect(issueTotals({ files: reports, issues: [dateIssue, fileIssue, dateIssue] }, 'en')).toBe(
      '2 file(s): 2 error(s), 1 warning(s), 0 notice(s)',
    );
  });
});
