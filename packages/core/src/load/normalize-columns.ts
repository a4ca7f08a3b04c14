import type { DatasetSchema } from '../datasets/dataset-schema.ts';
import type { DatasetRecords } from '../datasets/records.ts';
import type { CsvColumn, CsvColumns } from '../io/csv-columns.ts';
import { blankRowTest } from './blank-row-test.ts';
import { CellFailure } from './cell-failure.ts';
import { createCellReader, type CellReader } from './create-cell-reader.ts';
import { identityClasses } from './identity-classes.ts';
import { IdentityIndex } from './identity-index.ts';
import { isSubtotalLabel } from './is-subtotal-label.ts';
import type { NormalizeContext, NormalizedRows } from './normalize-context.ts';
import { RowNormalizer } from './row-normalizer.ts';

/** Marks a dictionary entry whose value is not read yet. */
const UNREAD: unique symbol = Symbol('unread');
const EMPTY_COLUMN: CsvColumn = { ids: new Int32Array(0), values: [] };

/**
 * {@link normalizeRows} for a CSV file read as dictionary-encoded columns
 * ({@link scanCsvColumns}): the same records, issues (same order, rows,
 * columns, raw values) and accounting, but every per-cell step is done once
 * per distinct text of a column — the parsed value, the blank test, the
 * sub-total and header-spelling tests — so the row loop only indexes
 * arrays. The row rules themselves are {@link RowNormalizer}'s, shared
 * with {@link normalizeRows}. `context.more` is ignored (the table is the
 * whole file).
 *
 * @example
 * const table = scanCsvColumns(text);
 * if (table !== null) normalizeColumns(table, 0, { file: 'litigation.csv', schema: litigationSchema, units, seen: new Map(), issues });
 */
export function normalizeColumns<K extends keyof DatasetRecords>(
  table: CsvColumns,
  headerIndex: number,
  context: NormalizeContext & { schema: DatasetSchema<K> },
): NormalizedRows<DatasetRecords[K]> {
  const { rowCount } = table;
  const headers = table.row(headerIndex).map((c) => c.trim());
  const n = new RowNormalizer<K, number>(headers, headerIndex, context, rowCount, {
    raw: (r, cell) => {
      const column = table.columns[cell];
      const id = column?.ids[r] ?? -1;
      return id === -1 ? '' : (column?.values[id] as string);
    },
    texts: (r) => table.row(r),
  });

  const isBlank = blankRowTest(table);
  if (n.missingColumns) {
    let rowsRead = 0;
    for (let r = headerIndex + 1; r < rowCount; r++) if (!isBlank(r)) rowsRead++;
    return n.missingResult(rowsRead);
  }

  const { present, cellIndex, labelCells } = n;
  // Per present column: its ids, texts, and the value of each text once read.
  const slotColumns = cellIndex.map((i) => table.columns[i] ?? EMPTY_COLUMN);
  const slotIds = slotColumns.map((c) => c.ids);
  const slotTexts = slotColumns.map((c) => c.values);
  const readers: CellReader[] = present.map((c) => createCellReader(c, { memoize: false }));
  // A column of nearly all distinct texts (identifiers) is read cell by cell: a memo would only cost memory.
  const memoized = slotColumns.map((c) => c.values.length * 2 <= rowCount);
  const slotValues: unknown[][] = slotColumns.map((c, i) => (memoized[i] === true ? new Array<unknown>(c.values.length).fill(UNREAD) : []));
  const absentValues = readers.map((read) => read(undefined));
  if (context.seen instanceof IdentityIndex && context.seen.isEmpty) {
    checkRepeatsByText(n, context.seen, context.file, slotColumns, readers, memoized, slotValues);
  }

  // Sub-total labels, tested once per distinct text of each label column (0 = not yet, 1 = label, 2 = not).
  const labelColumns = labelCells.map((i) => table.columns[i] ?? EMPTY_COLUMN);
  const labelStates = labelColumns.map((c) => new Uint8Array(c.values.length));
  const subtotalLabel = (r: number): string | null => {
    for (let k = 0; k < labelColumns.length; k++) {
      const column = labelColumns[k] as CsvColumn;
      const id = column.ids[r] ?? -1;
      if (id === -1) continue;
      const states = labelStates[k] as Uint8Array;
      let state = states[id] as number;
      if (state === 0) states[id] = state = isSubtotalLabel(column.values[id] as string) ? 1 : 2;
      if (state === 1) return (column.values[id] as string).trim();
    }
    return null;
  };

  // A row repeating the header; the first column's test is memoised per text, the rest only run on a hit.
  const firstStates = new Uint8Array(slotTexts[0]?.length ?? 0);
  const repeatsHeader = (r: number) => {
    const id = slotIds[0]?.[r] ?? -1;
    if (id === -1) return false;
    let state = firstStates[id] as number;
    if (state === 0) firstStates[id] = state = n.isHeaderSpelling(slotTexts[0]?.[id] as string, 0) ? 1 : 2;
    if (state === 2) return false;
    let same = 0;
    for (let i = 0; i < present.length; i++) {
      const cellId = slotIds[i]?.[r] ?? -1;
      if (cellId !== -1 && n.isHeaderSpelling(slotTexts[i]?.[cellId] as string, i)) same++;
    }
    return n.repeatsHeader(same);
  };

  const slots = present.length;
  // The row loop proper, written inline (no per-row closure call): a million rows make every step count.
  for (let r = headerIndex + 1; r < rowCount; r++) {
    const rowNumber = r + 1;
    n.progress(rowNumber);
    if (isBlank(r)) continue;
    n.startRow();

    const label = subtotalLabel(r);
    if (label !== null) {
      n.skipRow('row.subtotal', rowNumber, label);
      continue;
    }
    if (repeatsHeader(r)) {
      const id = slotIds[0]?.[r] ?? -1;
      n.skipRow('row.header', rowNumber, (id === -1 ? '' : (slotTexts[0]?.[id] as string)).trim());
      continue;
    }

    for (let i = 0; i < slots; i++) {
      const id = (slotIds[i] as Int32Array)[r] ?? -1;
      let value: unknown;
      if (id === -1) {
        value = absentValues[i];
      } else if (memoized[i] === true) {
        const cache = slotValues[i] as unknown[];
        value = cache[id];
        if (value === UNREAD) cache[id] = value = (readers[i] as CellReader)((slotTexts[i] as readonly string[])[id]);
      } else {
        value = (readers[i] as CellReader)((slotTexts[i] as readonly string[])[id]);
      }
      n.cell(r, i, value);
    }
    n.finishRow(r, rowNumber);
  }
  return n.result();
}

/**
 * The repeated-identity check of a dataset's first file, when its one key
 * column is required: each distinct text of the key column is read once
 * (and becomes that slot's memo), equal identities are grouped by
 * {@link identityClasses}, and a row is a repeat when its group was already
 * taken by a kept row: no hash-table probe per row. The groups taken are
 * handed to `seen` for the dataset's next files, if any.
 */
function checkRepeatsByText<K extends keyof DatasetRecords>(
  n: RowNormalizer<K, number>,
  seen: IdentityIndex,
  file: string,
  slotColumns: readonly CsvColumn[],
  readers: readonly CellReader[],
  memoized: boolean[],
  slotValues: unknown[][],
): void {
  const slot = n.keySlot;
  const column = n.present[slot];
  if (slot === -1 || column === undefined || column.required !== true || column.type === 'unit') return;
  const { ids, values: texts } = slotColumns[slot] as CsvColumn;
  const read = readers[slot] as CellReader;
  const values = new Array<unknown>(texts.length);
  const identities = new Array<string | null>(texts.length);
  for (let id = 0; id < texts.length; id++) {
    const value = read(texts[id]);
    values[id] = value;
    // A blank or unreadable key fails its (required) row before the check.
    identities[id] = value === null || value instanceof CellFailure ? null : String(value);
  }
  memoized[slot] = true;
  slotValues[slot] = values;

  const classes = identityClasses(identities);
  const firstRows = new Int32Array(texts.length); // per group: the row number that took it; 0 = none yet
  n.claimIdentities((r, source) => {
    const id = ids[r] ?? -1;
    const group = id === -1 ? -1 : (classes[id] as number);
    if (group === -1) return undefined;
    const first = firstRows[group] as number;
    if (first !== 0) return { file, row: first };
    firstRows[group] = source.row;
    return undefined;
  });
  seen.later((index) => {
    index.reserve(index.size + texts.length);
    for (let group = 0; group < firstRows.length; group++) {
      const row = firstRows[group] as number;
      if (row !== 0) index.set(identities[group] as string, { file, row });
    }
  });
}
