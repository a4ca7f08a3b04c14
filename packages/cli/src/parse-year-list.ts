import { messages } from './messages.ts';
import { UsageError } from './usage-error.ts';

/**
 * Reads repeatable `--year` values, each one year or several separated by
 * commas, into distinct four-digit years in ascending order. Throws
 * {@link UsageError} naming a value that is not a four-digit year.
 *
 * @example
 * parseYearList(['2019,2018', '2019']); // [2018, 2019]
 */
export function parseYearList(values: readonly string[]): number[] {
  const years = values.flatMap((value) => value.split(',')).map((raw) => {
    const text = raw.trim();
    if (!/^\d{4}$/.test(text)) throw new UsageError(messages.badYear(raw));
    return Number(text);
  });
  return [...new Set(years)].sort((a, b) => a - b);
}
