import type { FileReport, Issue } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { writeValidationJson } from '../../src/format/write-validation-json.ts';

const file: FileReport = {
  file: 'litigation.csv', format: 'csv', encoding: 'gb18030', sheet: null, dataset: 'litigation', recognizedBy: 'name',
  columns: [{ header: '案号', column: 'case_no' }, { header: '备注', column: null }], rowsRead: 3, rowsUsed: 2, rowsSkipped: 1, rowsUndated: 0,
};
function issue(row: number): Issue {
  return {
    severity: 'error', code: 'value.date', file: 'litigation.csv', row, column: '立案日期', value: '2019-02-30',
    message: { 'zh-Hant': '日期無效', 'zh-Hans': '日期无效', en: 'invalid "date"\nfix it' },
  };
}

function capture(report: { files: FileReport[]; issues: Issue[] }): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  writeValidationJson({ write: (chunk: string) => { text += chunk; writes += 1; } }, report);
  return { text, writes };
}

describe('writeValidationJson', () => {
  it('writeValidationJson writes one parseable object {files, issues} equal to its input', () => {
    const report = { files: [file, { ...file, file: 'b.csv' }], issues: [issue(2), issue(3)] };
    const { text } = capture(report);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text) as typeof report;
    expect(Object.keys(parsed)).toEqual(['files', 'issues']);
    expect(parsed).toEqual(report);
  });
  it('writeValidationJson puts one file report or issue on each line', () => {
    const { text } = capture({ files: [file], issues: [issue(2), issue(3)] });
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('{"file":'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('{"severity":'))).toHaveLength(2);
  });
  it('writeValidationJson writes empty arrays for no files and no issues', () => {
    expect(capture({ files: [], issues: [] }).text).toBe('{"files":[],"issues":[]}\n');
  });
  it('writeValidationJson streams many issues in batches and they all parse back in order', () => {
    const issues = Array.from({ length: 12_001 }, (_, i) => issue(i + 2));
    const { text, writes } = capture({ files: [file], issues });
    expect(writes).toBeLessThan(20);
    expect((JSON.parse(text) as { issues: Issue[] }).issues.map((i) => i.row)).toEqual(issues.map((i) => i.row));
  });
});
