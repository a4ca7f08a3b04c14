/** A cell of an exported table: numbers stay numbers (a spreadsheet can add them up), text stays text. */
export type ExportCell = string | number | boolean | null;

/**
 * A table as the user downloads it (CSV or XLSX): the file's base name, the
 * column headers in the user's language, and the rows.
 *
 * @example
 * const table: ExportTable = { name: 'ranking-2019', headers: ['单位', '总分', '排名'], rows: [['司法局', 96.5, 1]] };
 */
export interface ExportTable {
  /** The file name without extension, e.g. `ranking-2019`. */
  name: string;
  headers: string[];
  rows: ExportCell[][];
}
