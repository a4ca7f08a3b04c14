import type { IndicatorRow } from '@fazhi/core';

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
 * One CSV field by RFC 4180: quoted when it holds a comma, a double quote, a
 * line break or leading/trailing spaces, with inner quotes doubled; null and
 * undefined become the empty field.
 *
 * @example
 * csvField('a,b');     // '"a,b"'
 * csvField('say "x"'); // '"say ""x"""'
 * csvField(null);      // ''
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Formats indicator rows as CSV (RFC 4180: CRLF line ends, quoting only where
 * needed, no BOM) with the header
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
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
