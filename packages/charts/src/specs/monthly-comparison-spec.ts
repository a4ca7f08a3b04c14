import type { SafetyIncidentRecord, SafetyMeasure } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBase } from '../chart-base.ts';
import { monthlyComparisonRows } from '../data/monthly-rows.ts';
import { unitLabel } from '../data/unit-label.ts';
import { chartTitle } from '../encode/chart-title.ts';
import { VEGA_LITE_SCHEMA } from '../encode/vega-lite-schema.ts';
import { verdictColor } from '../encode/verdict-color.ts';
import type { LayerView, UnitView } from '../encode/view-spec.ts';
import { markTooltip } from '../encode/mark-tooltip.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { CHART_TITLES } from '../locale/chart-titles.ts';
import { chartConfig } from '../theme/chart-config.ts';
import { CATEGORY_COLORS } from '../theme/palette.ts';

/**
 * Options of {@link monthlyComparisonSpec}.
 *
 * @example
 * const o: MonthlyComparisonOptions = { lang: 'zh-Hant', year: 2019, measure: 'incidents' };
 */
export interface MonthlyComparisonOptions extends ChartBase {
  /** The year; each month is compared with the same month of the year before. */
  year: number;
  /** Incidents or their deaths. */
  measure: SafetyMeasure;
  /** One unit's incidents; default: the whole jurisdiction. */
  unit?: string;
}

/**
 * Production-safety incidents (or deaths) month by month, each month of the
 * year beside the same month of the year before (grouped bars, months
 * labelled 1月…12月 or Jan…Dec), the values printed on the bars, and under
 * them a row with each month's change (同比), green when fewer, red when more.
 *
 * @example
 * monthlyComparisonSpec(records.safety_incidents, { lang: 'zh-Hans', year: 2019, measure: 'incidents' }).title;
 * // { text: '生产安全事故起数：2019年逐月与上年同月对比' }
 */
export function monthlyComparisonSpec(records: readonly SafetyIncidentRecord[], options: MonthlyComparisonOptions): TopLevelSpec {
  const { lang, year, measure, unit } = options;
  const data = monthlyComparisonRows(records, { lang, year, measure, ...(unit === undefined ? {} : { unit }) });
  const measureName = measure === 'incidents' ? CHART_MESSAGES.safetyIncidents : CHART_MESSAGES.safetyDeaths;
  const subject = unit === undefined ? measureName : CHART_TITLES.qualified(measureName, unitLabel(unit, lang));
  const width = options.width ?? 560;
  const monthScale = { type: 'band', domain: data.months } as const;
  const x = { field: 'label', type: 'nominal', sort: null, scale: monthScale, title: null } as const;
  const bars: LayerView = {
    width,
    height: options.height ?? 220,
    data: { values: data.bars },
    encoding: {
      x: { ...x, axis: { labelAngle: 0 } }, xOffset: { field: 'year', type: 'ordinal', scale: { domain: data.years } },
      tooltip: markTooltip([['label', CHART_MESSAGES.month[lang]], ['year', CHART_MESSAGES.year[lang]], ['text', CHART_MESSAGES[measure][lang]]]),
    },
    layer: [
      {
        transform: [{ filter: { field: 'value', valid: true } }],
        mark: { type: 'bar', width: { band: 1 } },
        encoding: {
          y: { field: 'value', type: 'quantitative', title: CHART_MESSAGES[measure][lang], axis: { format: ',~r', tickMinStep: 1 } },
          color: { field: 'year', type: 'ordinal', title: CHART_MESSAGES.year[lang], scale: { domain: data.years, range: [...CATEGORY_COLORS] }, legend: { orient: 'top' } },
        },
      },
      {
        transform: [{ filter: { field: 'value', valid: true } }],
        mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 10 },
        encoding: { y: { field: 'value', type: 'quantitative' }, text: { field: 'text', type: 'nominal' } },
      },
    ],
  };
  const changes: UnitView = {
    width,
    height: 20,
    data: { values: data.changes },
    mark: { type: 'text', fontWeight: 'bold' },
    encoding: {
      x: { ...x, axis: null },
      y: { datum: CHART_MESSAGES.sameMonthChange[lang], type: 'nominal', title: null, axis: { domain: false, ticks: false } },
      text: { field: 'text', type: 'nominal' },
      color: verdictColor(),
      tooltip: markTooltip([['label', CHART_MESSAGES.month[lang]], ['text', `${CHART_MESSAGES[measure][lang]} · ${CHART_MESSAGES.sameMonthChange[lang]}`]]),
    },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title, CHART_TITLES.monthly(subject, year)[lang]),
    config: chartConfig(lang),
    vconcat: [bars, changes],
    spacing: 4,
    resolve: { scale: { color: 'independent' } },
  };
}
