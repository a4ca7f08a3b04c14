import type { IndicatorRow } from '../indicators/indicator-row.ts';
import type { SeriesPoint } from './series-point.ts';

/**
 * The yearly series of one indicator for one unit, from indicator rows
 * (`computeIndicators(records).rows`): one point per year that has a row,
 * sorted by year, whatever the order of the rows. A year without a row is
 * absent from the series (neither 0 nor null: the indicators emit no row
 * where nothing was recorded); a row whose value is null (a rate with a zero
 * denominator) gives a null point.
 *
 * `select` narrows the rows further; business rows need it, since one
 * indicator has a row per dimension (and item) each year. Throws a
 * RangeError when two rows are left for one year, naming the year, because
 * a series cannot choose between them.
 *
 * @example
 * indicatorSeries(rows, 'safety.incidents', '*');
 * // [{ year: 2018, value: 42 }, { year: 2019, value: 29 }]
 * indicatorSeries(rows, 'business.dimension_score', '*', (r) => r.dimension === '开办企业');
 */
export function indicatorSeries(
  rows: readonly IndicatorRow[],
  indicator: string,
  unit: string,
  select?: (row: IndicatorRow) => boolean,
): SeriesPoint[] {
  const byYear = new Map<number, number | null>();
  for (const row of rows) {
    if (row.indicator !== indicator || row.unit !== unit) continue;
    if (select !== undefined && !select(row)) continue;
    if (byYear.has(row.year)) {
      throw new RangeError(
        `indicatorSeries: ${indicator} for ${unit} has more than one row in ${row.year}; pass a select that keeps one (e.g. by dimension or item).`,
      );
    }
    byYear.set(row.year, row.value !== null && Number.isFinite(row.value) ? row.value : null);
  }
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }));
}
