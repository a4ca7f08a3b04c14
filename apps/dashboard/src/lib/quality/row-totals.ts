import type { FileReport } from '@fazhi/core';

/**
 * The rows of every file together: read = used + skipped, and of the used,
 * those that count in no year.
 *
 * @example
 * const t: RowTotals = { read: 14, used: 14, skipped: 0, undated: 12 };
 */
export interface RowTotals {
  read: number;
  used: number;
  skipped: number;
  /** Of `used`, the rows that count in no year (`FileReport.rowsUndated`). */
  undated: number;
}

/**
 * Sums the files' row accounting, for the quality view's summary line.
 *
 * @example
 * rowTotals([{ rowsRead: 14, rowsUsed: 14, rowsSkipped: 0, rowsUndated: 12 }, { rowsRead: 3, rowsUsed: 2, rowsSkipped: 1, rowsUndated: 0 }]);
 * // { read: 17, used: 16, skipped: 1, undated: 12 }
 */
export function rowTotals(files: readonly Pick<FileReport, 'rowsRead' | 'rowsUsed' | 'rowsSkipped' | 'rowsUndated'>[]): RowTotals {
  const totals: RowTotals = { read: 0, used: 0, skipped: 0, undated: 0 };
  for (const f of files) {
    totals.read += f.rowsRead;
    totals.used += f.rowsUsed;
    totals.skipped += f.rowsSkipped;
    totals.undated += f.rowsUndated;
  }
  return totals;
}
