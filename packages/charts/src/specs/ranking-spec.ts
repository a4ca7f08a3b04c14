import { formatNumber, type UnitScore } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBase } from '../chart-base.ts';
import { itemLabels, type SchemeNames } from '../data/item-labels.ts';
import { rankingRows } from '../data/ranking-rows.ts';
import { scoreStatusScale } from '../data/score-status.ts';
import { chartTitle } from '../encode/chart-title.ts';
import { VEGA_LITE_SCHEMA } from '../encode/vega-lite-schema.ts';
import type { UnitView } from '../encode/view-spec.ts';
import { markTooltip } from '../encode/mark-tooltip.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { CHART_TITLES } from '../locale/chart-titles.ts';
import { chartConfig } from '../theme/chart-config.ts';
import { STATUS_COLORS } from '../theme/palette.ts';

/**
 * Options of {@link rankingSpec}.
 *
 * @example
 * const o: RankingOptions = { lang: 'zh-Hans', year: 2019, requirement: 70 };
 */
export interface RankingOptions extends ChartBase {
  /** The year. */
  year: number;
  /** Rank by this item's points earned (its id in the scheme); default: by the total. */
  item?: string;
  /** The points a unit must reach, drawn as a dashed rule; below it is a miss (red). Default: none. */
  requirement?: number;
  /** The scheme the scores come from, for the item's name in the title; default: the item named after its indicator. */
  scheme?: SchemeNames;
}

/**
 * A department ranking: each unit's total (or one item's points earned) as a
 * horizontal bar, best first, the rank before the unit's name and the value at
 * the bar's end; misses in red (below the requirement, failed by a veto, or
 * an item missed), met items green, near yellow; the requirement as a dashed
 * rule. Units without a value come last with "—".
 *
 * @example
 * rankingSpec(scores, { lang: 'en', year: 2019, requirement: 70 }).title; // { text: 'Total ranking, 2019' }
 */
export function rankingSpec(scores: readonly UnitScore[], options: RankingOptions): TopLevelSpec {
  const { lang, year, item, requirement } = options;
  const rows = rankingRows(scores, {
    lang, year, ...(item === undefined ? {} : { item }), ...(requirement === undefined ? {} : { requirement }),
  });
  const itemName = item === undefined ? '' : itemLabels(scores, lang, options.scheme).get(item) ?? item;
  const measure = item === undefined ? CHART_MESSAGES.total : { 'zh-Hant': itemName, 'zh-Hans': itemName, en: itemName };
  const y = { field: 'rankLabel', type: 'nominal', sort: null, title: null, scale: { type: 'band', domain: rows.map((b) => b.rankLabel) } } as const;
  // Points print as numbers do elsewhere (',~r'): without it, a year no unit could be scored drew one tick, "0.000000".
  const x = { field: 'value', type: 'quantitative', title: item === undefined ? CHART_MESSAGES.total[lang] : CHART_MESSAGES.points[lang], axis: { format: ',~r' } } as const;
  const colors = scoreStatusScale(rows.map((b) => b.status), lang);
  const tooltip = markTooltip([['rankLabel', `${CHART_MESSAGES.rank[lang]} · ${CHART_MESSAGES.unit[lang]}`], ['text', `${measure[lang]} · ${year}`], ['statusLabel', CHART_MESSAGES.status[lang]]]);
  const bars: UnitView = {
    transform: [{ filter: { field: 'value', valid: true } }],
    mark: { type: 'bar' },
    encoding: {
      y, x: { ...x, stack: null },
      color: { field: 'statusLabel', type: 'nominal', title: CHART_MESSAGES.status[lang], scale: colors, legend: colors.domain.length > 1 ? { orient: 'top' } : null },
      tooltip,
    },
  };
  const values: UnitView = {
    mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: 10 },
    encoding: { y, x: { field: 'x', type: 'quantitative' }, text: { field: 'text', type: 'nominal' }, tooltip },
  };
  // The rule goes between the bars and their values, so that it never hides a value. Its layers have one datum of
  // their own: on the units' rows they would draw the line and its label once per unit, one over the other.
  const rule: UnitView[] = requirement === undefined ? [] : [
    { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [5, 4], color: STATUS_COLORS.worse, strokeWidth: 1.5, aria: false }, encoding: { x: { datum: requirement, type: 'quantitative' } } },
    {
      data: { values: [{}] },
      mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 3, dy: -2, color: STATUS_COLORS.worse, fontSize: 11, aria: false },
      encoding: { x: { datum: requirement, type: 'quantitative' }, y: { value: 0 }, text: { value: CHART_TITLES.requirement(formatNumber(requirement, lang))[lang] } },
    },
  ];
  const layer = [bars, ...rule, values];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title, CHART_TITLES.ranking(measure, year)[lang]),
    config: chartConfig(lang),
    width: options.width ?? 360,
    height: options.height ?? Math.max(1, rows.length) * 20,
    data: { values: rows },
    layer,
  };
}
