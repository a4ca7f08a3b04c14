import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from './render-svg.ts';
import { svgToPng, type SvgToPngOptions } from './svg-to-png.ts';

/**
 * Renders a vega-lite spec to PNG bytes: {@link renderSvg}, then
 * {@link svgToPng} at `scale` (default 2×) with a CJK font (default: the
 * fonts bundled from npm; `fonts: 'system'` for an installed one). `lang`
 * also marks the SVG's language and picks the Traditional or Simplified face.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('chart.png', await renderPng(yearlyComparisonSpec(rows, { lang: 'zh-Hans', indicator, years: [2018, 2019] })));
 */
export async function renderPng(spec: TopLevelSpec, o: SvgToPngOptions = {}): Promise<Uint8Array> {
  const svg = await renderSvg(spec, o.lang === undefined ? {} : { lang: o.lang });
  return svgToPng(svg, o);
}
