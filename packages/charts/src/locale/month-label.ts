import type { ChartLang } from '../chart-base.ts';
import { TIME_LOCALES } from './time-locale.ts';

/**
 * A month's label on a chart axis: 1月 … 12月 in Chinese, Jan … Dec in
 * English (the language's time locale). Throws a RangeError for a month
 * outside 1–12.
 *
 * @example
 * monthLabel(3, 'zh-Hant'); // '3月'
 * monthLabel(12, 'en'); // 'Dec'
 */
export function monthLabel(month: number, lang: ChartLang): string {
  const label = Number.isInteger(month) ? TIME_LOCALES[lang].shortMonths[month - 1] : undefined;
  if (label === undefined) throw new RangeError(`invalid month: ${JSON.stringify(month)} is not an integer from 1 to 12.`);
  return label;
}
