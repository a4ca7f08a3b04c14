import type { XlsxCell } from '../io/read-xlsx.ts';
import { isBlankRow } from './is-blank-row.ts';

/**
 * Index of the header row: the first non-blank row; -1 when every row is
 * blank.
 *
 * @example
 * findHeaderRow([[''], ['案號', '被告']]); // 1
 */
export function findHeaderRow(rows: readonly (readonly XlsxCell[])[]): number {
  return rows.findIndex((row) => !isBlankRow(row));
}
