/**
 * What normalising one file's rows takes besides the rows
 * ({@link NormalizeContext}, with the dataset's {@link IdentitySeen}) and
 * what it gives ({@link NormalizedRows}): shared by `normalizeRows`,
 * `normalizeColumns` and the `RowNormalizer` behind both.
 * @module
 */
import type { DatasetSchema } from '../datasets/dataset-schema.ts';
import type { RecordSource } from '../datasets/records.ts';
import type { UnitRegistry } from '../datasets/unit-registry.ts';
import type { XlsxCell } from '../io/read-xlsx.ts';
import type { Issue } from '../issues/issue.ts';
import type { FileReport } from './data-set.ts';

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
 * What `normalizeRows` and `normalizeColumns` need besides the rows.
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
