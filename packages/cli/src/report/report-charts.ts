import { compositionSpec, heatmapSpec, monthlyComparisonSpec, rankingSpec, trendSpec, yearlyComparisonSpec } from '@fazhi/charts';
import { JURISDICTION, yearOf, type IndicatorId, type IndicatorRow, type Lang, type SafetyIncidentRecord, type UnitScore } from '@fazhi/core';
import { reportMessages } from '../messages.ts';
import type { ReportChartKind, ReportSectionId } from './report-sections.ts';
import { REPORT_SECTIONS } from './report-sections.ts';
import { indicatorName } from './section-paragraph.ts';

/** A vega-lite specification, as the builders of `@fazhi/charts` return it. */
export type ChartSpec = ReturnType<typeof yearlyComparisonSpec>;

/**
 * A chart the report will draw: its file name, what it shows, where it goes,
 * its caption, and the builder of its vega-lite specification (called when
 * the chart is drawn, so that one failing builder costs one chart).
 *
 * @example
 * const job: ChartJob = { name: 'ranking-total-2019', kind: 'ranking', section: 'scores', caption: '…', spec: () => rankingSpec(scores, { lang, year: 2019 }) };
 */
export interface ChartJob {
  /** The file name without extension, named after what the chart shows. */
  name: string;
  kind: ReportChartKind;
  section: ReportSectionId | 'scores';
  caption: string;
  spec: () => ChartSpec;
}

/**
 * What the charts are drawn from.
 *
 * @example
 * const input: ReportChartInput = { lang: 'zh-Hans', years: [2018, 2019], rows, scores, safety: data.records.safety_incidents, targets: new Map() };
 */
export interface ReportChartInput {
  lang: Lang;
  /** The years compared, ascending; the last is the year scored. */
  years: readonly number[];
  /** The indicator rows (every year: a trend may show more than the years compared). */
  rows: readonly IndicatorRow[];
  /** The scores of the last year. */
  scores: readonly UnitScore[];
  /** The safety incident records, for the monthly series. */
  safety: readonly SafetyIncidentRecord[];
  /** Targets drawn on trend charts, by indicator (the scheme's higher-level requirements). */
  targets: ReadonlyMap<string, number>;
}

/**
 * A chart's file name from what it shows: catalogue ids with `.` and `_` as
 * `-`, the parts joined by `-`.
 *
 * @example
 * chartName('documents.filing_rate', 'by-unit', 2018, 2019); // 'documents-filing-rate-by-unit-2018-2019'
 */
export function chartName(...parts: readonly (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[._]/g, '-')).join('-');
}

/**
 * The charts of the report, in report order: each section's charts
 * ({@link REPORT_SECTIONS}) for which the data has rows, then the
 * department-score charts (ranking by total, units × items heatmap,
 * composition of the totals) when units were scored. Names say what a chart
 * shows: `litigation-lost-cases-by-unit-2018-2019`,
 * `safety-incidents-monthly-2019`, `ranking-total-2019` ….
 *
 * @example
 * reportCharts(input).map((c) => c.name)[0]; // 'business-score-trend-2018-2019'
 */
export function reportCharts(input: ReportChartInput): ChartJob[] {
  const { lang, years, rows } = input;
  const year = years[years.length - 1]!;
  const has = (indicator: string, unit?: string) =>
    rows.some((r) => r.indicator === indicator && years.includes(r.year) && (unit === undefined || r.unit === unit));
  const shown = rows.filter((r) => years.includes(r.year));
  const jobs: ChartJob[] = [];
  const span = years.length === 1 ? String(year) : `${years[0]}—${year}`;
  for (const section of REPORT_SECTIONS) {
    for (const chart of section.charts) {
      if (chart.kind === 'yearly') {
        const indicator: IndicatorId = chart.indicator;
        if (!has(indicator)) continue;
        jobs.push({
          name: chartName(indicator, 'by-unit', ...years), kind: 'yearly', section: section.id,
          caption: reportMessages.chartCaption('yearly', indicatorName(indicator, lang), span)[lang],
          spec: () => yearlyComparisonSpec(shown, { lang, indicator, years }),
        });
      } else if (chart.kind === 'trend') {
        const indicator: IndicatorId = chart.indicator;
        if (!has(indicator, JURISDICTION)) continue;
        const target = input.targets.get(indicator);
        jobs.push({
          name: chartName(indicator, 'trend', ...years), kind: 'trend', section: section.id,
          caption: reportMessages.chartCaption('trend', indicatorName(indicator, lang), span)[lang],
          spec: () => trendSpec(shown, { lang, indicator, unit: JURISDICTION, ...(target === undefined ? {} : { target }) }),
        });
      } else {
        const { measure } = chart;
        if (!input.safety.some((r) => yearOf(r.occurred_on) === year)) continue;
        jobs.push({
          name: chartName('safety', measure, 'monthly', year), kind: 'monthly', section: section.id,
          caption: reportMessages.chartCaption('monthly', reportMessages[measure]()[lang], String(year))[lang],
          spec: () => monthlyComparisonSpec(input.safety, { lang, year, measure }),
        });
      }
    }
  }
  const scores = input.scores.filter((s) => s.year === year);
  if (scores.some((s) => s.total !== null)) {
    jobs.push({
      name: chartName('ranking', 'total', year), kind: 'ranking', section: 'scores',
      caption: reportMessages.chartCaption('ranking', reportMessages.total()[lang], String(year))[lang],
      spec: () => rankingSpec(scores, { lang, year }),
    });
  }
  if (scores.length > 0) {
    jobs.push(
      {
        name: chartName('heatmap', 'items', year), kind: 'heatmap', section: 'scores',
        caption: reportMessages.chartCaption('heatmap', '', String(year))[lang],
        spec: () => heatmapSpec(scores, { lang, year }),
      },
      {
        name: chartName('composition', 'dimensions', year), kind: 'composition', section: 'scores',
        caption: reportMessages.chartCaption('composition', '', String(year))[lang],
        spec: () => compositionSpec(scores, { lang, year }),
      },
    );
  }
  return jobs;
}
