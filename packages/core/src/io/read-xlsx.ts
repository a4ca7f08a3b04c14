import readXlsxFile from 'read-excel-file/universal';
import { checkXlsxSize } from './xlsx-limits.ts';

/**
 * A cell as an XLSX file holds it: text, number, boolean, date (UTC midnight for a date cell) or empty.
 *
 * @example
 * const cells: XlsxCell[] = ['案號', 43595, true, new Date(Date.UTC(2019, 4, 10)), null];
 */
export type XlsxCell = string | number | boolean | Date | null;

/**
 * Options of {@link readXlsx}.
 *
 * @example
 * await readXlsx(bytes, { sheet: '案卷評查' });
 */
export interface ReadXlsxOptions {
  /** Sheet to read, by name. Default: the first sheet. */
  sheet?: string;
}

/**
 * The rows of one sheet.
 *
 * @example
 * const { sheet, rows }: XlsxSheet = await readXlsx(bytes);
 */
export interface XlsxSheet {
  /** Name of the sheet read. */
  sheet: string;
  /** Rows of cells; index + 1 is the row number Excel shows. */
  rows: XlsxCell[][];
}

/**
 * Reads one sheet of an XLSX file from its bytes, with the environment-free
 * entry of read-excel-file (no Node streams, no workers), so the same code
 * runs in the browser and in Node. Throws when the bytes are not an XLSX
 * file or the named sheet does not exist, and `XlsxSizeError` (before
 * inflating anything) when the archive's entries declare more than
 * `maxXlsxUnpackedBytes`.
 *
 * @example
 * const { sheet, rows } = await readXlsx(bytes); // first sheet
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<XlsxSheet> {
  checkXlsxSize(bytes);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer, { trim: false });
  const found = options.sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === options.sheet);
  if (!found) {
    throw new Error(options.sheet === undefined ? 'the workbook has no sheet' : `no sheet named "${options.sheet}" (sheets: ${sheets.map((s) => s.sheet).join(', ')})`);
  }
  return { sheet: found.sheet, rows: found.data as unknown as XlsxCell[][] };
}
