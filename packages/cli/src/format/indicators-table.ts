import { catalogueEntry, formatIndicatorValue, formatNumber, isIndicatorId, type IndicatorRow, type Lang } from '@fazhi/core';
import { messages } from '../messages.ts';
import { textTable } from './text-table.ts';

/**
 * Formats indicator rows as an aligned table for people: indicator name in the
 * chosen language (business rows add their dimension and item; an id the
 * catalogue does not know stands as itself), unit (`*` shown with the
 * jurisdiction's name), year, the value as core's `formatIndicatorValue`
 * prints it (rates as percentages, each kind to its digits), numerator and
 * denominator grouped with up to two decimals. Column widths count
 * full-width characters as two columns so Chinese names line up. Headers
 * follow `lang`. Ends with a newline.
 *
 * @example
 * indicatorsTable(rows, 'zh-Hant');
 * // 指標    單位     年度     值  分子  分母
 * // ------  -------  ----  -----  ----  ----
 * // 報備率  * 全區   2019   100%    12    12
 */
export function indicatorsTable(rows: readonly IndicatorRow[], lang: Lang): string {
  const plain = (x: number | null) => (x === null ? '—' : formatNumber(x, lang));
  const jurisdiction = `* ${messages.jurisdiction()[lang]}`;
  const cells = rows.map((row) => {
    const id = row.indicator;
    const known = isIndicatorId(id);
    const name = [known ? catalogueEntry(id).name[lang] : id, row.dimension, row.item]
      .filter((part) => part !== undefined && part !== '')
      .join(' · ');
    return [
      name,
      row.unit === '*' ? jurisdiction : row.unit,
      String(row.year),
      known ? formatIndicatorValue(id, row.value, lang) : plain(row.value),
      plain(row.numerator),
      plain(row.denominator),
    ];
  });
  const headers = messages.indicatorTableHeaders()[lang];
  return `${textTable(headers, cells, { align: ['left', 'left', 'right', 'right', 'right', 'right'] })}\n`;
}
