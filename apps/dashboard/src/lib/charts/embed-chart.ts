import type { Lang } from '@fazhi/core';

/** A vega-lite specification as `@fazhi/charts` builds it. */
export type ChartSpec = object;

/** The handle of an embedded chart: export its image, or remove it. */
export interface EmbeddedChart {
  /** The chart as SVG text or a PNG data URL (scale 2). */
  image(type: 'svg' | 'png'): Promise<string>;
  finalize(): void;
}

/**
 * Embeds a vega-lite chart into an element. vega-embed, vega and vega-lite
 * (≈ 870 KB) are imported here, on first use, so the first screen does not
 * wait for them. Runs under a Content Security Policy without
 * `'unsafe-eval'`: vega evaluates expressions with its interpreter
 * (`ast: true` + vega-interpreter). The action menu offers only PNG and SVG
 * export — never "open in editor", which would send the data off the machine —,
 * its files named `fileName` (default `chart`) + `.png` / `.svg`.
 * `onClick` gets the clicked mark's datum and its mark type (`rect`, `text`,
 * `symbol` …), so that a bar and its printed value can do different things.
 *
 * @example
 * const chart = await embedChart(div, rankingSpec(scores, { lang, year }), lang);
 * const svg = await chart.image('svg');
 */
export async function embedChart(element: HTMLElement, spec: ChartSpec, lang: Lang, onClick?: (datum: Record<string, unknown>, mark: { marktype: string }) => void, fileName = 'chart'): Promise<EmbeddedChart> {
  const [{ default: vegaEmbed }, { expressionInterpreter }] = await Promise.all([import('vega-embed'), import('vega-interpreter')]);
  const result = await vegaEmbed(element, spec as never, {
    renderer: 'svg',
    ast: true,
    expr: expressionInterpreter,
    actions: { export: true, source: false, compiled: false, editor: false },
    i18n: EMBED_I18N[lang],
    tooltip: true,
    // The export menu's downloads are named after the chart (charts' chartName: view, chart, years), not visualization.png.
    downloadFileName: fileName,
  });
  // vega-embed's export menu opens with an icon alone: name it for screen readers (axe: summary-name).
  element.querySelector('details > summary')?.setAttribute('aria-label', EMBED_I18N[lang].CLICK_TO_VIEW_ACTIONS ?? '');
  if (onClick !== undefined) {
    result.view.addEventListener('click', (_event, item) => {
      const { datum, mark } = (item ?? {}) as { datum?: unknown; mark?: { marktype?: string } };
      if (typeof datum === 'object' && datum !== null) onClick(datum as Record<string, unknown>, { marktype: mark?.marktype ?? '' });
    });
  }
  return {
    image: async (type) => (type === 'svg' ? result.view.toSVG() : result.view.toImageURL('png', 2)),
    finalize: () => result.finalize(),
  };
}

// vega-embed's action menu in the three languages (only the entries it can show here).
const EMBED_I18N: Record<Lang, Record<string, string>> = {
  'zh-Hant': { SVG_ACTION: '下載 SVG', PNG_ACTION: '下載 PNG', CLICK_TO_VIEW_ACTIONS: '匯出圖表' },
  'zh-Hans': { SVG_ACTION: '下载 SVG', PNG_ACTION: '下载 PNG', CLICK_TO_VIEW_ACTIONS: '导出图表' },
  en: { SVG_ACTION: 'Save as SVG', PNG_ACTION: 'Save as PNG', CLICK_TO_VIEW_ACTIONS: 'Export chart' },
};
