import type { Issue, Severity } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ISSUE_SORT, ISSUE_SORT_KEYS, nextIssueSort, sortIssues } from '../../../src/lib/quality/issue-sort.ts';

const issue = (severity: Severity, file: string, row: number | null, column: string | null, value: string | null, en: string, code = 'value.date'): Issue => ({
  severity,
  code,
  file,
  row,
  column,
  value,
  message: { 'zh-Hant': `繁 ${en}`, 'zh-Hans': `简 ${en}`, en },
});

const ISSUES: Issue[] = [
  issue('notice', 'litigation.csv', 15, null, '合计', 'subtotal', 'row.subtotal'),
  issue('error', 'decisions.csv', 1, 'unit', null, 'missing column', 'column.missing'),
  issue('warning', 'litigation.csv', 12, '被告', '园区城管局', 'unknown unit', 'unit.unknown'),
  issue('error', 'litigation.csv', 9, '立案日期', '2019-02-30', 'bad date'),
  issue('error', 'litigation.csv', 10, '立案日期', '2019-13-01', 'bad date'),
  issue('error', 'old.xls', null, null, null, 'unreadable', 'file.unreadable'),
];

/** Fisher–Yates with a fixed LCG, so the shuffles are the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const key = (i: Issue) => `${i.file}:${i.row}:${i.code}`;

describe('sortIssues', () => {
  it('by default puts errors first, then warnings, then notices; within a severity file by file and row by row (numbers as numbers)', () => {
    expect(sortIssues(ISSUES, DEFAULT_ISSUE_SORT, 'en').map(key)).toEqual([
      'decisions.csv:1:column.missing',
      'litigation.csv:9:value.date',
      'litigation.csv:10:value.date',
      'old.xls:null:file.unreadable',
      'litigation.csv:12:unit.unknown',
      'litigation.csv:15:row.subtotal',
    ]);
  });

  it('sorts rows numerically and keeps file-level issues (no row) last in both directions', () => {
    const up = sortIssues(ISSUES, { key: 'row', direction: 'ascending' }, 'en').map((i) => i.row);
    const down = sortIssues(ISSUES, { key: 'row', direction: 'descending' }, 'en').map((i) => i.row);
    expect(up).toEqual([1, 9, 10, 12, 15, null]);
    expect(down).toEqual([15, 12, 10, 9, 1, null]);
  });

  it('sorts messages in the language shown, by code points', () => {
    const issues = [issue('error', 'a.csv', 1, null, null, 'b'), issue('error', 'a.csv', 2, null, null, 'a')];
    issues[0]!.message['zh-Hans'] = '乙'; // U+4E59
    issues[1]!.message['zh-Hans'] = '甲'; // U+7532
    expect(sortIssues(issues, { key: 'message', direction: 'ascending' }, 'en').map((i) => i.row)).toEqual([2, 1]);
    expect(sortIssues(issues, { key: 'message', direction: 'ascending' }, 'zh-Hans').map((i) => i.row)).toEqual([1, 2]);
  });

  it('sorts files in the language\'s collation with numbers as numbers', () => {
    const issues = ['2019/10.csv', '2019/9.csv', 'B.csv', 'a.csv'].map((f, i) => issue('error', f, i + 1, null, null, 'x'));
    expect(sortIssues(issues, { key: 'file', direction: 'ascending' }, 'en').map((i) => i.file)).toEqual(['2019/9.csv', '2019/10.csv', 'a.csv', 'B.csv']);
  });

  it('gives the same order whatever order the issues come in, for every column and direction', () => {
    for (const k of ISSUE_SORT_KEYS) {
      for (const direction of ['ascending', 'descending'] as const) {
        const expected = sortIssues(ISSUES, { key: k, direction }, 'zh-Hant').map(key);
        for (let seed = 1; seed <= 5; seed++) expect(sortIssues(shuffled(ISSUES, seed), { key: k, direction }, 'zh-Hant').map(key), `${k} ${direction} ${seed}`).toEqual(expected);
      }
    }
  });

  it('does not reorder the array it is given', () => {
    const before = ISSUES.map(key);
    sortIssues(ISSUES, { key: 'file', direction: 'descending' }, 'en');
    expect(ISSUES.map(key)).toEqual(before);
  });

  it('puts issues with no raw value last when sorting by value, ascending or descending', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const values = sortIssues(ISSUES, { key: 'value', direction }, 'en').map((i) => i.value);
      expect(values.slice(-2), direction).toEqual([null, null]);
      expect(values.slice(0, 4).every((v) => v !== null)).toBe(true);
    }
  });
});

describe('nextIssueSort', () => {
  it('flips the direction on a second click of the same column and starts a new column ascending', () => {
    expect(nextIssueSort({ key: 'row', direction: 'ascending' }, 'row')).toEqual({ key: 'row', direction: 'descending' });
    expect(nextIssueSort({ key: 'row', direction: 'descending' }, 'row')).toEqual({ key: 'row', direction: 'ascending' });
    expect(nextIssueSort({ key: 'row', direction: 'descending' }, 'file')).toEqual({ key: 'file', direction: 'ascending' });
  });
});
