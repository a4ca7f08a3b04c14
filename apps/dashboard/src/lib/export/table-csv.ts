import { escapeCsvCell } from '@fazhi/core';
import type { ExportTable } from './export-table.ts';

/**
 * A table as CSV text for spreadsheets: a UTF-8 byte-order mark first (so
 * Excel reads Chinese text as UTF-8), the header row, then one line per row,
 * lines ended by CRLF (RFC 4180). Every cell goes through core's
 * `escapeCsvCell`: numbers stay numbers, text that a spreadsheet would run as
 * a formula (`=`, `+`, `-`, `@` …) gets a leading `'`, and cells with commas,
 * quotes or line breaks are quoted. Null gives an empty cell.
 *
 * @example
 * tableCsv({ name: 'r', headers: ['单位', '总分'], rows: [['司法局', 96.5]] });
 * // '\uFEFF单位,总分\r\n司法局,96.5\r\n'
 */
export function tableCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map((cell) => escapeCsvCell(cell)).join(','));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
