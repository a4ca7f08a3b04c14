import { AREA_PLANS, areaCharts, schemeRequirements, scoreCharts, type AreaId, type PlannedAreaChart } from '@fazhi/charts';
import type { IndicatorRow, Lang, SafetyIncidentRecord, Scheme, UnitScore } from '@fazhi/core';
import { reportMessages } from '../messages.ts';
import type { RenderedChart } from './report-model.ts';
import { indicatorName } from './section-paragraph.ts';

/** A vega-lite specification, as the builders of `@fazhi/charts` return it. */
export type ChartSpec = ReturnType<PlannedAreaChart['spec']>;

/**
 * A chart the report will draw: its file name, what it shows, where it goes,
 * its caption, and the builder of its vega-lite specification (called when
 * the chart is drawn, so that one failing builder costs one chart).
 *
 * @example
 * const job: ChartJob = { name: 'ranking-total-2019', kind: 'ranking', section: 'scores', caption: '…', spec: () => rankingSpec(scores, { lang, year: 2019 }) };
 */
export interface ChartJob {
  /** The file name without extension, named after what the chart shows (`@fazhi/charts`' `chartName`). */
  name: string;
  kind: RenderedChart['kind'];
  section: AreaId | 'scores' | 'robustness';
  caption: string;
  spec: () => ChartSpec;
}

/**
 * What the charts are drawn from.
 *
 * @example
 * const input: ReportChartInput = { lang: 'zh-Hans', years: [2018, 2019], rows, scores, safety: data.records.safety_incidents, scheme };
 */
export interface ReportChartInput {
  lang: Lang;
  /** The years compared, ascending; the last is the year scored. */
  years: readonly number[];
  /** The indicator rows (every year: a trend runs over every year up to the last compared). */
  rows: readonly IndicatorRow[];
  /** The scores of the last year. */
  scores: readonly UnitScore[];
  /** The safety incident records, for the monthly series. */
  safety: readonly SafetyIncidentRecord[];
  /** The scheme scored with: its requirements are the targets drawn on trends, its item names label the heatmap. */
  scheme: Scheme;
}

/** The span of years a caption names: "2019", "2018—2019". */
function span(years: readonly number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(last) : `${first}—${last}`;
}

function caption(chart: PlannedAreaChart, lang: Lang): string {
  if (chart.kind === 'monthly') return reportMessages.chartCaption('monthly', reportMessages[chart.measure]()[lang], String(chart.year))[lang];
  return reportMessages.chartCaption(chart.kind, indicatorName(chart.indicator, lang), span(chart.years))[lang];
}

/**
 * The charts of the report, in report order, as `@fazhi/charts`' plan has
 * them (the dashboard draws the same charts under the same names): each
 * area's charts for the report ({@link AREA_PLANS}, `areaCharts` with
 * `medium: 'report'`, comparisons of the years compared, trends up to the
 * last of them, the scheme's requirements as targets) for which the data
 * has a value, then the department-score charts (`scoreCharts`: ranking by
 * total, units × items heatmap, composition of the totals). Each gets the
 * report's caption.
 *
 * @example
 * reportCharts(input).map((c) => c.name)[0]; // 'business-score-trend-2019'
 */
export function reportCharts(input: ReportChartInput): ChartJob[] {
  const { lang, years, rows, scheme } = input;
  const year = years[years.length - 1]!;
  const requirements = schemeRequirements(scheme);
  const jobs: ChartJob[] = [];
  for (const area of AREA_PLANS) {
    const charts = areaCharts(area.charts, { lang, rows, incidents: input.safety, year, years, maxYears: years.length, requirements, medium: 'report' });
    for (const chart of charts) jobs.push({ name: chart.name, kind: chart.kind, section: area.id, caption: caption(chart, lang), spec: chart.spec });
  }
  for (const chart of scoreCharts(input.scores, { lang, year, scheme })) {
    const subject = chart.kind === 'ranking' ? reportMessages.total()[lang] : '';
    jobs.push({ name: chart.name, kind: chart.kind, section: 'scores', caption: reportMessages.chartCaption(chart.kind, subject, String(year))[lang], spec: chart.spec });
  }
  return jobs;
}
