import type { Issue, Severity } from '@fazhi/core';

/**
 * Which issues the table shows: one severity and one file, or null for all.
 *
 * @example
 * const filter: IssueFilter = { severity: 'error', file: null };
 */
export interface IssueFilter {
  severity: Severity | null;
  file: string | null;
}

/** Every issue shown. */
export const NO_ISSUE_FILTER: IssueFilter = { severity: null, file: null };

/**
 * The issues the filter lets through, in their order.
 *
 * @example
 * filterIssues(data.issues, { severity: 'error', file: 'litigation.csv' }); // that file's errors
 */
export function filterIssues(issues: readonly Issue[], filter: IssueFilter): Issue[] {
  return issues.filter((i) => (filter.severity === null || i.severity === filter.severity) && (filter.file === null || i.file === filter.file));
}
