import type { DatasetSchema } from '../datasets/dataset-schema.ts';
import type { DatasetRecords, RecordSource } from '../datasets/records.ts';
import type { UnitRegistry } from '../datasets/unit-registry.ts';
import type { XlsxCell } from '../io/read-xlsx.ts';
import type { Issue } from '../issues/issue.ts';
import { cellText } from './cell-text.ts';
import { createCellReader, type CellReader } from './create-cell-reader.ts';
import type { FileReport } from './data-set.ts';
import { isBlankRow } from './is-blank-row.ts';
import { isSubtotalLabel } from './is-subtotal-label.ts';
import { RowNormalizer } from './row-normalizer.ts';

/**
 * Where each record identity of a dataset (the value of its key column,
 * e.g. the case number, or of its key columns joined) was first seen. The
 * files of one dataset share it, so that a repeat in a later file is
 * reported with the place of the first. A `Map` will do; the loader uses
 * its faster open-addressing `IdentityIndex`.
 *
 * @example
 * const seen: IdentitySeen = new Map();
 * seen.set('(2019)苏0591行初1号', { file: 'a.csv', row: 2 });
 * seen.get('(2019)苏0591行初1号'); // { file: 'a.csv', row: 2 }
 * seen.get('(2019)苏0591行初2号'); // undefined
 */
export interface IdentitySeen {
  /** Where the identity was first seen, or undefined when it was not seen yet. */
  get(identity: string): RecordSource | undefined;
  /** Records where the identity was first seen (called only after a `get` that returned undefined). */
  set(identity: string, source: RecordSource): unknown;
}

/**
 * What {@link normalizeRows} needs besides the rows.
 *
 * @example
 * const ctx: NormalizeContext = { file: 'a.csv', schema: litigationSchema, units: new UnitRegistry(), seen: new Map(), issues: [] };
 */
export interface NormalizeContext {
  /** File name, for issues and record sources. */
  file: string;
  /** The dataset's schema: its columns, their aliases and types, and the identity columns. */
  schema: DatasetSchema;
  /** Shared by every file of the load, so the first spelling seen is canonical. */
  units: UnitRegistry;
  /** Identities already used in this dataset (earlier files), → where first seen. Updated. */
  seen: IdentitySeen;
  /** Issues of this file are appended here. */
  issues: Issue[];
  /** Called every 65,536 rows with the rows done and the file's row count (for progress bars). Default: none. */
  onRows?: (done: number, total: number) => void;
  /**
   * Rows that follow `rows`, chunk by chunk (a large CSV file read in
   * pieces); their numbering continues after `rows`. Default: none.
   */
  more?: Iterable<readonly XlsxCell[][]>;
  /** The file's row count for progress when `more` is given (an estimate is fine). Default: the rows given. */
  rowsTotal?: number;
}

/**
 * The records and accounting of one file.
 *
 * @example
 * const { rowsRead, rowsUsed, rowsSkipped } = normalizeRows(rows, 0, ctx); // rowsRead === rowsUsed + rowsSkipped
 */
export interface NormalizedRows<R> {
  /** The records built from the rows used, in row order. */
  records: R[];
  /** Header cells matched to canonical columns, in file order, as {@link FileReport.columns}. */
  columns: FileReport['columns'];
  /** Data rows below the header, blank lines excluded. */
  rowsRead: number;
  /** Rows that became records (`records.length`). */
  rowsUsed: number;
  /** Rows reported and not used (errors, sub-totals, footers, repeated headers and identities). */
  rowsSkipped: number;
  /** Of the rows used, those that count in no year, as {@link FileReport.rowsUndated}. */
  rowsUndated: number;
}

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
