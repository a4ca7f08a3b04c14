import type { Issue, Lang, Severity } from '@fazhi/core';
import { LANG_TAGS } from '../i18n/lang.ts';

/** The columns the issues table sorts by. */
export const ISSUE_SORT_KEYS = ['severity', 'file', 'row', 'column', 'value', 'message'] as const;

/** A column the issues table sorts by. */
export type IssueSortKey = (typeof ISSUE_SORT_KEYS)[number];

/**
 * How the issues table is sorted: by one column, ascending or descending;
 * ties are broken by severity, file, row, column, code, value and message,
 * so the order never depends on the order the issues came in.
 *
 * @example
 * const sort: IssueSort = { key: 'row', direction: 'ascending' };
 */
export interface IssueSort {
  key: IssueSortKey;
  direction: 'ascending' | 'descending';
}

/** The table's first order: the worst first, then file by file, row by row. */
export const DEFAULT_ISSUE_SORT: IssueSort = { key: 'severity', direction: 'ascending' };

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, notice: 2 };

/**
 * The issues sorted as the table shows them (a new array). Severity sorts
 * from error to notice, rows by number with file-level issues (no row)
 * last; files and columns in the language's collation with numbers compared
 * as numbers (`2019/9.csv` before `2019/10.csv`); raw values and messages
 * (the message in the language shown) in code-point order, which groups
 * like messages and stays fast when a bad file gives 100,000 of them (a
 * collation of that many distinct sentences took seconds). Missing cells (no
 * column, no raw value) sort last whichever the direction.
 *
 * @example
 * sortIssues(data.issues, { key: 'row', direction: 'descending' }, 'en');
 */
export function sortIssues(issues: readonly Issue[], sort: IssueSort, lang: Lang): Issue[] {
  const collator = new Intl.Collator(LANG_TAGS[lang], { numeric: true });
  const fileRank = ranks(issues.map((i) => i.file), collator);
  const columnRank = ranks(issues.map((i) => i.column), collator);
  const keyed = issues.map((issue): Keyed => ({
    issue,
    severity: SEVERITY_RANK[issue.severity],
    file: fileRank.get(issue.file) ?? 0,
    row: issue.row,
    column: issue.column === null ? null : (columnRank.get(issue.column) ?? 0),
    value: issue.value,
    message: issue.message[lang],
  }));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = sort.key;
  keyed.sort((a, b) => {
    const missing = Number(a[key] === null) - Number(b[key] === null);
    return (
      missing ||
      sign * compareKeys(a[key], b[key]) ||
      a.severity - b.severity ||
      a.file - b.file ||
      compareKeys(a.row, b.row) ||
      compareKeys(a.column, b.column) ||
      compareKeys(a.issue.code, b.issue.code) ||
      compareKeys(a.value, b.value) ||
      compareKeys(a.message, b.message)
    );
  });
  return keyed.map((k) => k.issue);
}

/** An issue with its sort keys worked out once (a comparator called a million times must not redo them). */
interface Keyed {
  issue: Issue;
  severity: number;
  file: number;
  row: number | null;
  column: number | null;
  value: string | null;
  message: string;
}

/** Each distinct text's place in the collation (code points breaking ties), so that sorting compares numbers. */
function ranks(values: readonly (string | null)[], collator: Intl.Collator): Map<string, number> {
  const distinct = [...new Set(values)].filter((v): v is string => v !== null);
  distinct.sort((a, b) => collator.compare(a, b) || compareKeys(a, b));
  return new Map(distinct.map((v, i) => [v, i]));
}

/** Numbers by value, texts by code points; null after everything. */
function compareKeys(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The sort after a click on a column header: the same column flips its
 * direction, another column starts ascending.
 *
 * @example
 * nextIssueSort({ key: 'row', direction: 'ascending' }, 'row'); // { key: 'row', direction: 'descending' }
 */
export function nextIssueSort(current: IssueSort, key: IssueSortKey): IssueSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
