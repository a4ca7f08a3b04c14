import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';

/** The one row of an indicator for a unit × year, or undefined; throws when there are several. */
export function findRow(rows: readonly IndicatorRow[], indicator: string, unit: string, year: number): IndicatorRow | undefined {
  const found = rows.filter((r) => r.indicator === indicator && r.unit === unit && r.year === year);
  if (found.length > 1) throw new Error(`${found.length} rows for ${indicator} ${unit} ${year}`);
  return found[0];
}

/** numerator / denominator / value of a row, for compact assertions. */
export function ndv(row: IndicatorRow | undefined): [number, number | null, number | null] | undefined {
  return row === undefined ? undefined : [row.numerator, row.denominator, row.value];
}
