import { catalogueEntry, type IndicatorId } from '../indicators/catalogue.ts';
import type { Lang } from '../messages/localized-text.ts';
import { exactDecimal } from '../scoring/rules/exact-decimal.ts';
import { formatNumber } from './format-number.ts';
import { INDICATOR_DIGITS } from './indicator-digits.ts';
import { isPercentKind } from './is-percent-kind.ts';

/**
 * Options of {@link formatIndicatorValue} and `formatIndicatorChange`.
 *
 * @example
 * const precise: FormatIndicatorOptions = { digits: 2, grouping: false };
 */
export interface FormatIndicatorOptions {
  /**
   * Up to this many decimals for a kind that shows fewer by
   * {@link INDICATOR_DIGITS} (ratios keep their four): for numbers the
   * reader does arithmetic with, as in a score's explanation; default: the
   * kind's digits.
   */
  digits?: number;
  /** Group the digits as the language does; default true. */
  grouping?: boolean;
}

/**
 * An indicator's value as fazhi prints it, in charts, tables and sentences:
 * rates and year-on-year changes as percentages (0.140625 → 14.1%,
 * computed on the decimal text, so 0.145 is 14.5%), everything else as a
 * number, each to the decimals of its kind ({@link INDICATOR_DIGITS}),
 * rounded half away from zero, trailing zeros dropped, grouped by the
 * language, the minus sign U+2212; null as "—".
 *
 * @example
 * formatIndicatorValue('litigation.loss_rate', 0.140625, 'zh-Hans'); // '14.1%'
 * formatIndicatorValue('litigation.cases', 17701, 'en'); // '17,701'
 * formatIndicatorValue('safety.incidents_yoy', -0.30952380952380953, 'en'); // '−31%'
 * formatIndicatorValue('litigation.cases', null, 'en'); // '—'
 * formatIndicatorValue('litigation.loss_rate', 1376 / 17701, 'en', { digits: 2 }); // '7.77%'
 */
export function formatIndicatorValue(indicator: IndicatorId, value: number | null, lang: Lang, options: FormatIndicatorOptions = {}): string {
  if (value === null) return '—';
  const { kind } = catalogueEntry(indicator);
  const number = { digits: Math.max(INDICATOR_DIGITS[kind], options.digits ?? 0), grouping: options.grouping ?? true };
  if (isPercentKind(kind)) return `${formatNumber(exactDecimal.product(value, 100), lang, number)}%`;
  return formatNumber(value, lang, number);
}
