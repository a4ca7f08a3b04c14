/**
 * One physical column of a CSV text, dictionary-encoded: the cell texts by
 * id, and per row the id of its cell's text. Repetitive columns hold each
 * distinct text once; a column of mostly distinct texts (identifiers) may
 * give a repeated text a further id.
 *
 * @example
 * const column: CsvColumn = { ids: Int32Array.of(0, 1, 0, -1), values: ['司法局', '公安局'] };
 */
export interface CsvColumn {
  /** Per row (index = row index), the id of the cell's text in `values`, or -1 when the row has no such cell. May be longer than the row count. */
  readonly ids: Int32Array;
  /** The cell texts, by id. */
  readonly values: readonly string[];
}

/**
 * The rows of a CSV text as dictionary-encoded columns, the same rows and
 * cells {@link parseCsv} returns, without an array per row: a million-row
 * file costs an Int32Array per column plus its distinct texts.
 *
 * @example
 * const table = new CsvColumns(2, [{ ids: Int32Array.of(0, 1), values: ['案號', '1'] }]);
 * table.row(1); // ['1']
 */
export class CsvColumns {
  constructor(
    /** Rows of the text (blank lines included, the trailing line break adding none). */
    readonly rowCount: number,
    /** Columns by position; a row's cells are the ids of columns 0, 1, … up to its first -1. */
    readonly columns: readonly CsvColumn[],
  ) {}

  /** The cells of row `r` (0-based), as parseCsv would give them. */
  row(r: number): string[] {
    const cells: string[] = [];
    for (const column of this.columns) {
      const id = column.ids[r] ?? -1;
      if (id === -1) break;
      cells.push(column.values[id] as string);
    }
    return cells;
  }

  /** Every row as an array of cells (for tests and small files). */
  rows(): string[][] {
    const rows: string[][] = [];
    for (let r = 0; r < this.rowCount; r++) rows.push(this.row(r));
    return rows;
  }
}
