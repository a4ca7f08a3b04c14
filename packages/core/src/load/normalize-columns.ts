import { isRowRejection, type DatasetSchema } from '../datasets/dataset-schema.ts';
import type { DatasetRecords, RecordSource } from '../datasets/records.ts';
import { matchHeaders } from '../datasets/match-headers.ts';
import { RowValues } from '../datasets/row-values.ts';
import type { ResolvedUnit } from '../datasets/unit-registry.ts';
import type { CsvColumn, CsvColumns } from '../io/csv-columns.ts';
import type { LocalizedText, Severity } from '../issues/issue.ts';
import { messages } from '../messages/messages.ts';
import { blankRowTest } from './blank-row-test.ts';
import { CellFailure } from './cell-failure.ts';
import { createCellReader, type CellReader } from './create-cell-reader.ts';
import { isFooterRow } from './is-footer-row.ts';
import { isSubtotalLabel } from './is-subtotal-label.ts';
import type { NormalizeContext, NormalizedRows } from './normalize-rows.ts';

const PROGRESS_EVERY = 65_536;
/** Marks a dictionary entry whose value is not read yet. */
const UNREAD: unique symbol = Symbol('unread');
const EMPTY_COLUMN: CsvColumn = { ids: new Int32Array(0), values: [] };

interface Problem {
  severity: Severity;
  code: string;
  column: string;
  value: string;
  message: LocalizedText;
}

/**
 * {@link normalizeRows} for a CSV file read as dictionary-encoded columns
 * ({@link scanCsvColumns}): the same records, issues (same order, rows,
 * columns, raw values) and accounting, but every per-cell step is done once
 * per distinct text of a column — the parsed value, the blank test, the
 * sub-total and header-spelling tests — so the row loop only indexes
 * arrays. `context.more` is ignored (the table is the whole file).
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
  const { file, schema, units, seen, issues, onRows } = context;
  const { rowCount } = table;
  const rowsTotal = context.rowsTotal ?? rowCount;
  const headerRow = headerIndex + 1;
  const headers = table.row(headerIndex).map((c) => c.trim());
  const match = matchHeaders(headers, schema);
  const columns = headers.map((header, i) => ({ header, column: match.columns[i] ?? null }));
  const push = (severity: Severity, code: string, row: number | null, column: string | null, value: string | null, message: LocalizedText) =>
    issues.push({ severity, code, file, row, column, value, message });

  for (const d of match.duplicates) {
    push('warning', 'column.duplicate', headerRow, d.header, d.header, messages['column.duplicate'](d.header, d.column, d.first));
  }

  const isBlank = blankRowTest(table);
  if (match.missing.length > 0) {
    let rowsRead = 0;
    for (let r = headerIndex + 1; r < rowCount; r++) if (!isBlank(r)) rowsRead++;
    for (const name of match.missing) {
      const alias = schema.columns.find((c) => c.name === name)?.aliases[0] ?? name;
      push('error', 'column.missing', headerRow, name, null, messages['column.missing'](name, alias, schema.id));
    }
    return { records: [], columns, rowsRead, rowsUsed: 0, rowsSkipped: rowsRead };
  }

  const present = schema.columns.filter((c) => match.index.has(c.name));
  const cellIndex = present.map((c) => match.index.get(c.name) as number);
  const headerOf = cellIndex.map((i) => headers[i] ?? '');
  const values = new RowValues(present.map((c) => c.name));
  const unitSlot = present.findIndex((c) => c.type === 'unit');
  const labelCells = [...new Set([0, ...schema.key.map((k) => match.index.get(k)), unitSlot === -1 ? undefined : cellIndex[unitSlot]])]
    .filter((i): i is number => i !== undefined);
  const keySlots = schema.key.map((k) => present.findIndex((c) => c.name === k));
  const resolved = new Map<string, ResolvedUnit>();
  const blameSlot = (name: string) => {
    const group = schema.requiredOneOf?.find((g) => g.includes(name)) ?? [name];
    for (const n of [name, ...group]) {
      const i = present.findIndex((c) => c.name === n);
      if (i !== -1) return i;
    }
    return -1;
  };

  // Per present column: its ids, texts, and the value of each text once read.
  const slotColumns = cellIndex.map((i) => table.columns[i] ?? EMPTY_COLUMN);
  const slotIds = slotColumns.map((c) => c.ids);
  const slotTexts = slotColumns.map((c) => c.values);
  const readers: CellReader[] = present.map((c) => createCellReader(c, { memoize: false }));
  const slotValues: unknown[][] = slotColumns.map((c) => new Array<unknown>(c.values.length).fill(UNREAD));
  const absentValues = readers.map((read) => read(undefined));
  const rawOf = (slot: number, r: number): string => {
    const id = slotIds[slot]?.[r] ?? -1;
    return id === -1 ? '' : (slotTexts[slot]?.[id] as string);
  };

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
  const isHeaderSpelling = (text: string, i: number) => {
    const trimmed = text.trim();
    return trimmed === headerOf[i] || trimmed === present[i]?.name;
  };
  const firstStates = new Uint8Array(slotTexts[0]?.length ?? 0);
  const repeatsHeader = (r: number) => {
    const id = slotIds[0]?.[r] ?? -1;
    if (id === -1) return false;
    let state = firstStates[id] as number;
    if (state === 0) firstStates[id] = state = isHeaderSpelling(slotTexts[0]?.[id] as string, 0) ? 1 : 2;
    if (state === 2) return false;
    let same = 0;
    for (let i = 0; i < present.length; i++) {
      const cellId = slotIds[i]?.[r] ?? -1;
      if (cellId !== -1 && isHeaderSpelling(slotTexts[i]?.[cellId] as string, i)) same++;
    }
    return same >= Math.min(2, present.length) && same * 2 >= present.length;
  };

  const records: DatasetRecords[K][] = [];
  let rowsRead = 0;
  let rowsSkipped = 0;
  const problems: Problem[] = [];
  const slots = present.length;

  // The row loop proper, written inline (no per-row closure call): a million rows make every step count.
  for (let r = headerIndex + 1; r < rowCount; r++) {
    const rowNumber = r + 1;
    if (onRows !== undefined && rowNumber % PROGRESS_EVERY === 0) onRows(rowNumber, rowsTotal);
    if (isBlank(r)) continue;
    rowsRead++;

    const label = subtotalLabel(r);
    if (label !== null) {
      push('notice', 'row.subtotal', rowNumber, null, label, messages['row.subtotal'](label));
      rowsSkipped++;
      continue;
    }

    if (repeatsHeader(r)) {
      const text = rawOf(0, r).trim();
      push('notice', 'row.header', rowNumber, null, text, messages['row.header'](text));
      rowsSkipped++;
      continue;
    }

    problems.length = 0;
    let failed = false;
    let unitBlank = false;
    for (let i = 0; i < slots; i++) {
      const id = (slotIds[i] as Int32Array)[r] ?? -1;
      let value: unknown;
      if (id === -1) {
        value = absentValues[i];
      } else {
        const cache = slotValues[i] as unknown[];
        value = cache[id];
        if (value === UNREAD) cache[id] = value = (readers[i] as CellReader)((slotTexts[i] as readonly string[])[id]);
      }
      if (value instanceof CellFailure) {
        const column = present[i] as (typeof present)[number];
        const raw = rawOf(i, r);
        const header = headerOf[i] as string;
        problems.push({
          severity: column.required ? 'error' : 'warning',
          code: value.code,
          column: header,
          value: raw,
          message: failureMessage(value, raw, header),
        });
        if (column.required) failed = true;
        value = null;
      } else if (value === null && present[i]?.required === true) {
        const header = headerOf[i] as string;
        if (present[i]?.type === 'unit') {
          // INDICATORS.md: the jurisdiction also counts rows with a blank unit, so the row is kept.
          problems.push({ severity: 'warning', code: 'unit.blank', column: header, value: rawOf(i, r), message: messages['unit.blank'](header) });
          unitBlank = true;
        } else {
          problems.push({ severity: 'error', code: 'value.required', column: header, value: rawOf(i, r), message: messages['value.required'](header) });
          failed = true;
        }
      }
      values.values[i] = value;
    }

    // A footer line (填表人：…) fills one cell: it fails a required column or leaves the unit blank.
    if (failed || unitBlank) {
      const texts = table.row(r);
      if (isFooterRow(texts)) {
        const footer = texts.map((t) => t.trim()).filter((t) => t !== '').join(' ');
        push('notice', 'row.footer', rowNumber, null, footer, messages['row.footer'](footer));
        rowsSkipped++;
        continue;
      }
    }
    if (failed) {
      for (const p of problems) push(p.severity, p.code, rowNumber, p.column, p.value, p.message);
      rowsSkipped++;
      continue;
    }
    for (const p of problems) push(p.severity, p.code, rowNumber, p.column, p.value, p.message);

    if (unitSlot !== -1) {
      const spelling = values.values[unitSlot] as string | null;
      if (spelling !== null) {
        let unit = resolved.get(spelling);
        if (unit === undefined) {
          unit = units.resolve(spelling);
          resolved.set(spelling, unit);
          if (!unit.known) push('warning', 'unit.unknown', rowNumber, headerOf[unitSlot] as string, rawOf(unitSlot, r), messages['unit.unknown'](spelling));
        }
        values.values[unitSlot] = unit.name;
      }
    }

    const source: RecordSource = { file, row: rowNumber };
    const record = schema.build(values, source);
    if (isRowRejection(record)) {
      const slot = blameSlot(record.column);
      const header = slot === -1 ? record.column : (headerOf[slot] as string);
      const raw = slot === -1 ? null : rawOf(slot, r);
      push('error', record.rejected, rowNumber, header, raw, messages['value.required'](header));
      rowsSkipped++;
      continue;
    }

    if (keySlots.length > 0) {
      const identity = keySlots.length === 1 ? String(values.values[keySlots[0] as number]) : keySlots.map((s) => String(s === -1 ? '' : values.values[s])).join('\u0001');
      const first = seen.get(identity);
      if (first !== undefined) {
        const slot = keySlots[0] as number;
        const id = keySlots.map((s) => (s === -1 ? '' : rawOf(s, r).trim())).filter((t) => t !== '').join(' / ');
        push('error', 'row.duplicate', rowNumber, slot === -1 ? null : (headerOf[slot] as string), id, messages['row.duplicate'](id, first.file, first.row));
        rowsSkipped++;
        continue;
      }
      seen.set(identity, source);
    }
    records.push(record as DatasetRecords[K]);
  }
  if (rowsRead === 0) push('warning', 'file.empty', null, null, null, messages['file.empty'](file));
  return { records, columns, rowsRead, rowsUsed: records.length, rowsSkipped };
}

function failureMessage(failure: CellFailure, raw: string, header: string): LocalizedText {
  switch (failure.code) {
    case 'value.enum':
      return messages['value.enum'](raw, header, failure.detail.split('、'));
    case 'value.range':
      return messages['value.range'](raw, header, failure.detail);
    default:
      return messages[failure.code](raw, header);
  }
}
