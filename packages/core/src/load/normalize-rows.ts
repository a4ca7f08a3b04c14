import type { DatasetSchema } from '../datasets/dataset-schema.ts';
import type { DatasetRecords } from '../datasets/records.ts';
import type { XlsxCell } from '../io/read-xlsx.ts';
import { cellText } from './cell-text.ts';
import { createCellReader, type CellReader } from './create-cell-reader.ts';
import { isBlankRow } from './is-blank-row.ts';
import { isSubtotalLabel } from './is-subtotal-label.ts';
import type { NormalizeContext, NormalizedRows } from './normalize-context.ts';
import { RowNormalizer } from './row-normalizer.ts';

/**
 * Validates and normalises the data rows below a header row against a
 * dataset schema: matches the headers, reads every cell with its column's
 * memoised reader, skips sub-total and footer rows with a notice, turns a
 * bad required cell into an error (row skipped) and a bad optional cell
 * into a warning (value blank, row used), resolves units, rejects repeated
 * identities, and builds the records. Always rowsRead = rowsUsed +
 * rowsSkipped, and every skipped row has an issue (or the file has a
 * file-level one). The row rules are shared with the columnar reader of
 * large CSV files (`normalizeColumns`).
 *
 * @example
 * const out = normalizeRows(rows, 0, { file: 'litigation.csv', schema: litigationSchema, units, seen: new Map(), issues });
 */
export function normalizeRows<K extends keyof DatasetRecords>(
  rows: readonly XlsxCell[][],
  headerIndex: number,
  context: NormalizeContext & { schema: DatasetSchema<K> },
): NormalizedRows<DatasetRecords[K]> {
  const { more = [] } = context;
  const headers = (rows[headerIndex] ?? []).map((c) => cellText(c).trim());
  const n = new RowNormalizer<K, readonly XlsxCell[]>(headers, headerIndex, context, rows.length, {
    raw: (cells, cell) => cellText(cells[cell]),
    texts: (cells) => cells.map(cellText),
  });

  if (n.missingColumns) {
    let rowsRead = 0;
    for (let r = headerIndex + 1; r < rows.length; r++) if (!isBlankRow(rows[r] ?? [])) rowsRead++;
    for (const chunk of more) for (const row of chunk) if (!isBlankRow(row)) rowsRead++;
    return n.missingResult(rowsRead);
  }

  const { present, cellIndex, labelCells } = n;
  const readers: CellReader[] = present.map((c) => createCellReader(c));
  const slots = present.length;

  // A row repeating the header. Plain comparisons rather than a Set: hashing every row's first cell would cost more than the rare hit saves.
  const repeatsHeader = (cells: readonly XlsxCell[]) => {
    const first = cells[cellIndex[0] as number];
    if (typeof first !== 'string' || !n.isHeaderSpelling(first, 0)) return false;
    let same = 0;
    for (let i = 0; i < slots; i++) {
      const cell = cells[cellIndex[i] as number];
      if (typeof cell === 'string' && n.isHeaderSpelling(cell, i)) same++;
    }
    return n.repeatsHeader(same);
  };

  const handleRow = (cells: readonly XlsxCell[], rowNumber: number): void => {
    n.startRow();
    const label = subtotalLabel(cells, labelCells);
    if (label !== null) {
      n.skipRow('row.subtotal', rowNumber, label);
      return;
    }
    if (repeatsHeader(cells)) {
      n.skipRow('row.header', rowNumber, cellText(cells[cellIndex[0] as number]).trim());
      return;
    }
    for (let i = 0; i < slots; i++) n.cell(cells, i, (readers[i] as CellReader)(cells[cellIndex[i] as number]));
    n.finishRow(cells, rowNumber);
  };

  let rowNumber = headerIndex + 1;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    rowNumber++;
    n.progress(rowNumber);
    const cells = rows[r] ?? [];
    if (!isBlankRow(cells)) handleRow(cells, rowNumber);
  }
  for (const chunk of more) {
    for (const cells of chunk) {
      rowNumber++;
      n.progress(rowNumber);
      if (!isBlankRow(cells)) handleRow(cells, rowNumber);
    }
  }
  return n.result();
}

function subtotalLabel(cells: readonly XlsxCell[], labelCells: readonly number[]): string | null {
  for (const i of labelCells) {
    const cell = cells[i];
    if (typeof cell === 'string' && isSubtotalLabel(cell)) return cell.trim();
  }
  return null;
}
