import type { IndicatorRow, Lang, LocalizedText } from '@fazhi/core';
import { messages } from '../messages.ts';
import { textTable } from './text-table.ts';

/**
 * What the table needs to know about an indicator: a structural subset of the
 * core's catalogue entries, so `INDICATOR_CATALOGUE` can be passed as is.
 *
 * @example
 * const label: IndicatorLabel = { id: 'documents.filing_rate', kind: 'rate', name: { 'zh-Hant': '報備率', 'zh-Hans': '报备率', en: 'Filing rate' } };
 */
export interface IndicatorLabel {
  id: string;
  name: LocalizedText;
  /** `count`, `rate`, `mean`, `change`, `ratio` or `score`; decides how the value is shown. */
  kind: string;
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function plain(value: number | null): string {
  return value === null ? '—' : GROUPED.format(value);
}

/**
 * A value as people read it, by the indicator's kind: rates as percentages
 * with one decimal, year-on-year changes as signed percentages, means and
 * scores with two decimals, ratios with four, counts grouped by thousands;
 * null as `—`.
 *
 * @example
 * formatIndicatorValue(0.0731707, 'rate');  // '7.3%'
 * formatIndicatorValue(-0.25, 'change');    // '-25.0%'
 * formatIndicatorValue(4311, 'count');      // '4,311'
 */
export function formatIndicatorValue(value: number | null, kind: string): string {
  if (value === null) return '—';
  switch (kind) {
    case 'rate':
      return `${(value * 100).toFixed(1)}%`;
    case 'change':
      return `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
    case 'mean':
    case 'score':
      return value.toFixed(2);
    case 'ratio':
      return value.toFixed(4);
    default:
      return plain(value);
  }
}

/**
 * Formats indicator rows as an aligned table for people: indicator name in the
 * chosen language (business rows add their dimension and item), unit (`*`
 * shown with the jurisdiction's name), year, value formatted by kind,
 * numerator and denominator. Column widths count full-width characters as
 * two columns so Chinese names line up. Headers follow `lang`. Ends with a
 * newline.
 *
 * @example
 * indicatorsTable(rows, INDICATOR_CATALOGUE, 'zh-Hant');
 * // 指標    單位     年度     值  分子  分母
 * // ------  -------  ----  -----  ----  ----
 * // 報備率  * 全區   2019  100.0%   12    12
 */
export function indicatorsTable(
  rows: readonly IndicatorRow[],
  catalogue: readonly IndicatorLabel[],
  lang: Lang,
): string {
  const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
  const jurisdiction = `* ${messages.jurisdiction()[lang]}`;
  const cells = rows.map((row) => {
    const entry = byId.get(row.indicator);
    const name = [entry ? entry.name[lang] : row.indicator, row.dimension, row.item]
      .filter((part) => part !== undefined && part !== '')
      .join(' · ');
    return [
      name,
      row.unit === '*' ? jurisdiction : row.unit,
      String(row.year),
      formatIndicatorValue(row.value, entry?.kind ?? 'number'),
      plain(row.numerator),
      plain(row.denominator),
    ];
  });
  const headers = messages.indicatorTableHeaders()[lang];
  return `${textTable(headers, cells, { align: ['left', 'left', 'right', 'right', 'right', 'right'] })}\n`;
}
