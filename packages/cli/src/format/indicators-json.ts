import type { IndicatorRow } from '@fazhi/core';

/** The public JSON shape of a row: keys in contract order, dimension and item only when present. */
function contractRow(row: IndicatorRow): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {
    indicator: row.indicator,
    unit: row.unit,
    year: row.year,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
  };
  if (row.dimension !== undefined) out.dimension = row.dimension;
  if (row.item !== undefined) out.item = row.item;
  return out;
}

/**
 * Formats indicator rows as the machine-readable contract of INDICATORS.md:
 * one JSON array, one object per row on its own line, keys exactly
 * `indicator, unit, year, numerator, denominator, value` then `dimension` and
 * `item` only on the business rows that carry them. Numbers keep full
 * precision; an empty list prints `[]`. Ends with a newline.
 *
 * @example
 * indicatorsJson([{ indicator: 'litigation.cases', unit: '*', year: 2019, numerator: 41, denominator: null, value: 41 }]);
 * // '[\n{"indicator":"litigation.cases","unit":"*","year":2019,"numerator":41,"denominator":null,"value":41}\n]\n'
 */
export function indicatorsJson(rows: readonly IndicatorRow[]): string {
  if (rows.length === 0) return '[]\n';
  return `[\n${rows.map((row) => JSON.stringify(contractRow(row))).join(',\n')}\n]\n`;
}
