import type { Cell, SheetData } from 'write-excel-file/universal';
import type { ExportCell, ExportTable } from './export-table.ts';

/** The MIME type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A table as an .xlsx workbook of one sheet: the header row in bold, then the
 * rows; numbers are written as numbers (a spreadsheet can add them up), text as
 * text (an XLSX text cell is never run as a formula, so it needs no escaping),
 * null and non-finite numbers as empty cells.
 *
 * The `universal` entry of write-excel-file is used: it writes the same bytes
 * as the `browser` one and also runs in Node, where the tests read the file back.
 * It is imported on the first export, not with the page (170 KB of script).
 *
 * @example
 * const blob = await tableXlsx({ name: 'ranking-2019', headers: ['单位', '总分'], rows: [['司法局', 96.5]] });
 * download(blob, 'ranking-2019.xlsx');
 */
export async function tableXlsx(table: ExportTable): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const header: Cell[] = table.headers.map((value) => ({ value, type: String, fontWeight: 'bold' }));
  const data: SheetData = [header, ...table.rows.map((row) => row.map(xlsxCell))];
  const blob = await writeExcelFile(data, { sheet: sheetName(table.name) }).toBlob();
  return blob.type === XLSX_TYPE ? blob : new Blob([blob], { type: XLSX_TYPE });
}

function xlsxCell(cell: ExportCell): Cell {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, type: Number } : null;
  if (typeof cell === 'boolean') return { value: cell, type: Boolean };
  return { value: cell, type: String };
}

// Excel refuses sheet names longer than 31 characters or containing : \ / ? * [ ].
function sheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
  return clean === '' ? 'Sheet1' : clean;
}
