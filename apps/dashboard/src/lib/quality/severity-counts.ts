import type { Issue, Severity } from '@fazhi/core';

/** How many issues of each severity. */
export type SeverityCounts = Record<Severity, number>;

/** The severities from worst to mildest, the order counts are shown in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/**
 * Counts the issues by severity, for all files together and for each file.
 * A file without issues has no entry in `byFile` (read it as all zeros).
 *
 * @example
 * const { all, byFile } = severityCounts(data.issues);
 * all.error; // 4
 * byFile.get('decisions.csv')?.error; // 1
 */
export function severityCounts(issues: readonly Issue[]): { all: SeverityCounts; byFile: Map<string, SeverityCounts> } {
  const all: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  const byFile = new Map<string, SeverityCounts>();
  for (const issue of issues) {
    all[issue.severity]++;
    let counts = byFile.get(issue.file);
    if (counts === undefined) byFile.set(issue.file, (counts = { error: 0, warning: 0, notice: 0 }));
    counts[issue.severity]++;
  }
  return { all, byFile };
}
