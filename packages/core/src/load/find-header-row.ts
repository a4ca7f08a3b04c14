import { isKnownHeader } from '../datasets/match-headers.ts';
import type { XlsxCell } from '../io/read-xlsx.ts';
import { cellText } from './cell-text.ts';
import { isBlankRow } from './is-blank-row.ts';

/** How many non-blank rows below a title row may hold the real header. */
const LOOKAHEAD = 3;

/**
 * Index of the header row: the first non-blank row — unless that row is a
 * title (one filled cell that names no column, e.g. `2019年行政訴訟案件統計表`)
 * and one of the next non-blank rows names at least two known columns, in
 * which case that row is the header. -1 when every row is blank.
 *
 * @example
 * findHeaderRow([[''], ['案號', '被告']]);                 // 1
 * findHeaderRow([['2019年行政訴訟案件'], ['案號', '被告']]); // 1
 */
export function findHeaderRow(rows: readonly (readonly XlsxCell[])[]): number {
  const first = rows.findIndex((row) => !isBlankRow(row));
  if (first === -1) return -1;
  const filled = filledCells(rows[first] ?? []);
  if (filled.length !== 1 || isKnownHeader(filled[0] as string)) return first;
  let looked = 0;
  for (let r = first + 1; r < rows.length && looked < LOOKAHEAD; r++) {
    const row = rows[r] ?? [];
    if (isBlankRow(row)) continue;
    looked++;
    if (filledCells(row).filter(isKnownHeader).length >= 2) return r;
  }
  return first;
}

function filledCells(row: readonly XlsxCell[]): string[] {
  return row.map((c) => cellText(c).trim()).filter((t) => t !== '');
}
