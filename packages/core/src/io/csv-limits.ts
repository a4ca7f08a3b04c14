/**
 * The most cells a row of a CSV file may have. The widest dataset has a few
 * dozen columns, so a row wider than this is not a table export but a
 * broken or hostile file (one line of `a,a,a,…`); refusing it keeps the
 * memory a file costs proportional to its size whatever its shape.
 *
 * @example
 * MAX_COLUMNS; // 1000
 */
export const MAX_COLUMNS = 1000;

/**
 * The most characters (UTF-16 code units, as `string.length` counts them) a
 * cell of a CSV file may hold: 32 KiB — Excel itself stops at 32,767 per
 * cell, so a longer cell was not made by a spreadsheet; usually it is a
 * quote that was opened and never closed, swallowing the rest of the file.
 *
 * @example
 * MAX_CELL_LENGTH; // 32768
 */
export const MAX_CELL_LENGTH = 32_768;

/**
 * The most row × column slots (4 bytes each) a table scanned into columns
 * may have: two per byte (or character) of the text, plus 2^20. Every row
 * has a slot in every column, so a ragged table — a wide row over many
 * short lines — would cost far more than its text; it is read as rows
 * instead, which cost per cell present. A table of non-empty cells has at
 * most one slot per two bytes (a cell and its delimiter), so it never
 * reaches the limit, even with the room for rows doubled.
 *
 * @example
 * maxSlots(1000); // 1_050_576
 */
export function maxSlots(length: number): number {
  return 2 * length + (1 << 20);
}

/**
 * Which limit a CSV file broke: `columns` ({@link MAX_COLUMNS}), `cell`
 * ({@link MAX_CELL_LENGTH}), or `quote` (a quoted cell never closed that
 * runs past MAX_CELL_LENGTH, or, when the caller asks for strict quotes,
 * takes line breaks — rows — with it).
 *
 * @example
 * const kind: CsvLimitKind = 'columns';
 */
export type CsvLimitKind = 'columns' | 'cell' | 'quote';

/**
 * Thrown by the CSV scanners when a file breaks one of the limits, before
 * anything sized by the offending row or cell is allocated. The loader
 * turns it into an error issue for that file alone.
 *
 * @example
 * try { parseCsv('a,'.repeat(5000)); } catch (error) { if (error instanceof CsvLimitError) error.row; } // 1
 */
export class CsvLimitError extends Error {
  constructor(
    /** The limit broken. */
    readonly kind: CsvLimitKind,
    /** The row (1-based, as a spreadsheet numbers it) where the wide row is, the long cell is, or the quote opened. */
    readonly row: number,
    /** The column (1-based) of the first cell past the limit, or of the long cell. */
    readonly column: number,
    /** The limit: {@link MAX_COLUMNS} or {@link MAX_CELL_LENGTH}. */
    readonly limit: number,
  ) {
    super(`CSV ${kind} limit (${limit}) broken at row ${row}, column ${column}`);
    this.name = 'CsvLimitError';
  }
}
