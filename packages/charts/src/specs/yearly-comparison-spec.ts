import { catalogueEntry, type IndicatorId, type IndicatorRow } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBase } from '../chart-base.ts';
import type { RowSelection } from '../data/row-selection.ts';
import { selectionText } from '../data/selection-text.ts';
import { yearlyComparisonRows } from '../data/yearly-comparison-rows.ts';
import { chartTitle } from '../encode/chart-title.ts';
import { estimateTextWidth } from '../encode/estimate-text-width.ts';
import { markTooltip } from '../encode/mark-tooltip.ts';
import { valueAxis } from '../encode/value-axis.ts';
import { VEGA_LITE_SCHEMA } from '../encode/vega-lite-schema.ts';
import { verdictColor } from '../encode/verdict-color.ts';
import type { LayerView, UnitView } from '../encode/view-spec.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { CHART_TITLES } from '../locale/chart-titles.ts';
import { chartConfig } from '../theme/chart-config.ts';
import { CATEGORY_COLORS } from '../theme/palette.ts';

/**
 * Options of {@link yearlyComparisonSpec}.
 *
 * @example
 * const o: YearlyComparisonOptions = { lang: 'zh-Hant', indicator: 'litigation.lost_cases', years: [2018, 2019] };
 */
export interface YearlyComparisonOptions extends ChartBase {
  /** The indicator to compare. */
  indicator: IndicatorId;
  /** The years side by side (integers; sorted ascending). */
  years: readonly number[];
  /** The units, in this order; default: every unit with data except the jurisdiction (unless it is the only one), largest value of the last year first. */
  units?: readonly string[];
  /** Which row when an indicator has several per unit × year (business scores); default: none. */
  select?: RowSelection;
}

const BAR = 12;
/** Kinds whose tooltip shows numerator / denominator (a count's numerator is its value). */
const FRACTION_KINDS: ReadonlySet<string> = new Set(['rate', 'mean', 'ratio']);

/**
 * A yearly comparison: an indicator across units, the chosen years side by
 * side as grouped horizontal bars (unit names stay readable), each bar's value
 * printed at its end, and beside them one column per pair of consecutive years
 * with the change, coloured green when it is for the better and red when for
 * the worse (the catalogue's `better`; grey for no change or no direction).
 * Years are ordinal integers; rates are shown as percentages and their changes
 * in percentage points. Missing values print as "—", never as bars.
 *
 * @example
 * const spec = yearlyComparisonSpec(indicatorRows, { lang: 'zh-Hans', indicator: 'litigation.lost_cases', years: [2018, 2019] });
 * spec.title; // { text: '败诉案件数：2018—2019年度对比' }
 */
export function yearlyComparisonSpec(rows: readonly IndicatorRow[], options: YearlyComparisonOptions): TopLevelSpec {
  const { lang, indicator } = options;
  const data = yearlyComparisonRows(rows, {
    lang, indicator, years: options.years,
    ...(options.units === undefined ? {} : { units: options.units }),
    ...(options.select === undefined ? {} : { select: options.select }),
  });
  const names = catalogueEntry(indicator).name;
  const name = names[lang];
  const detail = selectionText(options.select);
  const subject = detail === null ? names : CHART_TITLES.qualified(names, detail);
  const changeWidth = Math.max(56, ...data.changes.map((c) => estimateTextWidth(c.text, 11) + 16), ...data.changes.map((c) => estimateTextWidth(c.period, 11) + 8));
  const height = options.height ?? Math.max(1, data.labels.length) * (BAR * Math.max(1, data.years.length) + 8);
  const unitScale = { type: 'band', domain: data.labels } as const;
  const yearScale = { domain: data.years };
  const fraction = FRACTION_KINDS.has(catalogueEntry(indicator).kind);
  const allZero = data.bars.every((b) => (b.value ?? 0) === 0);
  const bars: LayerView = {
    width: options.width ?? 360,
    height,
    data: { values: data.bars },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, scale: unitScale, title: null },
      yOffset: { field: 'year', type: 'ordinal', scale: yearScale },
      tooltip: markTooltip([
        ['label', CHART_MESSAGES.unit[lang]], ['year', CHART_MESSAGES.year[lang]], ['text', name],
        ...(fraction ? [['fraction', CHART_MESSAGES.fraction[lang]] as const] : []), ['changeText', CHART_MESSAGES.changeFromLastYear[lang]],
      ]),
    },
    layer: [
      {
        transform: [{ filter: { field: 'value', valid: true } }],
        mark: { type: 'bar', height: { band: 1 } },
        encoding: {
          // With every value 0 the scale's domain is [0, 0] and vega puts 0 mid-plot, the labels floating away from
          // their bars: give it room ([0, 1]) so 0 stays at the axis's start.
          x: { field: 'value', type: 'quantitative', title: name, axis: valueAxis(indicator), ...(allZero ? { scale: { domain: [0, 1] } } : {}) },
          color: { field: 'year', type: 'ordinal', title: CHART_MESSAGES.year[lang], scale: { domain: data.years, range: [...CATEGORY_COLORS] }, legend: { orient: 'top' } },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: 10 },
        encoding: { x: { field: 'x', type: 'quantitative' }, text: { field: 'text', type: 'nominal' } },
      },
    ],
  };
  const top = { $schema: VEGA_LITE_SCHEMA, title: chartTitle(options.title, CHART_TITLES.yearly(subject, data.years)[lang]), config: chartConfig(lang) };
  if (data.years.length < 2) return { ...top, ...bars };
  const changes: UnitView = {
    width: { step: Math.ceil(changeWidth) },
    height,
    data: { values: data.changes },
    mark: { type: 'text', baseline: 'middle', fontWeight: 'bold' },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, scale: unitScale, axis: null },
      x: { field: 'period', type: 'ordinal', title: CHART_MESSAGES.change[lang], axis: { orient: 'top', labelAngle: 0, domain: false, ticks: false } },
      text: { field: 'text', type: 'nominal' },
      color: verdictColor(),
      tooltip: markTooltip([['label', CHART_MESSAGES.unit[lang]], ['period', CHART_MESSAGES.year[lang]], ['text', `${name} · ${CHART_MESSAGES.change[lang]}`]]),
    },
  };
  return { ...top, hconcat: [bars, changes], spacing: 8, resolve: { scale: { color: 'independent' } } };
}
