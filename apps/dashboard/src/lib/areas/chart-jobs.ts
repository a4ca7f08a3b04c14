import { areaCharts, unitLabel, type AreaChart, type AreaChartsInput, type PlannedAreaChart } from '@fazhi/charts';
import { JURISDICTION, type Lang } from '@fazhi/core';
import { chartRecords, type ChartMarkRecords } from '../evidence/chart-records.ts';
import { monthlyDescription } from './monthly-description.ts';
import { trendDescription } from './trend-description.ts';
import { yearlyDescription } from './yearly-description.ts';

/** A vega-lite specification as `@fazhi/charts` builds it. */
export type ChartSpecOf = ReturnType<PlannedAreaChart['spec']>;

/**
 * A chart ready to draw: its export name, its specification, the chart in
 * words, and what a click on one of its marks drills down to (`unit`: the
 * department page of the unit clicked; `year`: the year filter; null:
 * nothing).
 *
 * @example
 * const job: ChartJob = { name: 'litigation-lost-cases-by-unit-2018-2019', kind: 'yearly', spec, description: '败诉案件数，按单位 …', drill: 'unit', records: [], years: [2018, 2019] };
 */
export interface ChartJob {
  name: string;
  kind: AreaChart['kind'];
  spec: ChartSpecOf;
  description: string;
  drill: 'unit' | 'year' | null;
  /** The marks whose records can be opened (lib/evidence/chart-records.ts); empty for a monthly chart. */
  records: ChartMarkRecords[];
  /** The years it shows, as its name gives them: a comparison's years, the year a trend ends with or a monthly chart shows. */
  years: number[];
}

/**
 * What the charts are drawn from, and the filters they honour: those of
 * `@fazhi/charts`' `areaCharts` (the unit filter, the scheme's requirements
 * as targets, at most `maxYears` years side by side).
 *
 * @example
 * const input: ChartJobsInput = { lang: 'zh-Hans', rows, incidents, year: 2019, unit: null, requirements: new Map() };
 */
export type ChartJobsInput = Omit<AreaChartsInput, 'medium' | 'years'>;

const DRILLS: Readonly<Record<AreaChart['kind'], ChartJob['drill']>> = { yearly: 'unit', trend: 'year', monthly: null };

/**
 * The charts of a plan (an area's, or the overview's) as `@fazhi/charts`'
 * plan resolves them for the data and the filters (`areaCharts`: plan
 * order, no chart without data, the names the report gives them too), each
 * with its specification, its description in words — the dashboard's own
 * text, for screen readers and the chart's caption — and its drill-down: a
 * comparison's bar opens the unit's page, a trend's point filters the year.
 *
 * @example
 * chartJobs(areaPlan('litigation').charts, input).map((j) => j.name);
 * // ['litigation-lost-cases-by-unit-2018-2019', 'litigation-head-appearance-rate-by-unit-2018-2019', 'litigation-head-appearance-rate-trend-2019', …]
 */
export function chartJobs(charts: readonly AreaChart[], input: ChartJobsInput): ChartJob[] {
  return areaCharts(charts, input).map((chart) => ({
    name: chart.name, kind: chart.kind, spec: chart.spec(), description: describe(chart, input.lang), drill: DRILLS[chart.kind], records: chartRecords(chart, input.lang),
    years: chart.kind === 'yearly' ? chart.years : chart.kind === 'monthly' ? [chart.year] : [input.year],
  }));
}

function describe(chart: PlannedAreaChart, lang: Lang): string {
  if (chart.kind === 'yearly') return yearlyDescription(chart.data(), chart.indicator, lang);
  if (chart.kind === 'trend') return trendDescription(chart.data(), chart.indicator, unitLabel(chart.unit, lang), lang, chart.dimension ?? undefined);
  return monthlyDescription(chart.data(), chart.measure, unitLabel(chart.unit ?? JURISDICTION, lang), chart.year, lang);
}
