import { CsvColumns, type CsvColumn } from './csv-columns.ts';

/**
 * One column of {@link PackedCsvColumns}: the ids per row, and the
 * distinct texts either decoded into one string, each followed by a NUL
 * (`text`, with `count` texts), or, when some text holds a NUL itself, as
 * an array (`values`).
 *
 * @example
 * const column: PackedCsvColumn = { ids: Int32Array.of(0, 1, 0), count: 2, text: '司法局\0公安局\0', values: null };
 */
export interface PackedCsvColumn {
  /** Per row (index = row index), the id of the cell's text, or -1 when the row has no such cell; as `CsvColumn.ids`. */
  ids: Int32Array;
  /** How many distinct texts the column has. */
  count: number;
  /** The texts, each followed by a NUL; null when `values` holds them. */
  text: string | null;
  /** The texts, when some text holds a NUL; else null. */
  values: string[] | null;
}

/**
 * The columns `scanCsvBytes` returns, before each column's texts are
 * split apart: typed arrays and a few long strings, which a worker can post
 * cheaply (the ids arrays by transfer) where a million separate strings
 * would each be copied.
 *
 * @example
 * const packed: PackedCsvColumns = { rowCount: 2, columns: [{ ids: Int32Array.of(0, 1), count: 2, text: '案號\0001\0', values: null }] };
 */
export interface PackedCsvColumns {
  /** Rows of the text (blank lines included, the trailing line break adding none); as `CsvColumns.rowCount`. */
  rowCount: number;
  /** The columns, by position. */
  columns: PackedCsvColumn[];
}

/**
 * The `CsvColumns` of packed columns: each column's texts split at
 * their NULs.
 *
 * @example
 * unpackCsvColumns({ rowCount: 1, columns: [{ ids: Int32Array.of(0), count: 1, text: '司法局\0', values: null }] }).row(0); // ['司法局']
 */
export function unpackCsvColumns(packed: PackedCsvColumns): CsvColumns {
  return new CsvColumns(packed.rowCount, packed.columns.map(unpackColumn));
}

function unpackColumn(column: PackedCsvColumn): CsvColumn {
  if (column.values !== null) return { ids: column.ids, values: column.values };
  const values = (column.text ?? '').split('\0');
  values.length = column.count;
  return { ids: column.ids, values };
}
