import { catalogueEntry, type IndicatorId, type IndicatorKind } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { CHART_MESSAGES } from './chart-messages.ts';
import { formatNumber } from './format-number.ts';

// The catalogue has one lookup, core's: charts re-export it for the specs and the dashboard.
export { catalogueEntry };

/**
 * true when the charts show an indicator's values as percentages: rates and
 * year-on-year changes.
 *
 * @example
 * isPercentKind('rate'); // true
 * isPercentKind('count'); // false
 */
export function isPercentKind(kind: IndicatorKind): boolean {
  return kind === 'rate' || kind === 'change';
}

/** Decimals shown for a value of each kind (of the percentage, for rates). */
const DIGITS: Readonly<Record<IndicatorKind, number>> = { count: 0, rate: 1, change: 1, mean: 1, score: 1, ratio: 4 };

/**
 * An indicator's value as a chart label: rates and changes as percentages
 * with one decimal (0.140625 → "14.1%"), counts grouped ("17,701"), means and
 * scores with one decimal, ratios with four; null as "—".
 *
 * @example
 * formatIndicatorValue('litigation.loss_rate', 0.140625, 'zh-Hans'); // '14.1%'
 * formatIndicatorValue('litigation.cases', 17701, 'en'); // '17,701'
 * formatIndicatorValue('litigation.cases', null, 'en'); // '—'
 */
export function formatIndicatorValue(indicator: IndicatorId, value: number | null, lang: ChartLang): string {
  if (value === null) return '—';
  const { kind } = catalogueEntry(indicator);
  if (isPercentKind(kind)) return `${formatNumber(value * 100, lang, { digits: DIGITS[kind] })}%`;
  return formatNumber(value, lang, { digits: DIGITS[kind] });
}

/**
 * A change of an indicator's value as a chart label, with its sign: counts
 * as numbers ("+3", "−12"), rates in percentage points ("−2.5个百分点",
 * "+2.5 pp"); null as "—". A change that rounds to zero prints as "0".
 *
 * @example
 * formatIndicatorChange('litigation.lost_cases', 3, 'zh-Hant'); // '+3'
 * formatIndicatorChange('litigation.loss_rate', -0.025, 'zh-Hans'); // '−2.5个百分点'
 * formatIndicatorChange('litigation.loss_rate', 0.025, 'en'); // '+2.5 pp'
 */
export function formatIndicatorChange(indicator: IndicatorId, change: number | null, lang: ChartLang): string {
  if (change === null) return '—';
  const { kind } = catalogueEntry(indicator);
  if (isPercentKind(kind)) {
    const n = formatNumber(change * 100, lang, { digits: DIGITS[kind], sign: true });
    return n === '0' ? n : n + CHART_MESSAGES.percentagePoints[lang];
  }
  return formatNumber(change, lang, { digits: DIGITS[kind], sign: true });
}

/**
 * The d3 format of an indicator's value axis: ".0%" for percentages (vega's
 * locale supplies the separators), ",~r" otherwise.
 *
 * @example
 * axisFormat('litigation.loss_rate'); // '.0%'
 */
export function axisFormat(indicator: IndicatorId): string {
  return isPercentKind(catalogueEntry(indicator).kind) ? '.0%' : ',~r';
}

/**
 * true when the change rounds to zero as the chart prints it: such a change
 * is neither better nor worse.
 *
 * @example
 * roundsToZero('litigation.loss_rate', 0.0004); // true (0.04 percentage points print as 0)
 */
export function roundsToZero(indicator: IndicatorId, change: number): boolean {
  return formatIndicatorChange(indicator, change, 'en') === '0';
}
