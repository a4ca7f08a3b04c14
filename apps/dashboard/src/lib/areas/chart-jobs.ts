import { monthlyComparisonRows, monthlyComparisonSpec, trendRows, trendSpec, unitLabel, yearlyComparisonRows, yearlyComparisonSpec } from '@fazhi/charts';
import { JURISDICTION, yearOf, type IndicatorId, type IndicatorRow, type Lang, type SafetyIncidentRecord } from '@fazhi/core';
import type { AreaChart } from './area-plan.ts';
import { chartName } from './chart-name.ts';
import { comparedYears } from './compared-years.ts';
import { monthlyDescription } from './monthly-description.ts';
import { trendDescription } from './trend-description.ts';
import { yearlyDescription } from './yearly-description.ts';

/** A vega-lite specification as `@fazhi/charts` builds it. */
export type ChartSpecOf = ReturnType<typeof yearlyComparisonSpec>;

/**
 * A chart ready to draw: its export name, its specification, the chart in
 * words, and what a click on one of its marks drills down to (`unit`: the
 * department page of the unit clicked; `year`: the year filter; null:
 * nothing).
 *
 * @example
 * const job: ChartJob = { name: 'litigation-lost-cases-by-unit-2018-2019', kind: 'yearly', spec, description: '败诉案件数，按单位 …', drill: 'unit' };
 */
export interface ChartJob {
  name: string;
  kind: AreaChart['kind'];
  spec: ChartSpecOf;
  description: string;
  drill: 'unit' | 'year' | null;
}

/**
 * What the charts are drawn from, and the filters they honour.
 *
 * @example
 * const input: ChartJobsInput = { lang: 'zh-Hans', rows, incidents, year: 2019, unit: null, targets: new Map() };
 */
export interface ChartJobsInput {
  lang: Lang;
  /** Every indicator row of every year. */
  rows: readonly IndicatorRow[];
  /** The safety-incident records, for the monthly charts. */
  incidents: readonly SafetyIncidentRecord[];
  /** The year shown: comparisons end with it, trends stop at it, monthly charts show it. */
  year: number;
  /** The unit filter; null = every unit (comparisons show all units, trends and monthly charts the jurisdiction). */
  unit: string | null;
  /** Required values by indicator (the scheme's requirements), drawn as a dashed line on trends. */
  targets: ReadonlyMap<string, number>;
  /** The most years a comparison sets side by side; default 3. */
  maxYears?: number;
}

/**
 * The charts of a plan (an area's, or the overview's) for the data and the
 * filters, in plan order, leaving out every chart without data (a unit
 * filter leaves out the charts that unit has no rows for), so that no empty
 * chart is drawn. Comparisons set side by side the years with data up to
 * the year shown; trends run to it; monthly charts show it against the year
 * before. Each chart comes with its description in words and its export
 * name. The result does not depend on the order of the rows or records.
 *
 * @example
 * chartJobs(AREA_PLANS.litigation.charts, input).map((j) => j.name);
 * // ['litigation-lost-cases-by-unit-2018-2019', 'litigation-head-appearance-rate-by-unit-2018-2019', 'litigation-head-appearance-rate-trend-2019', …]
 */
export function chartJobs(charts: readonly AreaChart[], input: ChartJobsInput): ChartJob[] {
  const jobs: ChartJob[] = [];
  for (const chart of charts) {
    if (chart.kind === 'yearly') jobs.push(...yearlyJob(chart.indicator, input));
    else if (chart.kind === 'trend') jobs.push(...trendJobs(chart.indicator, chart.byDimension === true, input));
    else jobs.push(...monthlyJob(chart.measure, input));
  }
  return jobs;
}

function yearlyJob(indicator: IndicatorId, input: ChartJobsInput): ChartJob[] {
  const { lang, rows, year, unit } = input;
  const years = comparedYears(rows, indicator, year, input.maxYears);
  const shown = rows.filter((r) => r.indicator === indicator && years.includes(r.year) && (unit === null || r.unit === unit));
  if (!shown.some((r) => r.value !== null)) return [];
  const units = unit === null ? {} : { units: [unit] };
  const data = yearlyComparisonRows(shown, { lang, indicator, years, ...units });
  return [{
    name: unit === null ? chartName(indicator, 'by-unit', ...years) : chartName(indicator, unit, ...years),
    kind: 'yearly',
    spec: yearlyComparisonSpec(shown, { lang, indicator, years, ...units }),
    description: yearlyDescription(data, indicator, lang),
    drill: 'unit',
  }];
}

function trendJobs(indicator: IndicatorId, byDimension: boolean, input: ChartJobsInput): ChartJob[] {
  const { lang, year } = input;
  const unit = input.unit ?? JURISDICTION;
  const shown = input.rows.filter((r) => r.indicator === indicator && r.unit === unit && r.year <= year);
  if (!shown.some((r) => r.value !== null)) return [];
  const target = input.targets.get(indicator);
  const goal = target === undefined ? {} : { target };
  const unitName = unitLabel(unit, lang);
  const named = (...parts: string[]) => chartName(indicator, ...(unit === JURISDICTION ? [] : [unit]), ...parts, 'trend', year);
  if (!byDimension) {
    return [{
      name: named(),
      kind: 'trend',
      spec: trendSpec(shown, { lang, indicator, unit, ...goal }),
      description: trendDescription(trendRows(shown, { lang, indicator, unit, ...goal }), indicator, unitName, lang),
      drill: 'year',
    }];
  }
  const dimensions = [...new Set(shown.map((r) => r.dimension).filter((d): d is string => d !== undefined))].sort();
  return dimensions.map((dimension) => ({
    name: named(dimension),
    kind: 'trend' as const,
    spec: trendSpec(shown, { lang, indicator, unit, select: { dimension }, ...goal, width: 240, height: 160 }),
    description: trendDescription(trendRows(shown, { lang, indicator, unit, select: { dimension }, ...goal }), indicator, unitName, lang, dimension),
    drill: 'year' as const,
  }));
}

function monthlyJob(measure: 'incidents' | 'deaths', input: ChartJobsInput): ChartJob[] {
  const { lang, year, unit } = input;
  const covered = input.incidents.some((r) => yearOf(r.occurred_on) === year);
  // A unit filter on a department that has nothing to do with safety would draw twelve zeros: only units the safety data knows.
  const known = unit === null || input.incidents.some((r) => r.unit === unit) || input.rows.some((r) => r.indicator === 'safety.incidents' && r.unit === unit);
  if (!covered || !known) return [];
  const scope = unit === null ? {} : { unit };
  const data = monthlyComparisonRows(input.incidents, { lang, year, measure, ...scope });
  if (!data.bars.some((b) => b.year === year)) return [];
  return [{
    name: chartName('safety', measure, ...(unit === null ? [] : [unit]), 'monthly', year),
    kind: 'monthly',
    spec: monthlyComparisonSpec(input.incidents, { lang, year, measure, ...scope }),
    description: monthlyDescription(data, measure, unitLabel(unit ?? JURISDICTION, lang), year, lang),
    drill: null,
  }];
}
