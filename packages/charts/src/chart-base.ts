/**
 * The languages a chart's titles, labels and number formats come in.
 *
 * @example
 * const lang: ChartLang = 'zh-Hant';
 */
export type ChartLang = 'zh-Hant' | 'zh-Hans' | 'en';

/**
 * Every chart language, the report's first.
 *
 * @example
 * CHART_LANGS.includes('en'); // true
 */
export const CHART_LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const satisfies readonly ChartLang[];

/**
 * Options every chart takes.
 *
 * @example
 * const base: ChartBase = { lang: 'zh-Hans', width: 480 };
 */
export interface ChartBase {
  /** The language of titles, axis titles, legends and number formats. */
  lang: ChartLang;
  /** The chart's title; default: one built from the indicator's catalogue name and the years. */
  title?: string;
  /** Width of the plot area in pixels; default: each chart's own (360–560 px, or a step per year or item). */
  width?: number;
  /** Height of the plot area in pixels; default: each chart's own (a step per unit, or 220–240 px for the trend and monthly charts). */
  height?: number;
}
