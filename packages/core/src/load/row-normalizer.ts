import { isRowRejection, type ColumnSchema, type DatasetSchema } from '../datasets/dataset-schema.ts';
import { matchHeaders } from '../datasets/match-headers.ts';
import type { DatasetRecords, RecordSource } from '../datasets/records.ts';
import { RowValues } from '../datasets/row-values.ts';
import type { ResolvedUnit, UnitRegistry } from '../datasets/unit-registry.ts';
import type { Issue, Severity } from '../issues/issue.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import { messages } from '../messages/messages.ts';
import { CellFailure } from './cell-failure.ts';
import type { FileReport } from './data-set.ts';
import { isFooterRow } from './is-footer-row.ts';
import type { IdentitySeen, NormalizeContext, NormalizedRows } from './normalize-context.ts';

const PROGRESS_EVERY = 65_536;
/** Rows named in a `file.undated-rows` warning; the count covers the rest. */
const UNDATED_ROWS_SHOWN = 10;

/**
 * How a {@link RowNormalizer} sees the raw text of a row it was handed, in
 * whatever form its caller keeps rows (an array of cells, a row index into
 * columns). Only called for rows that raise an issue, so it may be slow.
 *
 * @example
 * const access: RowAccess<readonly XlsxCell[]> = {
 *   raw: (cells, cell) => cellText(cells[cell]),
 *   texts: (cells) => cells.map(cellText),
 * };
 */
export interface RowAccess<Row> {
  /** The raw text of the row's cell at index `cell`; '' when the row lacks it. */
  raw(row: Row, cell: number): string;
  /** The raw texts of all the row's cells, for the footer test. */
  texts(row: Row): readonly string[];
}

interface Problem {
  severity: Severity;
  code: string;
  column: string;
  value: string;
  message: LocalizedText;
}

/**
 * The rules that {@link normalizeRows} and {@link normalizeColumns} share,
 * with the state of the one file they apply to: header matching (and the
 * duplicate- and missing-column issues), what a cell's value or failure
 * means for its row (error and row skipped for a required column, warning
 * and blank for an optional one, a kept row for a blank unit), sub-total,
 * repeated-header and footer notices, unit resolution, the builder's
 * rejections, repeated identities, progress and the row accounting. The
 * callers only read cells, in their own way, and hand each value over by
 * slot — no object per row.
 *
 * Per data row: {@link startRow}, then either {@link skipRow} or
 * {@link cell} for every slot in order followed by {@link finishRow}.
 *
 * @example
 * const n = new RowNormalizer(headers, 0, context, rows.length, access);
 * if (n.missingColumns) return n.missingResult(nonBlankRows);
 * for (const row of dataRows) {
 *   n.startRow();
 *   for (let i = 0; i < n.present.length; i++) n.cell(row, i, readers[i](row[n.cellIndex[i]]));
 *   n.finishRow(row, rowNumber);
 * }
 * return n.result();
 */
export class RowNormalizer<K extends keyof DatasetRecords, Row> {
  /** The header of each cell of the header row and the canonical column it names (or null). */
  readonly columns: FileReport['columns'];
  /** The schema's columns that the header names, in schema order; a column's index here is its slot. */
  readonly present: readonly ColumnSchema[];
  /** The cell index of each slot's column. */
  readonly cellIndex: readonly number[];
  /** The header text of each slot's column, as in the file. */
  readonly headerOf: readonly string[];
  /** Cell indexes where a sub-total label may stand: the first cell, the key columns and the unit column. */
  readonly labelCells: readonly number[];
  readonly records: DatasetRecords[K][] = [];
  /** Non-blank data rows handed over so far. */
  rowsRead = 0;
  rowsSkipped = 0;
  /** Rows used that count in no year (see DatasetSchema.yearColumns). */
  rowsUndated = 0;

  private readonly file: string;
  private readonly schema: DatasetSchema<K>;
  private readonly units: UnitRegistry;
  private readonly seen: IdentitySeen;
  private readonly issues: Issue[];
  private readonly onRows: ((done: number, total: number) => void) | undefined;
  private readonly rowsTotal: number;
  private readonly access: RowAccess<Row>;
  private readonly headerRow: number;
  private readonly missing: readonly string[];
  /** Every column of the schema, in schema order: what the builder reads by position. */
  private readonly values: RowValues;
  /** The schema position of each slot's column. */
  private readonly slotColumn: Int32Array;
  /** 1 where the slot's column is required: a typed array keeps the per-cell test cheap. */
  private readonly required: Uint8Array;
  private readonly unitSlot: number;
  private readonly keySlots: readonly number[];
  private readonly resolved = new Map<string, ResolvedUnit>();
  private readonly problems: Problem[] = [];
  private failed = false;
  private unitBlank = false;
  private claim: ((row: Row, source: RecordSource) => RecordSource | undefined) | null = null;
  /** The record fields that give a record its year, or null when every record has one. */
  private readonly yearFields: readonly string[] | null;
  /** The first {@link UNDATED_ROWS_SHOWN} row numbers of rows that count in no year. */
  private readonly undatedRows: number[] = [];

  /**
   * Matches the (trimmed) header row against the schema and records a
   * warning for every duplicate header.
   *
   * @param headers The trimmed texts of the header row.
   * @param headerIndex The header row's index (0-based; its row number is one more).
   * @param rowsTotal The file's row count for progress when `context.rowsTotal` is not given.
   * @param access Reads raw texts back from the rows handed over.
   */
  constructor(
    headers: readonly string[],
    headerIndex: number,
    context: NormalizeContext & { schema: DatasetSchema<K> },
    rowsTotal: number,
    access: RowAccess<Row>,
  ) {
    const { file, schema, units, seen, issues, onRows } = context;
    this.file = file;
    this.schema = schema;
    this.units = units;
    this.seen = seen;
    this.issues = issues;
    this.onRows = onRows;
    this.rowsTotal = context.rowsTotal ?? rowsTotal;
    this.access = access;
    this.headerRow = headerIndex + 1;

    const match = matchHeaders(headers, schema);
    this.columns = headers.map((header, i) => ({ header, column: match.columns[i] ?? null }));
    for (const d of match.duplicates) {
      this.push('warning', 'column.duplicate', this.headerRow, d.header, d.header, messages['column.duplicate'](d.header, d.column, d.first));
    }
    this.missing = match.missing;

    const present = schema.columns.filter((c) => match.index.has(c.name));
    this.present = present;
    this.cellIndex = present.map((c) => match.index.get(c.name) as number);
    this.headerOf = this.cellIndex.map((i) => headers[i] ?? '');
    this.values = new RowValues(schema.columns.map((c) => c.name));
    this.slotColumn = Int32Array.from(present, (c) => schema.columns.indexOf(c));
    this.required = Uint8Array.from(present, (c) => (c.required === true ? 1 : 0));
    this.unitSlot = present.findIndex((c) => c.type === 'unit');
    this.labelCells = [...new Set([0, ...schema.key.map((k) => match.index.get(k)), this.unitSlot === -1 ? undefined : this.cellIndex[this.unitSlot]])]
      .filter((i): i is number => i !== undefined);
    this.keySlots = schema.key.map((k) => present.findIndex((c) => c.name === k));
    this.yearFields = schema.yearColumns ?? null;
  }

  /** True when the header lacks a required column: then no row is used, see {@link missingResult}. */
  get missingColumns(): boolean {
    return this.missing.length > 0;
  }

  /** Records an error per missing column and skips all `rowsRead` (non-blank) data rows. */
  missingResult(rowsRead: number): NormalizedRows<DatasetRecords[K]> {
    for (const name of this.missing) {
      const alias = this.schema.columns.find((c) => c.name === name)?.aliases[0] ?? name;
      this.push('error', 'column.missing', this.headerRow, name, null, messages['column.missing'](name, alias, this.schema.id));
    }
    return { records: [], columns: this.columns, rowsRead, rowsUsed: 0, rowsSkipped: rowsRead, rowsUndated: 0 };
  }

  /** Reports progress every 65,536 rows; call with every row number, blank rows included. */
  progress(rowNumber: number): void {
    if (this.onRows !== undefined && rowNumber % PROGRESS_EVERY === 0) this.onRows(rowNumber, this.rowsTotal);
  }

  /** True when a cell's text (untrimmed) spells its slot's header, as in the file or canonically. */
  isHeaderSpelling(text: string, slot: number): boolean {
    const trimmed = text.trim();
    return trimmed === this.headerOf[slot] || trimmed === this.present[slot]?.name;
  }

  /**
   * True when a row whose first slot spells its header, with `spelled`
   * slots in all doing so, repeats the header (concatenated exports, or a
   * second header line of canonical names).
   */
  repeatsHeader(spelled: number): boolean {
    const slots = this.present.length;
    return spelled >= Math.min(2, slots) && spelled * 2 >= slots;
  }

  /** Counts a non-blank data row and clears the last row's problems. */
  startRow(): void {
    this.rowsRead++;
    if (this.problems.length !== 0) this.problems.length = 0;
    this.failed = false;
    this.unitBlank = false;
  }

  /** Skips the current row with a notice: a sub-total (its label) or a repeated header (its first slot's text). */
  skipRow(code: 'row.subtotal' | 'row.header', rowNumber: number, text: string): void {
    this.push('notice', code, rowNumber, null, text, messages[code](text));
    this.rowsSkipped++;
  }

  /** Takes the value a slot's reader gave for the current row: a value, null for blank, or a {@link CellFailure}. */
  cell(row: Row, slot: number, value: unknown): void {
    if (value instanceof CellFailure || (value === null && this.required[slot] === 1)) {
      this.problem(row, slot, value);
      value = null;
    }
    this.values.values[this.slotColumn[slot] as number] = value;
  }

  /**
   * Decides the current row once every slot has its value: a footer line
   * is skipped with a notice; otherwise its problems are recorded, and it
   * is skipped if a required cell failed, the builder rejects it or its
   * identity was seen before; else its record is kept.
   */
  finishRow(row: Row, rowNumber: number): void {
    // A footer line (填表人：…) fills one cell: it fails a required column or leaves the unit blank.
    if (this.failed || this.unitBlank) {
      const texts = this.access.texts(row);
      if (isFooterRow(texts)) {
        const footer = texts.map((t) => t.trim()).filter((t) => t !== '').join(' ');
        this.push('notice', 'row.footer', rowNumber, null, footer, messages['row.footer'](footer));
        this.rowsSkipped++;
        return;
      }
    }
    for (const p of this.problems) this.push(p.severity, p.code, rowNumber, p.column, p.value, p.message);
    if (this.failed) {
      this.rowsSkipped++;
      return;
    }

    const values = this.values.values;
    const slotColumn = this.slotColumn;
    const unitSlot = this.unitSlot;
    if (unitSlot !== -1) {
      const unitColumn = slotColumn[unitSlot] as number;
      const spelling = values[unitColumn] as string | null;
      if (spelling !== null) {
        let unit = this.resolved.get(spelling);
        if (unit === undefined) {
          unit = this.units.resolve(spelling);
          this.resolved.set(spelling, unit);
          if (!unit.known) this.push('warning', 'unit.unknown', rowNumber, this.headerOf[unitSlot] as string, this.access.raw(row, this.cellIndex[unitSlot] as number), messages['unit.unknown'](spelling));
        }
        values[unitColumn] = unit.name;
      }
    }

    const source: RecordSource = { file: this.file, row: rowNumber };
    const record = this.schema.build(this.values, source);
    if (isRowRejection(record)) {
      const slot = this.blameSlot(record.column);
      const header = slot === -1 ? record.column : (this.headerOf[slot] as string);
      const raw = slot === -1 ? null : this.access.raw(row, this.cellIndex[slot] as number);
      this.push('error', record.rejected, rowNumber, header, raw, messages['value.required'](header));
      this.rowsSkipped++;
      return;
    }

    const first = this.claim === null ? this.claimIdentity(source) : this.claim(row, source);
    if (first !== undefined) {
      const keySlots = this.keySlots;
      const slot = keySlots[0] as number;
      const id = keySlots.map((s) => (s === -1 ? '' : this.access.raw(row, this.cellIndex[s] as number).trim())).filter((t) => t !== '').join(' / ');
      this.push('error', 'row.duplicate', rowNumber, slot === -1 ? null : (this.headerOf[slot] as string), id, messages['row.duplicate'](id, first.file, first.row));
      this.rowsSkipped++;
      return;
    }
    this.records.push(record as DatasetRecords[K]);
    if (this.yearFields !== null && this.yearFields.every((f) => (record as unknown as Record<string, unknown>)[f] === null)) {
      this.rowsUndated++;
      if (this.undatedRows.length < UNDATED_ROWS_SHOWN) this.undatedRows.push(rowNumber);
    }
  }

  /**
   * Has the caller decide repeated identities instead of `context.seen`:
   * `claim` is called for each row about to be kept and answers where an
   * earlier row had the same identity, or undefined to keep the row (then
   * it is the identity's first). The caller also hands the identities to
   * `seen` at the end.
   */
  claimIdentities(claim: (row: Row, source: RecordSource) => RecordSource | undefined): void {
    this.claim = claim;
  }

  /** The single key column's slot when the schema has one key column and the file has it; else -1. */
  get keySlot(): number {
    return this.keySlots.length === 1 ? (this.keySlots[0] as number) : -1;
  }

  /**
   * The file's records and accounting; warns when the file had no data row,
   * and once, with the count and the first rows, when rows count in no year.
   */
  result(): NormalizedRows<DatasetRecords[K]> {
    if (this.rowsRead === 0) this.push('warning', 'file.empty', null, null, null, messages['file.empty'](this.file));
    if (this.rowsUndated > 0) {
      // The year columns as headed in the file; one the file lacks by its first alias.
      const headers = (this.yearFields ?? []).map((f) => this.headerOf[this.present.findIndex((c) => c.name === f)]
        ?? this.schema.columns.find((c) => c.name === f)?.aliases[0] ?? f);
      const message = messages['file.undated-rows'](this.rowsUndated, this.records.length, this.undatedRows, headers);
      this.push('warning', 'file.undated-rows', this.undatedRows[0] ?? null, null, null, message);
    }
    return {
      records: this.records, columns: this.columns, rowsRead: this.rowsRead, rowsUsed: this.records.length,
      rowsSkipped: this.rowsSkipped, rowsUndated: this.rowsUndated,
    };
  }

  // Where the current row's identity (its key columns' values) was first seen, or undefined after taking it.
  private claimIdentity(source: RecordSource): RecordSource | undefined {
    const keySlots = this.keySlots;
    if (keySlots.length === 0) return undefined;
    const values = this.values.values;
    const slotColumn = this.slotColumn;
    const identity = keySlots.length === 1 ? String(values[slotColumn[keySlots[0] as number] as number]) : keySlots.map((s) => String(s === -1 ? '' : values[slotColumn[s] as number])).join('\u0001');
    const first = this.seen.get(identity);
    if (first === undefined) this.seen.set(identity, source);
    return first;
  }

  private problem(row: Row, slot: number, value: CellFailure | null): void {
    const header = this.headerOf[slot] as string;
    const raw = this.access.raw(row, this.cellIndex[slot] as number);
    if (value instanceof CellFailure) {
      const required = this.required[slot] === 1;
      this.problems.push({ severity: required ? 'error' : 'warning', code: value.code, column: header, value: raw, message: failureMessage(value, raw, header) });
      if (required) this.failed = true;
    } else if (this.present[slot]?.type === 'unit') {
      // INDICATORS.md: the jurisdiction also counts rows with a blank unit, so the row is kept.
      this.problems.push({ severity: 'warning', code: 'unit.blank', column: header, value: raw, message: messages['unit.blank'](header) });
      this.unitBlank = true;
    } else {
      this.problems.push({ severity: 'error', code: 'value.required', column: header, value: raw, message: messages['value.required'](header) });
      this.failed = true;
    }
  }

  // A rejected row blames its column, or, when the file lacks it, the present column of its one-of group.
  private blameSlot(name: string): number {
    const group = this.schema.requiredOneOf?.find((g) => g.includes(name)) ?? [name];
    for (const n of [name, ...group]) {
      const i = this.present.findIndex((c) => c.name === n);
      if (i !== -1) return i;
    }
    return -1;
  }

  private push(severity: Severity, code: string, row: number | null, column: string | null, value: string | null, message: LocalizedText): void {
    this.issues.push({ severity, code, file: this.file, row, column, value, message });
  }
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
