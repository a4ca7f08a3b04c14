import type { ExprRef } from 'vega-lite/types_unstable/expr.js';
import type { TitleParams } from 'vega-lite/types_unstable/title.js';
import type { ChartLang } from '../chart-base.ts';

/**
 * A chart's title: the caller's text when given, else the default one, with
 * an optional subtitle.
 *
 * @example
 * chartTitle(undefined, '敗訴率：歷年走勢', '↑ 適度改善'); // { text: '敗訴率：歷年走勢', subtitle: '↑ 適度改善' }
 */
export function chartTitle(text: string | undefined, fallback: string, subtitle?: string | null): TitleParams<ExprRef> {
  return subtitle === undefined || subtitle === null || subtitle === '' ? { text: text ?? fallback } : { text: text ?? fallback, subtitle };
}

/**
 * Joins a chart's subject and what the chart shows, as each language writes
 * it: "敗訴率：歷年走勢" in Chinese, "Loss rate over the years" in English.
 *
 * @example
 * titleText('en', 'Loss rate', 'over the years'); // 'Loss rate over the years'
 * titleText('zh-Hans', '败诉率', '历年走势'); // '败诉率：历年走势'
 */
export function titleText(lang: ChartLang, subject: string, what: string): string {
  return lang === 'en' ? `${subject} ${what}` : `${subject}：${what}`;
}
