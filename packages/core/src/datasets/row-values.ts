import type { CalendarDate } from '../values/calendar-date.ts';
import type { Flag } from './records.ts';

/**
 * The parsed cells of one row, by canonical column name, handed to a
 * dataset's builder. Blank, absent and (in optional columns) bad cells are
 * null. One instance is reused for every row of a file, so building a
 * record allocates nothing but the record.
 *
 * @example
 * const row = new RowValues(['case_no', 'filed_on']);
 * row.values[1] = '2019-05-10';
 * row.date('filed_on'); // '2019-05-10'
 */
export class RowValues {
  /** Parsed values in the order of the names given to the constructor. */
  readonly values: unknown[];
  readonly #index: Map<string, number>;

  constructor(names: readonly string[]) {
    this.#index = new Map(names.map((n, i) => [n, i]));
    this.values = names.map(() => null);
  }

  /** The raw parsed value of a column, or null. */
  get(name: string): unknown {
    const i = this.#index.get(name);
    return i === undefined ? null : (this.values[i] ?? null);
  }

  /** A text, unit, case-number or enum column. */
  text(name: string): string | null {
    return this.get(name) as string | null;
  }

  /** A date column. */
  date(name: string): CalendarDate | null {
    return this.get(name) as CalendarDate | null;
  }

  /** A flag column. */
  flag(name: string): Flag | null {
    return this.get(name) as Flag | null;
  }

  /** A number, int or year column. */
  number(name: string): number | null {
    return this.get(name) as number | null;
  }

  /** A list column (empty when blank). */
  list(name: string): string[] {
    return (this.get(name) as string[] | null) ?? [];
  }
}
