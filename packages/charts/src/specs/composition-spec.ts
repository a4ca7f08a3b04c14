import type { UnitScore } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBase } from '../chart-base.ts';
import { compositionSegments } from '../data/composition-segments.ts';
import { chartTitle } from '../encode/chart-title.ts';
import { VEGA_LITE_SCHEMA } from '../encode/vega-lite-schema.ts';
import { markTooltip } from '../encode/mark-tooltip.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { CHART_TITLES } from '../locale/chart-titles.ts';
import { chartConfig } from '../theme/chart-config.ts';
import { CATEGORY_COLORS } from '../theme/palette.ts';

/**
 * Options of {@link compositionSpec}.
 *
 * @example
 * const o: CompositionOptions = { lang: 'en', year: 2019 };
 */
export interface CompositionOptions extends ChartBase {
  /** The year. */
  year: number;
}

/**
 * The composition of each unit's total by dimension: a horizontal stacked
 * bar per unit (in rank order), one colour per dimension, the points earned
 * right of zero and the points lost, in the same colour but pale, left of
 * zero, so deductions show as such; the total printed at the bar's end
 * ("—" when not computable). Segments are on the total's scale (see
 * `compositionSegments`).
 *
 * @example
 * compositionSpec(scores, { lang: 'zh-Hans', year: 2019 }).title; // { text: '2019年各单位得分构成', subtitle: '各维度得分按有数据的分值折算为总分；浅色为失分' }
 */
export function compositionSpec(scores: readonly UnitScore[], options: CompositionOptions): TopLevelSpec {
  const { lang, year } = options;
  const data = compositionSegments(scores, { lang, year });
  const y = { field: 'label', type: 'nominal', sort: null, title: null, scale: { type: 'band', domain: data.labels } } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title, CHART_TITLES.composition(year)[lang], CHART_MESSAGES.compositionNote[lang]),
    config: chartConfig(lang),
    width: options.width ?? 420,
    height: options.height ?? Math.max(1, data.labels.length) * 20,
    layer: [
      {
        data: { values: data.segments },
        mark: { type: 'bar' },
        encoding: {
          y,
          x: { field: 'value', type: 'quantitative', stack: 'zero', title: CHART_TITLES.compositionAxis()[lang], axis: { format: ',~r' } },
          color: { field: 'dimensionName', type: 'nominal', title: CHART_MESSAGES.dimension[lang], scale: { domain: data.dimensions, range: [...CATEGORY_COLORS] }, legend: { orient: 'bottom', columns: 4 } },
          opacity: { field: 'partLabel', type: 'ordinal', title: null, scale: { domain: [CHART_MESSAGES.points[lang], CHART_MESSAGES.pointsLost[lang]], range: [1, 0.3] }, legend: { orient: 'bottom' } },
          order: { field: 'order', type: 'quantitative' },
          tooltip: [
            ...markTooltip([['label', CHART_MESSAGES.unit[lang]], ['dimensionName', CHART_MESSAGES.dimension[lang]], ['partLabel', `${year}`]]),
            { field: 'value', type: 'quantitative', title: CHART_TITLES.compositionAxis()[lang], format: ',~r' },
          ],
        },
      },
      {
        data: { values: data.totals },
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 10, fontWeight: 'bold' },
        encoding: { y, x: { field: 'x', type: 'quantitative' }, text: { field: 'text', type: 'nominal' }, tooltip: markTooltip([['label', CHART_MESSAGES.unit[lang]], ['text', `${CHART_MESSAGES.total[lang]} · ${year}`]]) },
      },
    ],
  };
}
