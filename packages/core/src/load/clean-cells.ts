import type { CsvColumns } from '../io/csv-columns.ts';
import type { XlsxCell } from '../io/read-xlsx.ts';
import type { PackedCsvColumns } from '../io/unpack-csv-columns.ts';

/** A character no cell should hold: a C0 control other than tab, line feed and carriage return, or U+FFFD (bytes invalid in the file's encoding). */
const UNWANTED = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFD]/;
const UNWANTED_ALL = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFD]/g;
/** {@link UNWANTED} but NUL, which separates the texts of a packed column. */
const UNWANTED_BUT_NUL = /[\x01-\x08\x0B\x0C\x0E-\x1F\uFFFD]/;

/**
 * One cell that held unwanted characters, and what it was cleaned to.
 *
 * @example
 * const hit: CellHit = { row: 3, column: 1, raw: '唯亭\u0000街道', cleaned: '唯亭街道' };
 */
export interface CellHit {
  /** The row as a spreadsheet numbers it (index + 1). */
  row: number;
  /** The column index (0-based). */
  column: number;
  /** The cell as read. */
  raw: string;
  /** The cell without its unwanted characters. */
  cleaned: string;
}

/**
 * True when a text may hold a character that no cell should — a C0
 * control other than tab, LF and CR (NUL included), or U+FFFD — so that
 * the cells of a file are looked at one by one only when its whole text
 * (one regex test) says so.
 *
 * @example
 * mayHoldUnwanted('案號,被告單位\n1,唯亭\u0000街道\n'); // true
 */
export function mayHoldUnwanted(text: string): boolean {
  return UNWANTED.test(text);
}

/**
 * {@link mayHoldUnwanted} for packed columns: one test per column's text
 * (a column whose texts hold a NUL is kept as separate values).
 *
 * @example
 * packedMayHoldUnwanted({ rowCount: 1, columns: [{ ids: Int32Array.of(0), count: 1, text: '唯亭\x01街道\0', values: null }] }); // true
 */
export function packedMayHoldUnwanted(packed: PackedCsvColumns): boolean {
  return packed.columns.some((c) => c.values !== null || UNWANTED_BUT_NUL.test(c.text ?? ''));
}

/**
 * A cell text with each unwanted character written as a `\uXXXX` escape,
 * safe to print: `唯亭\u0000街道`.
 *
 * @example
 * escapeUnwanted('唯亭\0街道'); // '唯亭\\u0000街道'
 */
export function escapeUnwanted(text: string): string {
  return text.replace(UNWANTED_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Removes the unwanted characters from every cell of dictionary-encoded
 * columns (in place: each distinct text once) and lists the cells that
 * held any in reading order — by row, then column — as {@link cleanRows}
 * does, so that both CSV paths report them in the same order.
 *
 * @example
 * const hits = cleanColumns(table); // [{ row: 2, column: 1, raw: '唯亭\u0000街道', cleaned: '唯亭街道' }]
 */
export function cleanColumns(table: CsvColumns): CellHit[] {
  const hits: CellHit[] = [];
  table.columns.forEach((column, c) => {
    const values = column.values as string[];
    const dirty = new Map<number, string>();
    for (let id = 0; id < values.length; id++) {
      const value = values[id] as string;
      if (!UNWANTED.test(value)) continue;
      dirty.set(id, value);
      values[id] = value.replace(UNWANTED_ALL, '');
    }
    if (dirty.size === 0) return;
    for (let r = 0; r < table.rowCount; r++) {
      const id = column.ids[r] ?? -1;
      const raw = dirty.get(id);
      if (raw !== undefined) hits.push({ row: r + 1, column: c, raw, cleaned: values[id] as string });
    }
  });
  // found column by column; a file with damage in several columns would otherwise list its issues in another order than the rows path
  return hits.sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * Removes the unwanted characters from the text cells of rows (in place),
 * appending the cells that held any to `hits`; `first` is the row number
 * of `rows[0]`.
 *
 * @example
 * const hits: CellHit[] = [];
 * cleanRows([['唯亭\0街道']], 2, hits); // hits: [{ row: 2, column: 0, raw: '唯亭\u0000街道', cleaned: '唯亭街道' }]
 */
export function cleanRows(rows: XlsxCell[][], first: number, hits: CellHit[]): void {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as XlsxCell[];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== 'string' || !UNWANTED.test(cell)) continue;
      const cleaned = cell.replace(UNWANTED_ALL, '');
      row[c] = cleaned;
      hits.push({ row: first + r, column: c, raw: cell, cleaned });
    }
  }
}
