import type { XlsxCell } from '../io/read-xlsx.ts';

/**
 * True when every cell of a row is empty or whitespace: such rows are
 * neither read nor skipped (a blank line is not a record).
 *
 * @example
 * isBlankRow(['', '  ', null]); // true
 * isBlankRow(['', '-']);        // false
 */
export function isBlankRow(row: readonly (XlsxCell | undefined)[]): boolean {
  for (const cell of row) {
    if (cell == null) continue;
    if (typeof cell !== 'string') return false;
    if (cell !== '' && cell.trim() !== '') return false;
  }
  return true;
}
