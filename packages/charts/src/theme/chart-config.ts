import { NUMBER_LOCALES } from '@fazhi/core';
import type { Config } from 'vega-lite';
import type { ChartLang } from '../chart-base.ts';
import { TIME_LOCALES } from '../locale/time-locale.ts';
import { fontStackFor } from './font-stack.ts';
import { CATEGORY_COLORS } from './palette.ts';

/**
 * The theme of every chart: the CJK-first font stack, the colour-blind-safe
 * categorical palette, the language's number and time locale, and quiet axes.
 *
 * @example
 * chartConfig('zh-Hans').locale?.number?.currency; // ['¥', '']
 */
export function chartConfig(lang: ChartLang): Config {
  return {
    font: fontStackFor(lang),
    locale: { number: { ...NUMBER_LOCALES[lang] }, time: { ...TIME_LOCALES[lang] } },
    range: { category: [...CATEGORY_COLORS] },
    view: { stroke: null },
    title: { fontSize: 15, fontWeight: 'bold', anchor: 'start', offset: 10, subtitleFontSize: 12, subtitleColor: '#595959' },
    axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelColor: '#333333', titleColor: '#333333', gridColor: '#E6E6E6', domainColor: '#888888', tickColor: '#888888' },
    axisY: { labelLimit: 280 },
    legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 240 },
    text: { fontSize: 11 },
  };
}
