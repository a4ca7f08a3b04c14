import type { LocalizedText } from '../messages/localized-text.ts';
import type { DatasetId, DatasetRecords, RecordSource } from './records.ts';
import type { RowValues } from './row-values.ts';

/**
 * How a column's cells are read.
 * - `text`: trimmed text; blank tokens → null.
 * - `case_no`: text compared in {@link normalizeCaseNumber} form.
 * - `unit`: a department, resolved to its canonical name.
 * - `date`, `flag`, `number`, `int` (a whole number), `year` (1949–2100).
 * - `enum`: one of `values` after Traditional → Simplified.
 * - `list`: several texts separated by `;` `；` `、` `,`.
 *
 * @example
 * const t: ColumnType = 'date';
 */
export type ColumnType = 'text' | 'case_no' | 'unit' | 'date' | 'flag' | 'number' | 'int' | 'year' | 'enum' | 'list';

/**
 * One column of a dataset: its canonical name, the Chinese aliases it may
 * carry in a header (Traditional listed; the Simplified form matches too),
 * and how its cells are read.
 *
 * @example
 * const col: ColumnSchema = { name: 'filed_on', aliases: ['立案日期'], type: 'date' };
 */
export interface ColumnSchema {
  /** Canonical (English) name, also accepted as a header. */
  name: string;
  /** Chinese headers in Traditional script; Simplified forms match through conversion. */
  aliases: readonly string[];
  /** How the column's cells are read. */
  type: ColumnType;
  /** A blank or bad cell loses the row (error) instead of being treated as blank (warning). Default false. */
  required?: boolean;
  /** Numbers: how `100%` reads ('rate' → 1, 'percentage' → 100). Default 'percentage'. */
  percent?: 'rate' | 'percentage';
  /** Numbers: unit suffixes stripped from the cell (`人`, `萬元`). Default none. */
  suffixes?: readonly string[];
  /** Numbers: smallest plausible value, inclusive. Default none. */
  min?: number;
  /** Numbers: largest plausible value, inclusive. Default none. */
  max?: number;
  /** Enums: accepted spellings (Simplified script, no spaces) → stored value. */
  values?: Readonly<Record<string, string>>;
  /** Human note for the data dictionary. */
  notes?: string;
}

/**
 * A row that the schema's builder refuses although every cell parsed, e.g.
 * an enforcement review with neither `year` nor `reviewed_on`.
 *
 * @example
 * const r: RowRejection = { rejected: 'value.required', column: 'year' };
 */
export interface RowRejection {
  /** The issue code reported for the row. */
  rejected: 'value.required';
  /** Canonical column to blame. */
  column: string;
}

/**
 * The schema of one dataset: how its files are recognised, its columns, the
 * columns that identify a record (a repeated identity is `row.duplicate`),
 * and the builder that turns parsed cells into a record, applying the year
 * attribution and derivation rules of DATA.md.
 *
 * @example
 * const s: DatasetSchema<'economy'> = economySchema;
 */
export interface DatasetSchema<K extends DatasetId = DatasetId> {
  /** The dataset id, e.g. `'litigation'`. */
  id: K;
  /** The dataset's name in each language, e.g. 行政訴訟 / 行政诉讼 / Administrative litigation. */
  title: LocalizedText;
  /** File-name stems (Traditional, Simplified or English) that name this dataset. */
  stems: readonly string[];
  /** Every column the dataset knows, in the order of the data dictionary. */
  columns: readonly ColumnSchema[];
  /** Canonical columns forming the record identity; empty = duplicates allowed. */
  key: readonly string[];
  /** Groups of columns of which at least one must be present in the header (the first is blamed). */
  requiredOneOf?: readonly (readonly string[])[];
  /**
   * The optional date columns that give a record its year in the indicators
   * (`litigation`: filed_on, heard_on, concluded_on). A row used with every
   * one of them blank or unreadable counts in no year: the load counts it in
   * `FileReport.rowsUndated` and says so in a `file.undated-rows`
   * warning. Absent when the builder rejects a row without a year (or the
   * year's column is required). Default none.
   */
  yearColumns?: readonly string[];
  /** Builds the record; `row` holds the parsed values of every column of `columns`, in that order, with blanks (and absent columns) as null. */
  build(row: RowValues, source: RecordSource): DatasetRecords[K] | RowRejection;
}

/**
 * True when a builder refused the row.
 *
 * @example
 * isRowRejection({ rejected: 'value.required', column: 'year' }); // true
 */
export function isRowRejection(value: unknown): value is RowRejection {
  return typeof value === 'object' && value !== null && 'rejected' in value;
}
