import { JURISDICTION, yearOf, type IndicatorId, type IndicatorRow, type Lang, type SafetyIncidentRecord, type SafetyMeasure } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import { monthlyComparisonRows, type MonthlyComparisonData } from '../data/monthly-rows.ts';
import { trendRows, type TrendData } from '../data/trend-rows.ts';
import { yearlyComparisonRows, type YearlyComparisonData } from '../data/yearly-comparison-rows.ts';
import { monthlyComparisonSpec } from '../specs/monthly-comparison-spec.ts';
import { trendSpec } from '../specs/trend-spec.ts';
import { yearlyComparisonSpec } from '../specs/yearly-comparison-spec.ts';
import type { AreaChart } from './area-plans.ts';
import { chartName } from './chart-name.ts';
import { comparedYears } from './compared-years.ts';
import type { IndicatorRequirement } from './scheme-requirements.ts';

/**
 * An area's chart resolved against the data: its file name, what it shows,
 * and the builders of its vega-lite specification and of the rows it is
 * drawn from (called when needed, so that a failing or slow chart costs only
 * itself). A `yearly` chart compares `years` by unit (`unit` null: every
 * unit); a `trend` runs over `years` for `unit` (the jurisdiction `*`
 * unless a unit is filtered), of one business `dimension` or null; a
 * `monthly` chart shows `year` against the year before.
 *
 * @example
 * const chart: PlannedAreaChart = areaCharts(areaPlan('litigation').charts, { lang: 'zh-Hans', rows, incidents: [], year: 2019 })[0]!;
 * chart.name; // 'litigation-lost-cases-by-unit-2018-2019'
 */
export type PlannedAreaChart =
  | { kind: 'yearly'; name: string; indicator: IndicatorId; years: number[]; unit: string | null; spec: () => TopLevelSpec; data: () => YearlyComparisonData }
  | { kind: 'trend'; name: string; indicator: IndicatorId; years: number[]; unit: string; dimension: string | null; target: number | null; spec: () => TopLevelSpec; data: () => TrendData }
  | { kind: 'monthly'; name: string; measure: SafetyMeasure; year: number; unit: string | null; spec: () => TopLevelSpec; data: () => MonthlyComparisonData };

/**
 * What {@link areaCharts} draws from, and the filters it honours.
 *
 * @example
 * const input: AreaChartsInput = { lang: 'zh-Hans', rows, incidents: [], year: 2019 };
 */
export interface AreaChartsInput {
  lang: Lang;
  /** Every indicator row (every year: a trend runs over all the years up to `year`). */
  rows: readonly IndicatorRow[];
  /** The safety-incident records, for the monthly charts. */
  incidents: readonly SafetyIncidentRecord[];
  /** The year shown: comparisons end with it, trends stop at it, monthly charts show it. */
  year: number;
  /** The years a comparison may set side by side; default: every year of the rows. */
  years?: readonly number[];
  /** The most years a comparison sets side by side (the latest); default 3. */
  maxYears?: number;
  /** The unit filter; default null, every unit (comparisons show all units, trends and monthly charts the jurisdiction). */
  unit?: string | null;
  /** The scheme's requirements by indicator ({@link schemeRequirements}), drawn as a dashed target on trends; default none. */
  requirements?: ReadonlyMap<IndicatorId, IndicatorRequirement>;
  /** `report` leaves out the charts the plan marks `report: false`; default `dashboard`, every chart. */
  medium?: 'dashboard' | 'report';
}

/**
 * The charts of a plan (an area's, or the overview's) for the data and the
 * filters, in plan order — the one resolution of the plan that the
 * dashboard and `fazhi report` share — leaving out every chart without a
 * value to draw (a unit filter leaves out the charts that unit has no rows
 * for), so that no empty chart is drawn. A comparison sets side by side the
 * years with a row up to `year` ({@link comparedYears}); a trend runs over
 * every year up to `year`; a monthly chart shows `year` against the year
 * before when the year has incidents. Names say what a chart shows
 * ({@link chartName}): `<indicator>-by-unit-<years>` (or the unit for
 * `by-unit`), `<indicator>[-<unit>][-<dimension>]-trend-<year>`,
 * `safety-<measure>[-<unit>]-monthly-<year>`. The result does not depend on
 * the order of the rows or records.
 *
 * @example
 * areaCharts(areaPlan('litigation').charts, { lang: 'en', rows, incidents: [], year: 2019 }).map((c) => c.name);
 * // ['litigation-lost-cases-by-unit-2018-2019', 'litigation-head-appearance-rate-by-unit-2018-2019', 'litigation-head-appearance-rate-trend-2019', 'litigation-loss-rate-trend-2019']
 */
export function areaCharts(charts: readonly AreaChart[], input: AreaChartsInput): PlannedAreaChart[] {
  const shown = input.medium === 'report' ? charts.filter((c) => c.report !== false) : charts;
  return shown.flatMap((chart): PlannedAreaChart[] => {
    if (chart.kind === 'yearly') return yearlyChart(chart.indicator, input);
    if (chart.kind === 'trend') return trendCharts(chart.indicator, chart.byDimension === true, input);
    return monthlyChart(chart.measure, input);
  });
}

function yearlyChart(indicator: IndicatorId, input: AreaChartsInput): PlannedAreaChart[] {
  const { lang, year } = input;
  const unit = input.unit ?? null;
  const years = comparedYears(input.rows, indicator, year, input.maxYears, input.years);
  const rows = input.rows.filter((r) => r.indicator === indicator && years.includes(r.year) && (unit === null || r.unit === unit));
  if (!rows.some((r) => r.value !== null)) return [];
  const options = { lang, indicator, years, ...(unit === null ? {} : { units: [unit] }) };
  return [{
    kind: 'yearly', name: chartName(indicator, unit ?? 'by-unit', ...years), indicator, years, unit,
    spec: () => yearlyComparisonSpec(rows, options),
    data: () => yearlyComparisonRows(rows, options),
  }];
}

function trendCharts(indicator: IndicatorId, byDimension: boolean, input: AreaChartsInput): PlannedAreaChart[] {
  const { lang, year } = input;
  let unit = input.unit ?? JURISDICTION;
  if (input.unit == null && !input.rows.some((r) => r.indicator === indicator && r.unit === JURISDICTION && r.year <= year)) {
    // Data without a jurisdiction row (a Doing Business file scores economies, not a park): the trend of its one
    // economy, or the economies side by side when there are several, rather than no chart at all.
    const units = [...new Set(input.rows.filter((r) => r.indicator === indicator && r.year <= year).map((r) => r.unit))];
    if (units.length > 1) return byDimension ? [] : yearlyChart(indicator, input);
    if (units.length === 1) unit = units[0]!;
  }
  const rows = input.rows.filter((r) => r.indicator === indicator && r.unit === unit && r.year <= year);
  if (!rows.some((r) => r.value !== null)) return [];
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const target = input.requirements?.get(indicator)?.value ?? null;
  const options = { lang, indicator, unit, ...(target === null ? {} : { target }) };
  const named = (...parts: string[]) => chartName(indicator, ...(unit === JURISDICTION ? [] : [unit]), ...parts, 'trend', year);
  if (!byDimension) {
    return [{
      kind: 'trend', name: named(), indicator, years, unit, dimension: null, target,
      spec: () => trendSpec(rows, options),
      data: () => trendRows(rows, options),
    }];
  }
  const dimensions = [...new Set(rows.map((r) => r.dimension).filter((d): d is string => d !== undefined))].sort();
  return dimensions.map((dimension) => ({
    kind: 'trend' as const, name: named(dimension), indicator, years, unit, dimension, target,
    spec: () => trendSpec(rows, { ...options, select: { dimension }, width: 240, height: 160 }),
    data: () => trendRows(rows, { ...options, select: { dimension } }),
  }));
}

function monthlyChart(measure: SafetyMeasure, input: AreaChartsInput): PlannedAreaChart[] {
  const { lang, year } = input;
  const unit = input.unit ?? null;
  const covered = input.incidents.some((r) => yearOf(r.occurred_on) === year);
  // A unit filter on a department that has nothing to do with safety would draw twelve zeros: only units the safety data knows.
  const known = unit === null || input.incidents.some((r) => r.unit === unit) || input.rows.some((r) => r.indicator === 'safety.incidents' && r.unit === unit);
  if (!covered || !known) return [];
  const options = { lang, year, measure, ...(unit === null ? {} : { unit }) };
  const data = monthlyComparisonRows(input.incidents, options);
  if (!data.bars.some((b) => b.year === year)) return [];
  return [{
    kind: 'monthly', name: chartName('safety', measure, ...(unit === null ? [] : [unit]), 'monthly', year), measure, year, unit,
    spec: () => monthlyComparisonSpec(input.incidents, options),
    data: () => data,
  }];
}
