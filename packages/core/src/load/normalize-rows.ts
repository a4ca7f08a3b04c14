import type { DatasetSchema } from '../datasets/dataset-schema.ts';
import { isRowRejection } from '../datasets/dataset-schema.ts';
import type { DatasetRecords, RecordSource } from '../datasets/records.ts';
import { matchHeaders } from '../datasets/match-headers.ts';
import { RowValues } from '../datasets/row-values.ts';
import type { UnitRegistry, ResolvedUnit } from '../datasets/unit-registry.ts';
import type { XlsxCell } from '../io/read-xlsx.ts';
import type { Issue, LocalizedText, Severity } from '../issues/issue.ts';
import { messages } from '../messages/messages.ts';
import { CellFailure } from './cell-failure.ts';
import { cellText } from './cell-text.ts';
import { createCellReader, type CellReader } from './create-cell-reader.ts';
import type { FileReport } from './data-set.ts';
import { isBlankRow } from './is-blank-row.ts';
import { isFooterRow } from './is-footer-row.ts';
import { isSubtotalLabel } from './is-subtotal-label.ts';

/**
 * Where each identity of a dataset was first seen: a `Map` or an
 * {@link IdentityIndex}.
 *
 * @example
 * const seen: IdentitySeen = new Map();
 */
export interface IdentitySeen {
  /** Where the identity was first seen, or undefined. */
  get(identity: string): RecordSource | undefined;
  /** Records where the identity was first seen. */
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

const PROGRESS_EVERY = 65_536;

/**
 * The records and accounting of one file.
 *
 * @example
 * const { rowsRead, rowsUsed, rowsSkipped } = normalizeRows(rows, 0, ctx); // rowsRead === rowsUsed + rowsSkipped
 */
export interface NormalizedRows<R> {
  records: R[];
  columns: FileReport['columns'];
  rowsRead: number;
  rowsUsed: number;
  rowsSkipped: number;
}

interface Problem {
  severity: Severity;
  code: string;
  column: string;
  value: string;
  message: LocalizedText;
}

/**
 * Validates and normalises the data rows below a header row against a
 * dataset schema: matches the headers, reads every cell with its column's
 * memoised reader, skips sub-total and footer rows with a notice, turns a
 * bad required cell into an error (row skipped) and a bad optional cell
 * into a warning (value blank, row used), resolves units, rejects repeated
 * identities, and builds the records. Always rowsRead = rowsUsed +
 * rowsSkipped, and every skipped row has an issue (or the file has a
 * file-level one).
 *
 * @example
 * const out = normalizeRows(rows, 0, { file: 'litigation.csv', schema: litigationSchema, units, seen: new Map(), issues });
 */
export function normalizeRows<K extends keyof DatasetRecords>(
  rows: readonly XlsxCell[][],
  headerIndex: number,
  context: NormalizeContext & { schema: DatasetSchema<K> },
): NormalizedRows<DatasetRecords[K]> {
  const { file, schema, units, seen, issues, onRows, more = [] } = context;
  const rowsTotal = context.rowsTotal ?? rows.length;
  const headerRow = headerIndex + 1;
  const headers = (rows[headerIndex] ?? []).map((c) => cellText(c).trim());
  const match = matchHeaders(headers, schema);
  const columns = headers.map((header, i) => ({ header, column: match.columns[i] ?? null }));
  const push = (severity: Severity, code: string, row: number | null, column: string | null, value: string | null, message: LocalizedText) =>
    issues.push({ severity, code, file, row, column, value, message });

  for (const d of match.duplicates) {
    push('warning', 'column.duplicate', headerRow, d.header, d.header, messages['column.duplicate'](d.header, d.column, d.first));
  }

  if (match.missing.length > 0) {
    let rowsRead = 0;
    for (let r = headerIndex + 1; r < rows.length; r++) if (!isBlankRow(rows[r] ?? [])) rowsRead++;
    for (const chunk of more) for (const row of chunk) if (!isBlankRow(row)) rowsRead++;
    for (const name of match.missing) {
      const alias = schema.columns.find((c) => c.name === name)?.aliases[0] ?? name;
      push('error', 'column.missing', headerRow, name, null, messages['column.missing'](name, alias, schema.id));
    }
    return { records: [], columns, rowsRead, rowsUsed: 0, rowsSkipped: rowsRead };
  }

  const present = schema.columns.filter((c) => match.index.has(c.name));
  const cellIndex = present.map((c) => match.index.get(c.name) as number);
  const headerOf = cellIndex.map((i) => headers[i] ?? '');
  const readers: CellReader[] = present.map((c) => createCellReader(c));
  const values = new RowValues(present.map((c) => c.name));
  const unitSlot = present.findIndex((c) => c.type === 'unit');
  const labelCells = [...new Set([0, ...schema.key.map((k) => match.index.get(k)), unitSlot === -1 ? undefined : cellIndex[unitSlot]])]
    .filter((i): i is number => i !== undefined);
  const keySlots = schema.key.map((k) => present.findIndex((c) => c.name === k));
  const resolved = new Map<string, ResolvedUnit>();
  // A rejected row blames its column, or, when the file lacks it, the present column of its one-of group.
  const blameSlot = (name: string) => {
    const group = schema.requiredOneOf?.find((g) => g.includes(name)) ?? [name];
    for (const n of [name, ...group]) {
      const i = present.findIndex((c) => c.name === n);
      if (i !== -1) return i;
    }
    return -1;
  };

  // A row repeating the header (concatenated exports, or a second header line of canonical names).
  // Plain comparisons rather than a Set: hashing every row's first cell would cost more than the rare hit saves.
  const isHeaderSpelling = (cell: XlsxCell | undefined, i: number) => {
    if (typeof cell !== 'string') return false;
    const text = cell.trim();
    return text === headerOf[i] || text === present[i]?.name;
  };
  const repeatsHeader = (cells: readonly XlsxCell[]) => {
    if (!isHeaderSpelling(cells[cellIndex[0] as number], 0)) return false;
    let same = 0;
    for (let i = 0; i < present.length; i++) if (isHeaderSpelling(cells[cellIndex[i] as number], i)) same++;
    return same >= Math.min(2, present.length) && same * 2 >= present.length;
  };

  const records: DatasetRecords[K][] = [];
  let rowsRead = 0;
  let rowsSkipped = 0;
  const problems: Problem[] = [];

  const handleRow = (cells: readonly XlsxCell[], rowNumber: number): void => {
    rowsRead++;

    const label = subtotalLabel(cells, labelCells);
    if (label !== null) {
      push('notice', 'row.subtotal', rowNumber, null, label, messages['row.subtotal'](label));
      rowsSkipped++;
      return;
    }

    if (repeatsHeader(cells)) {
      const text = cellText(cells[cellIndex[0] as number]).trim();
      push('notice', 'row.header', rowNumber, null, text, messages['row.header'](text));
      rowsSkipped++;
      return;
    }

    problems.length = 0;
    let failed = false;
    let unitBlank = false;
    for (let i = 0; i < present.length; i++) {
      const column = present[i] as (typeof present)[number];
      const cell = cells[cellIndex[i] as number];
      let value = (readers[i] as CellReader)(cell);
      if (value instanceof CellFailure) {
        const raw = cellText(cell);
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
      } else if (value === null && column.required && column.type === 'unit') {
        // INDICATORS.md: the jurisdiction also counts rows with a blank unit, so the row is kept.
        const header = headerOf[i] as string;
        problems.push({ severity: 'warning', code: 'unit.blank', column: header, value: cellText(cell), message: messages['unit.blank'](header) });
        unitBlank = true;
      } else if (value === null && column.required) {
        const header = headerOf[i] as string;
        problems.push({ severity: 'error', code: 'value.required', column: header, value: cellText(cell), message: messages['value.required'](header) });
        failed = true;
      }
      values.values[i] = value;
    }

    // A footer line (填表人：…) fills one cell: it fails a required column or leaves the unit blank.
    if (failed || unitBlank) {
      const texts = cells.map(cellText);
      if (isFooterRow(texts)) {
        const footer = texts.map((t) => t.trim()).filter((t) => t !== '').join(' ');
        push('notice', 'row.footer', rowNumber, null, footer, messages['row.footer'](footer));
        rowsSkipped++;
        return;
      }
    }
    if (failed) {
      for (const p of problems) push(p.severity, p.code, rowNumber, p.column, p.value, p.message);
      rowsSkipped++;
      return;
    }
    for (const p of problems) push(p.severity, p.code, rowNumber, p.column, p.value, p.message);

    if (unitSlot !== -1) {
      const spelling = values.values[unitSlot] as string | null;
      if (spelling !== null) {
        let unit = resolved.get(spelling);
        if (unit === undefined) {
          unit = units.resolve(spelling);
          resolved.set(spelling, unit);
          if (!unit.known) push('warning', 'unit.unknown', rowNumber, headerOf[unitSlot] as string, cellText(cells[cellIndex[unitSlot] as number]), messages['unit.unknown'](spelling));
        }
        values.values[unitSlot] = unit.name;
      }
    }

    const source: RecordSource = { file, row: rowNumber };
    const record = schema.build(values, source);
    if (isRowRejection(record)) {
      const slot = blameSlot(record.column);
      const header = slot === -1 ? record.column : (headerOf[slot] as string);
      const raw = slot === -1 ? null : cellText(cells[cellIndex[slot] as number]);
      push('error', record.rejected, rowNumber, header, raw, messages['value.required'](header));
      rowsSkipped++;
      return;
    }

    if (keySlots.length > 0) {
      const identity = keySlots.length === 1 ? String(values.values[keySlots[0] as number]) : keySlots.map((s) => String(s === -1 ? '' : values.values[s])).join('\u0001');
      const first = seen.get(identity);
      if (first !== undefined) {
        const slot = keySlots[0] as number;
        const id = keySlots.map((s) => (s === -1 ? '' : cellText(cells[cellIndex[s] as number]).trim())).filter((t) => t !== '').join(' / ');
        push('error', 'row.duplicate', rowNumber, slot === -1 ? null : (headerOf[slot] as string), id, messages['row.duplicate'](id, first.file, first.row));
        rowsSkipped++;
        return;
      }
      seen.set(identity, source);
    }
    records.push(record as DatasetRecords[K]);
  };

  let rowNumber = headerIndex + 1;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    rowNumber++;
    if (onRows !== undefined && rowNumber % PROGRESS_EVERY === 0) onRows(rowNumber, rowsTotal);
    const cells = rows[r] ?? [];
    if (!isBlankRow(cells)) handleRow(cells, rowNumber);
  }
  for (const chunk of more) {
    for (const cells of chunk) {
      rowNumber++;
      if (onRows !== undefined && rowNumber % PROGRESS_EVERY === 0) onRows(rowNumber, rowsTotal);
      if (!isBlankRow(cells)) handleRow(cells, rowNumber);
    }
  }
  if (rowsRead === 0) push('warning', 'file.empty', null, null, null, messages['file.empty'](file));
  return { records, columns, rowsRead, rowsUsed: records.length, rowsSkipped };
}

function subtotalLabel(cells: readonly XlsxCell[], labelCells: readonly number[]): string | null {
  for (const i of labelCells) {
    const cell = cells[i];
    if (typeof cell === 'string' && isSubtotalLabel(cell)) return cell.trim();
  }
  return null;
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
