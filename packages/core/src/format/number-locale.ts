import type { Lang } from '../messages/localized-text.ts';

/**
 * A d3-format number locale, as vega's `config.locale.number` takes it and
 * as {@link formatNumber} reads it.
 *
 * @example
 * const en: NumberLocale = { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] };
 */
export interface NumberLocale {
  /** The decimal point. */
  decimal: string;
  /** The group separator. */
  thousands: string;
  /** Group sizes, repeated from the last. */
  grouping: number[];
  /** Currency prefix and suffix. */
  currency: [string, string];
  /** The minus sign; d3's default is U+2212 (−). */
  minus?: string;
  /** The percent sign. */
  percent?: string;
}

const ZH_NUMBER: NumberLocale = { decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] };

/**
 * The number locale of each language: d3-format's zh-CN for both Chinese
 * scripts (the park writes 1,234.5 with the minus sign −), en-US for
 * English. Numbers in text and in charts are written by it.
 *
 * @example
 * NUMBER_LOCALES['zh-Hans'].currency; // ['¥', '']
 */
export const NUMBER_LOCALES: Readonly<Record<Lang, NumberLocale>> = {
  'zh-Hant': ZH_NUMBER,
  'zh-Hans': ZH_NUMBER,
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
};
