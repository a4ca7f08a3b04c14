import type { IndicatorId, IndicatorRow } from '@fazhi/core';
import type { RowSelection } from './row-selection.ts';

/**
 * The rows of one indicator (and selection), by unit and year. Throws a
 * RangeError when a unit × year has more than one row, naming the dimensions
 * and items to choose from: the chart would not know which to show.
 *
 * @example
 * indicatorValues(rows, 'litigation.loss_rate').get('*')?.get(2019)?.value; // 0.140625
 */
export function indicatorValues(rows: readonly IndicatorRow[], indicator: IndicatorId, select: RowSelection = {}): Map<string, Map<number, IndicatorRow>> {
  const byUnit = new Map<string, Map<number, IndicatorRow>>();
  for (const row of rows) {
    if (row.indicator !== indicator) continue;
    if (select.dimension !== undefined && row.dimension !== select.dimension) continue;
    if (select.item !== undefined && row.item !== select.item) continue;
    let byYear = byUnit.get(row.unit);
    if (byYear === undefined) byUnit.set(row.unit, (byYear = new Map()));
    const seen = byYear.get(row.year);
    if (seen !== undefined) {
      throw new RangeError(
        `invalid select: ${indicator} has several rows for ${row.unit} in ${row.year} (${describe(seen)}, ${describe(row)}); choose one with select: { dimension, item }.`,
      );
    }
    byYear.set(row.year, row);
  }
  return byUnit;
}

function describe(row: IndicatorRow): string {
  return JSON.stringify({ dimension: row.dimension, item: row.item });
}
