import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ChartLang } from '../chart-base.ts';
import { vegaTextWidth, type VegaTextItem } from './vega-text-width.ts';

/**
 * Options of {@link renderSvg}.
 *
 * @example
 * const o: RenderSvgOptions = { lang: 'zh-Hant' };
 */
export interface RenderSvgOptions {
  /** Marks the SVG's language (`lang` and `xml:lang` on the root) so viewers pick Traditional or Simplified glyph forms; default: unmarked. */
  lang?: ChartLang;
}

interface VegaTextMetrics {
  width: (item: VegaTextItem, text: unknown) => number;
}

/**
 * Renders a vega-lite spec to an SVG string in Node, without a canvas:
 * vega-lite compiles it, a headless vega View (`renderer: 'none'`) lays it out
 * and `toSVG()` writes it. Text is measured by {@link vegaTextWidth}
 * (full-width characters 1 em, the others by Noto Sans Hans's widths) so that
 * Chinese labels are neither clipped nor overlapping. That measure is
 * installed as vega's `textMetrics.width` — a process-wide setting, always
 * set to the same function and never restored, so concurrent renders agree.
 * Browsers measure with a canvas and never load this module.
 *
 * @example
 * const svg = await renderSvg({ data: { values: [{ 单位: '司法局', n: 3 }] }, mark: 'bar',
 *   encoding: { x: { field: 'n', type: 'quantitative' }, y: { field: '单位', type: 'nominal' } } });
 * svg.startsWith('<svg'); // true
 * svg.includes('>司法局</text>'); // true
 */
export async function renderSvg(spec: TopLevelSpec, o: RenderSvgOptions = {}): Promise<string> {
  const { lang } = o;
  (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics.width = vegaTextWidth;
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return lang === undefined ? svg : svg.replace(/^<svg /, `<svg lang="${lang}" xml:lang="${lang}" `);
  } finally {
    view.finalize();
  }
}
