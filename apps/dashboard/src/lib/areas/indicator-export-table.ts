import type { Lang } from '@fazhi/core';
import type { ExportTable } from '../export/export-table.ts';
import { exportUnitName } from '../export/export-unit.ts';
import { viewsMessages as m } from '../i18n/views-messages.ts';
import type { IndicatorTableRow } from './indicator-table-rows.ts';

/**
 * An indicator table as the user downloads it: headers in the language,
 * numbers as numbers (rates as fractions, as fazhi computes them, so that a
 * spreadsheet can use them), units in the data's own spelling (the screen
 * prints them in the reader's script; see `exportUnitName`).
 *
 * @example
 * indicatorExportTable(rows, 'litigation-2019', 'en').headers;
 * // ['Indicator', 'Unit', 'Year', 'Numerator', 'Denominator', 'Value', 'Change from last year']
 */
export function indicatorExportTable(rows: readonly IndicatorTableRow[], name: string, lang: Lang): ExportTable {
  const c = m.columns;
  return {
    name,
    headers: [c.indicator[lang], c.unit[lang], c.year[lang], c.numerator[lang], c.denominator[lang], c.value[lang], c.change[lang]],
    rows: rows.map((r) => [r.label, exportUnitName(r.unit, lang), r.year, r.numerator, r.denominator, r.value, r.change]),
  };
}
