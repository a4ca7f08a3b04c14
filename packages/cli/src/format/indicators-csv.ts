import { escapeCsvCell, type IndicatorRow } from '@fazhi/core';

/**
 * The CSV header of `fazhi indicators --format csv`, in contract order.
 *
 * @example
 * INDICATOR_CSV_COLUMNS.join(','); // 'indicator,unit,year,numerator,denominator,value,dimension,item'
 */
export const INDICATOR_CSV_COLUMNS = [
  'indicator', 'unit', 'year', 'numerator', 'denominator', 'value', 'dimension', 'item',
] as const;

/**
 * Formats indicator rows as CSV (RFC 4180: CRLF line ends, quoting only where
 * needed, no BOM; every cell through core's `escapeCsvCell`, so a unit named
 * `=HYPERLINK(…)` stays text in a spreadsheet) with the header
 * `indicator,unit,year,numerator,denominator,value,dimension,item`; a null
 * value or an absent dimension/item is an empty cell. Numbers keep full
 * precision. Ends with a line break.
 *
 * @example
 * indicatorsCsv([{ indicator: 'litigation.loss_rate', unit: '*', year: 2019, numerator: 0, denominator: 0, value: null }]);
 * // 'indicator,unit,year,numerator,denominator,value,dimension,item\r\nlitigation.loss_rate,*,2019,0,0,,,\r\n'
 */
export function indicatorsCsv(rows: readonly IndicatorRow[]): string {
  const lines = [INDICATOR_CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      [row.indicator, row.unit, row.year, row.numerator, row.denominator, row.value, row.dimension, row.item]
        .map(escapeCsvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
