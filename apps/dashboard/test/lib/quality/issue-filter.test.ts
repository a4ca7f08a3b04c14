import type { Issue, Severity } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { filterIssues, NO_ISSUE_FILTER } from '../../../src/lib/quality/issue-filter.ts';

const issue = (severity: Severity, file: string, row: number): Issue => ({ severity, code: 'x', file, row, column: null, value: null, message: { 'zh-Hant': '', 'zh-Hans': '', en: '' } });
const ISSUES = [issue('error', 'a.csv', 2), issue('warning', 'b.csv', 3), issue('error', 'b.csv', 4), issue('notice', 'a.csv', 5)];

describe('filterIssues', () => {
  it('lets every issue through with no filter', () => {
    expect(filterIssues(ISSUES, NO_ISSUE_FILTER)).toEqual(ISSUES);
  });

  it('keeps one severity, one file, or both, in the order given', () => {
    expect(filterIssues(ISSUES, { severity: 'error', file: null }).map((i) => i.row)).toEqual([2, 4]);
    expect(filterIssues(ISSUES, { severity: null, file: 'a.csv' }).map((i) => i.row)).toEqual([2, 5]);
    expect(filterIssues(ISSUES, { severity: 'error', file: 'b.csv' }).map((i) => i.row)).toEqual([4]);
  });

  it('gives nothing for a file or severity with no issues', () => {
    expect(filterIssues(ISSUES, { severity: 'notice', file: 'b.csv' })).toEqual([]);
    expect(filterIssues(ISSUES, { severity: null, file: 'c.csv' })).toEqual([]);
  });
});
