import type { SeriesPoint } from './series-point.ts';

/**
 * The points of a series whose value is a finite number, sorted by year, as
 * `{ year, value: number }`. The trend measures read only these, so nulls (and
 * stray NaN or ±Infinity) never reach their arithmetic and the input's order
 * never matters.
 *
 * @example
 * knownPoints([{ year: 2019, value: 3 }, { year: 2017, value: null }, { year: 2018, value: 5 }]);
 * // [{ year: 2018, value: 5 }, { year: 2019, value: 3 }]
 */
export function knownPoints(series: readonly SeriesPoint[]): { year: number; value: number }[] {
  const known: { year: number; value: number }[] = [];
  for (const { year, value } of series) {
    if (value !== null && Number.isFinite(value)) known.push({ year, value });
  }
  return known.sort((a, b) => a.year - b.year);
}
