import { catalogueEntry, type IndicatorId } from '../indicators/catalogue.ts';
import type { Lang } from '../messages/localized-text.ts';
import { exactDecimal } from '../scoring/rules/exact-decimal.ts';
import { FORMAT_MESSAGES } from './format-messages.ts';
import { formatNumber } from './format-number.ts';
import type { FormatIndicatorOptions } from './format-indicator-value.ts';
import { INDICATOR_DIGITS } from './indicator-digits.ts';
import { isPercentKind } from './is-percent-kind.ts';

/**
 * Options of {@link formatIndicatorChange}: those of `formatIndicatorValue`
 * (`digits`, `grouping`), and the sign and the words.
 *
 * @example
 * const gap: FormatChangeOptions = { sign: false, words: 'long' };
 */
export interface FormatChangeOptions extends FormatIndicatorOptions {
  /** Print a plus sign before a rise; default true. */
  sign?: boolean;
  /** Percentage points short, for labels ("个百分点", " pp"), or long, for sentences (" 个百分点", " percentage points"); default `'short'`. */
  words?: 'short' | 'long';
}

/**
 * A change (or any difference) of an indicator's values as fazhi prints
 * it: counts, means, scores and ratios as numbers ("+3", "−12"), rates and
 * year-on-year changes in percentage points ("−2.5个百分点", "+2.5 pp"),
 * to the decimals of the kind ({@link INDICATOR_DIGITS}), signed; null as
 * "—". A change that prints as 0 is "0" alone in a label, neither up nor
 * down.
 *
 * @example
 * formatIndicatorChange('litigation.lost_cases', 3, 'zh-Hant'); // '+3'
 * formatIndicatorChange('litigation.loss_rate', -0.025, 'zh-Hans'); // '−2.5个百分点'
 * formatIndicatorChange('litigation.loss_rate', 0.025, 'en'); // '+2.5 pp'
 * formatIndicatorChange('litigation.loss_rate', 0.0001, 'en'); // '0'
 * formatIndicatorChange('litigation.loss_rate', 0.05, 'en', { sign: false, words: 'long', digits: 2 }); // '5 percentage points'
 */
export function formatIndicatorChange(indicator: IndicatorId, change: number | null, lang: Lang, options: FormatChangeOptions = {}): string {
  if (change === null) return '—';
  const { sign = true, words = 'short' } = options;
  const { kind } = catalogueEntry(indicator);
  const number = { digits: Math.max(INDICATOR_DIGITS[kind], options.digits ?? 0), grouping: options.grouping ?? true, sign };
  if (!isPercentKind(kind)) return formatNumber(change, lang, number);
  const n = formatNumber(exactDecimal.product(change, 100), lang, number);
  if (words === 'short') return n === '0' ? n : n + FORMAT_MESSAGES.percentagePoints[lang];
  return n + (n === '1' || n === '+1' ? FORMAT_MESSAGES.percentagePointLong : FORMAT_MESSAGES.percentagePointsLong)[lang];
}

/**
 * true when a change of the indicator prints as 0 ({@link formatIndicatorChange}):
 * such a change is neither better nor worse.
 *
 * @example
 * roundsToZero('litigation.loss_rate', 0.0004); // true (0.04 percentage points print as 0)
 * roundsToZero('litigation.lost_cases', 1); // false
 */
export function roundsToZero(indicator: IndicatorId, change: number): boolean {
  return formatIndicatorChange(indicator, change, 'en') === '0';
}
