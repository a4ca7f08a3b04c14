import type { UnitScore } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBase } from '../chart-base.ts';
import { heatmapCells } from '../data/heatmap-cells.ts';
import type { SchemeNames } from '../data/item-labels.ts';
import { scoreStatusScale } from '../data/score-status.ts';
import { chartTitle } from '../encode/chart-title.ts';
import { VEGA_LITE_SCHEMA } from '../encode/vega-lite-schema.ts';
import { markTooltip } from '../encode/mark-tooltip.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { CHART_TITLES } from '../locale/chart-titles.ts';
import { chartConfig } from '../theme/chart-config.ts';

/**
 * Options of {@link heatmapSpec}.
 *
 * @example
 * const o: HeatmapOptions = { lang: 'zh-Hant', year: 2019 };
 */
export interface HeatmapOptions extends ChartBase {
  /** The year. */
  year: number;
  /** The scheme the scores come from, for its item names; default: items named after their indicators. */
  scheme?: SchemeNames;
}

/**
 * A unit × item heatmap: one row per unit (in rank order), one column per
 * item of the scheme, each cell coloured by the item's status — met green,
 * near yellow, missed red (the traffic lights), scored without a status blue,
 * not scored grey — with the points earned printed in it ("—" when not
 * scored).
 *
 * @example
 * heatmapSpec(scores, { lang: 'zh-Hans', year: 2019 }).title; // { text: '2019年各单位各项得分' }
 */
export function heatmapSpec(scores: readonly UnitScore[], options: HeatmapOptions): TopLevelSpec {
  const { lang, year } = options;
  const data = heatmapCells(scores, { lang, year, ...(options.scheme === undefined ? {} : { scheme: options.scheme }) });
  const colors = scoreStatusScale(data.cells.map((c) => c.status), lang);
  const y = { field: 'label', type: 'nominal', sort: null, title: null, scale: { type: 'band', domain: data.labels } } as const;
  const x = { field: 'itemLabel', type: 'nominal', sort: null, title: null, scale: { type: 'band', domain: data.items }, axis: { orient: 'top', labelAngle: -40, labelAlign: 'left', labelLimit: 280 } } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title, CHART_TITLES.heatmap(year)[lang]),
    config: chartConfig(lang),
    width: options.width ?? { step: 44 },
    height: options.height ?? { step: 22 },
    data: { values: data.cells },
    encoding: { x, y, tooltip: markTooltip([['label', CHART_MESSAGES.unit[lang]], ['itemLabel', CHART_MESSAGES.item[lang]], ['text', `${CHART_MESSAGES.points[lang]} · ${year}`], ['statusLabel', CHART_MESSAGES.status[lang]]]) },
    layer: [
      {
        mark: { type: 'rect', stroke: '#FFFFFF', strokeWidth: 1 },
        encoding: { color: { field: 'statusLabel', type: 'nominal', title: CHART_MESSAGES.status[lang], scale: colors, legend: { orient: 'bottom' } } },
      },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          text: { field: 'text', type: 'nominal' },
          color: { field: 'ink', type: 'nominal', scale: { domain: ['dark', 'light'], range: ['#222222', '#FFFFFF'] }, legend: null },
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  };
}
