import { table } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { IndicatorRow } from './indicator-row.ts';

/**
 * The rows as an arquero table with the columns indicator, unit, year,
 * numerator, denominator, value, dimension, item (the last two null outside
 * business rows), in row order. Built column by column with `aq.table`, so it
 * runs under a Content Security Policy without `'unsafe-eval'`.
 *
 * @example
 * const table = indicatorTable(computeIndicators(records).rows);
 * table.numRows(); // 642
 * table.columnNames().slice(0, 6); // ['indicator', 'unit', 'year', 'numerator', 'denominator', 'value']
 */
export function indicatorTable(rows: readonly IndicatorRow[]): ColumnTable {
  const n = rows.length;
  const indicator = new Array<string>(n);
  const unit = new Array<string>(n);
  const year = new Array<number>(n);
  const numerator = new Array<number>(n);
  const denominator = new Array<number | null>(n);
  const value = new Array<number | null>(n);
  const dimension = new Array<string | null>(n);
  const item = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    indicator[i] = row.indicator;
    unit[i] = row.unit;
    year[i] = row.year;
    numerator[i] = row.numerator;
    denominator[i] = row.denominator;
    value[i] = row.value;
    dimension[i] = row.dimension ?? null;
    item[i] = row.item ?? null;
  }
  return table({ indicator, unit, year, numerator, denominator, value, dimension, item });
}
