import type { FileReport } from '@fazhi/core';

/**
 * Why the loaded files give no year to show, when they give none:
 * `undated` when used rows count in no year (every date that gives their
 * year is blank or unreadable), `no-rows` when not one row was used.
 *
 * @example
 * const reason: EmptyDataReason = { kind: 'undated', undated: 200000 };
 */
export type EmptyDataReason = { kind: 'undated'; undated: number } | { kind: 'no-rows' };

/**
 * The reason the overview states instead of looking empty: null while some
 * year has indicator rows (`years` not empty) or no file is loaded; else
 * rows that count in no year, if any, else no row used at all; else null
 * (rows were used, but none that any indicator counts — the overview's own
 * "no data" line covers that).
 *
 * @example
 * emptyDataReason([{ rowsUsed: 200000, rowsUndated: 200000 }], []); // { kind: 'undated', undated: 200000 }
 * emptyDataReason([{ rowsUsed: 0, rowsUndated: 0 }], []); // { kind: 'no-rows' }
 * emptyDataReason([{ rowsUsed: 10, rowsUndated: 2 }], [2019]); // null
 */
export function emptyDataReason(files: readonly Pick<FileReport, 'rowsUsed' | 'rowsUndated'>[], years: readonly number[]): EmptyDataReason | null {
  if (years.length > 0 || files.length === 0) return null;
  const undated = files.reduce((sum, f) => sum + f.rowsUndated, 0);
  const used = files.reduce((sum, f) => sum + f.rowsUsed, 0);
  if (undated > 0) return { kind: 'undated', undated };
  return used === 0 ? { kind: 'no-rows' } : null;
}
