import type { CalendarDate } from '../values/calendar-date.ts';
import type { Flag } from './records.ts';

/**
 * The parsed cells of one row, by canonical column name or by position
 * among the names given, handed to a dataset's builder. Blank, absent and
 * (in optional columns) bad cells are null. One instance is reused for
 * every row of a file, so building a record allocates nothing but the
 * record. The loader gives every column of the schema, in schema order, so
 * that builders read by position (`columnIndexes`).
 *
 * @example
 * const row = new RowValues(['case_no', 'filed_on']);
 * row.values[1] = '2019-05-10';
 * row.date('filed_on'); // '2019-05-10'
 * row.date(1); // '2019-05-10'
 */
export class RowValues {
  /** Parsed values in the order of the names given to the constructor. */
  readonly values: unknown[];
  readonly #index: Map<string, number>;

  constructor(names: readonly string[]) {
    this.#index = new Map(names.map((n, i) => [n, i]));
    this.values = names.map(() => null);
  }

  /** The raw parsed value of a column (by name, or by position among the names), or null. */
  get(column: string | number): unknown {
    const i = typeof column === 'number' ? column : this.#index.get(column);
    return i === undefined ? null : (this.values[i] ?? null);
  }

  /** A text, unit, case-number or enum column. */
  text(column: string | number): string | null {
    return this.get(column) as string | null;
  }

  /** A date column. */
  date(column: string | number): CalendarDate | null {
    return this.get(column) as CalendarDate | null;
  }

  /** A flag column. */
  flag(column: string | number): Flag | null {
    return this.get(column) as Flag | null;
  }

  /** A number, int or year column. */
  number(column: string | number): number | null {
    return this.get(column) as number | null;
  }

  /** A list column (empty when blank). */
  list(column: string | number): string[] {
    return (this.get(column) as string[] | null) ?? [];
  }
}
