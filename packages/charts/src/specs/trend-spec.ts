import { catalogueEntry, JURISDICTION, type IndicatorId, type IndicatorRow } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBase } from '../chart-base.ts';
import type { RowSelection } from '../data/row-selection.ts';
import { selectionText } from '../data/selection-text.ts';
import { trendRows } from '../data/trend-rows.ts';
import { unitLabel } from '../data/unit-label.ts';
import { markTooltip } from '../encode/mark-tooltip.ts';
import { chartTitle } from '../encode/chart-title.ts';
import { valueAxis } from '../encode/value-axis.ts';
import { VEGA_LITE_SCHEMA } from '../encode/vega-lite-schema.ts';
import type { UnitView } from '../encode/view-spec.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { CHART_TITLES } from '../locale/chart-titles.ts';
import { chartConfig } from '../theme/chart-config.ts';
import { CATEGORY_COLORS, STATUS_COLORS } from '../theme/palette.ts';

/**
 * Options of {@link trendSpec}.
 *
 * @example
 * const o: TrendOptions = { lang: 'zh-Hans', indicator: 'safety.incidents', unit: '*', target: 20, targetYear: 2021 };
 */
export interface TrendOptions extends ChartBase {
  /** The indicator. */
  indicator: IndicatorId;
  /** The unit (`*` for the jurisdiction). */
  unit: string;
  /** The value to reach, drawn as a dashed rule; default: none. */
  target?: number;
  /** The year by which to reach `target`; with a target, the status arrow (core's indicatorTrend); default: none. */
  targetYear?: number;
  /** Which row when an indicator has several per unit × year; default: none. */
  select?: RowSelection;
}

/**
 * A trend: an indicator of one unit over the years as a line with points and
 * the values printed, the target as a dashed rule labelled with the target
 * and its year, and — with a target and target year — the SDG status arrow
 * of core's `indicatorTrend` beside the latest point (coloured like the
 * traffic lights) and its label as the subtitle. Years are ordinal integers,
 * contiguous up to the target year; a year without a value breaks the line.
 *
 * @example
 * trendSpec(rows, { lang: 'en', indicator: 'safety.incidents', unit: '*', target: 20, targetYear: 2021 }).title;
 * // { text: 'Production-safety incidents over the years', subtitle: '↑ On track or target maintained' }
 */
export function trendSpec(rows: readonly IndicatorRow[], options: TrendOptions): TopLevelSpec {
  const { lang, indicator, unit, target, targetYear } = options;
  const data = trendRows(rows, {
    lang, indicator, unit,
    ...(target === undefined ? {} : { target }),
    ...(targetYear === undefined ? {} : { targetYear }),
    ...(options.select === undefined ? {} : { select: options.select }),
  });
  const names = catalogueEntry(indicator).name;
  const name = names[lang];
  const detail = [unit === JURISDICTION ? null : unitLabel(unit, lang), selectionText(options.select)].filter((d) => d !== null).join('，');
  const subject = detail === '' ? names : CHART_TITLES.qualified(names, detail);
  const width = options.width ?? Math.max(240, 80 * data.years.length);
  const x = { field: 'year', type: 'ordinal', title: CHART_MESSAGES.year[lang], scale: { domain: data.years }, axis: { labelAngle: 0 } } as const;
  const fraction = ['rate', 'mean', 'ratio'].includes(catalogueEntry(indicator).kind);
  const tooltip = markTooltip([
    ['year', CHART_MESSAGES.year[lang]], ['text', name],
    ...(fraction ? [['fraction', CHART_MESSAGES.fraction[lang]] as const] : []), ['changeText', CHART_MESSAGES.changeFromLastYear[lang]],
  ]);
  const layer: UnitView[] = [
    {
      transform: [{ filter: { field: 'value', valid: true } }],
      mark: { type: 'line', point: { size: 50, filled: true, color: CATEGORY_COLORS[0] }, color: CATEGORY_COLORS[0], strokeWidth: 2 },
      // Scores run 0–100: on that scale the top tick is 100, never below the highest point (84.9 sat above a top tick of 80).
      encoding: { x, y: { field: 'value', type: 'quantitative', title: name, axis: valueAxis(indicator), ...(catalogueEntry(indicator).kind === 'score' ? { scale: { domain: [0, 100] } } : {}) }, tooltip },
    },
    {
      transform: [{ filter: { field: 'value', valid: true } }],
      mark: { type: 'text', dy: -10, fontSize: 11 },
      encoding: { x, y: { field: 'value', type: 'quantitative' }, text: { field: 'text', type: 'nominal' }, tooltip },
    },
  ];
  if (target !== undefined && data.targetText !== null) {
    const label = CHART_TITLES.target(data.targetText, targetYear)[lang];
    // One datum of their own: on the series' rows the line and its label would be drawn once per year.
    layer.push(
      { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [5, 4], color: STATUS_COLORS.same, aria: false }, encoding: { y: { datum: target, type: 'quantitative' } } },
      {
        data: { values: [{}] },
        mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, color: STATUS_COLORS.same, fontSize: 11, aria: false },
        encoding: { y: { datum: target, type: 'quantitative' }, x: { value: width }, text: { value: label } },
      },
    );
  }
  const latest = data.trend.latest;
  if (latest !== null && data.trend.arrow !== null && data.statusColor !== null) {
    layer.push({
      data: { values: [{ year: latest.year, value: latest.value, arrow: data.trend.arrow }] },
      mark: { type: 'text', align: 'left', dx: 9, fontSize: 18, fontWeight: 'bold', color: data.statusColor, stroke: STATUS_COLORS.same, strokeWidth: 0.4, aria: false },
      encoding: { x, y: { field: 'value', type: 'quantitative' }, text: { field: 'arrow', type: 'nominal' } },
    });
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title, CHART_TITLES.trend(subject)[lang], data.statusText),
    config: chartConfig(lang),
    width,
    height: options.height ?? 240,
    data: { values: data.points },
    layer,
  };
}
