import type { MonthlyPoint } from './series-point.ts';
import { yearOverYear } from './year-over-year.ts';

/**
 * A month compared with the same month of the previous year (同比).
 *
 * @example
 * const m: SameMonthChange = { year: 2019, month: 3, value: 2, previous: 5, change: -3, percent: -0.6 };
 */
export interface SameMonthChange extends MonthlyPoint {
  /** The value of the same month a year earlier; null when that month is not in the series or its value is null. */
  previous: number | null;
  /** value − previous; null when either is null. */
  change: number | null;
  /** change / |previous| as a fraction; null when previous is 0 or either is null (see {@link yearOverYear}). */
  percent: number | null;
}

/**
 * Every month of a monthly series compared with the same month of the year
 * before: change and relative change, by {@link yearOverYear}. A month whose
 * counterpart a year earlier is missing from the series (the first year, or a
 * gap) gets nulls; the counterpart is found by year and month, never by
 * position, so gaps and input order do not shift the comparison. Sorted by
 * year and month. Throws a RangeError when a month appears twice.
 *
 * @example
 * sameMonthLastYear([
 *   { year: 2018, month: 3, value: 5 },
 *   { year: 2019, month: 3, value: 2 },
 * ]);
 * // [{ year: 2018, month: 3, value: 5, previous: null, change: null, percent: null },
 * //  { year: 2019, month: 3, value: 2, previous: 5, change: -3, percent: -0.6 }]
 */
export function sameMonthLastYear(series: readonly MonthlyPoint[]): SameMonthChange[] {
  const byMonth = new Map<number, MonthlyPoint>();
  for (const point of series) {
    const key = point.year * 12 + point.month - 1;
    if (byMonth.has(key)) {
      throw new RangeError(`sameMonthLastYear: ${point.year}-${String(point.month).padStart(2, '0')} appears more than once in the series.`);
    }
    byMonth.set(key, point);
  }
  return [...byMonth]
    .sort((a, b) => a[0] - b[0])
    .map(([key, { year, month, value }]) => {
      const previous = byMonth.get(key - 12)?.value ?? null;
      return { year, month, value, previous, ...yearOverYear(value, previous) };
    });
}
