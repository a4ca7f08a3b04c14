import type { IndicatorRow } from '@fazhi/core';

/**
 * The years a yearly comparison sets side by side: of `years` (default:
 * every year), those up to and including `year` in which the indicator has
 * a row, at most `max` of them (the latest), ascending. Rows of other
 * indicators do not count.
 *
 * @example
 * comparedYears(rows, 'litigation.lost_cases', 2019); // [2018, 2019]
 * comparedYears(rows, 'litigation.lost_cases', 2018); // [2018]
 * comparedYears(rows, 'litigation.lost_cases', 2019, 3, [2019]); // [2019]
 */
export function comparedYears(rows: readonly IndicatorRow[], indicator: string, year: number, max = 3, years?: readonly number[]): number[] {
  const found = new Set<number>();
  for (const r of rows) if (r.indicator === indicator && r.year <= year && (years === undefined || years.includes(r.year))) found.add(r.year);
  return [...found].sort((a, b) => a - b).slice(-Math.max(1, max));
}
