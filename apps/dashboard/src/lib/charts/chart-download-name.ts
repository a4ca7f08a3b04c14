import type { Lang } from '@fazhi/core';
import { downloadName } from '../export/download-name.ts';
import { commonMessages as c } from '../i18n/common-messages.ts';
import type { ViewId } from '../state/view-id.ts';
import type { ChartSpec } from './embed-chart.ts';

/**
 * The file name (without extension) of a chart's PNG and SVG downloads, in
 * the page's language: `<view>-<chart>-<years>` by {@link downloadName} — the
 * view's name, the chart's title as drawn (its spec's `title`), and the years
 * it shows that the title does not already name. A chart without a title
 * falls back to its `name` (charts' `chartName`).
 *
 * @example
 * chartDownloadName('litigation', { title: { text: '败诉率：历年走势' } }, 'zh-Hans', [2019], 'litigation-loss-rate-trend-2019'); // '行政诉讼-败诉率-历年走势-2019'
 * chartDownloadName('litigation', { title: { text: 'Lost cases, 2018–2019' } }, 'en', [2018, 2019], 'x'); // 'litigation-lost-cases-2018-2019'
 */
export function chartDownloadName(view: ViewId, spec: ChartSpec, lang: Lang, years: readonly number[], name: string): string {
  const title = titleText(spec);
  if (title === '') return name;
  return downloadName(c.views[view][lang], title, ...years.filter((y) => !title.includes(String(y))));
}

/** The text of a vega-lite `title`: a string, lines, or `{ text }`. */
function titleText(spec: ChartSpec): string {
  const title = (spec as { title?: unknown }).title;
  const text = typeof title === 'object' && title !== null && !Array.isArray(title) ? (title as { text?: unknown }).text : title;
  if (typeof text === 'string') return text;
  return Array.isArray(text) ? text.filter((t) => typeof t === 'string').join(' ') : '';
}
