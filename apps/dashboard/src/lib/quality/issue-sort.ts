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
 * last, texts in the language's collation with numbers compared as numbers
 * (`row 9` before `row 10`), the message in the language shown. Missing
 * cells (no column, no raw value) sort last whichever the direction.
 *
 * @example
 * sortIssues(data.issues, { key: 'row', direction: 'descending' }, 'en');
 */
export function sortIssues(issues: readonly Issue[], sort: IssueSort, lang: Lang): Issue[] {
  const collator = new Intl.Collator(LANG_TAGS[lang], { numeric: true });
  const text = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : collator.compare(a, b) || (a < b ? -1 : 1));
  const byKey = (key: IssueSortKey, a: Issue, b: Issue): number => {
    switch (key) {
      case 'severity':
        return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
      case 'file':
        return text(a.file, b.file);
      case 'row':
        return a.row === b.row ? 0 : a.row === null ? 1 : b.row === null ? -1 : a.row - b.row;
      case 'column':
        return text(a.column, b.column);
      case 'value':
        return text(a.value, b.value);
      case 'message':
        return text(a.message[lang], b.message[lang]);
    }
  };
  const isMissing = (issue: Issue): boolean => (sort.key === 'row' ? issue.row : sort.key === 'column' ? issue.column : sort.key === 'value' ? issue.value : '') === null;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...issues].sort((a, b) => {
    const missing = Number(isMissing(a)) - Number(isMissing(b));
    if (missing !== 0) return missing;
    return (
      sign * byKey(sort.key, a, b) ||
      byKey('severity', a, b) ||
      byKey('file', a, b) ||
      byKey('row', a, b) ||
      byKey('column', a, b) ||
      text(a.code, b.code) ||
      byKey('value', a, b) ||
      byKey('message', a, b)
    );
  });
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
