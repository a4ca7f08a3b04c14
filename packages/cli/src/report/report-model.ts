import type { AreaId, PlannedAreaChart, PlannedRobustnessChart, PlannedScoreChart } from '@fazhi/charts';
import type { FileReport, IndicatorRow, Issue, Lang, RobustnessReport, Scheme, SchemeStamp, UnitScore } from '@fazhi/core';
import type { DeductionGround } from './deduction-grounds.ts';

/**
 * What a chart of the report shows: an indicator by unit over the years
 * (`yearly`), the jurisdiction's indicator over the years (`trend`), a
 * monthly safety series with the same month of the year before (`monthly`),
 * the units ranked by total (`ranking`), units × items (`heatmap`) or each
 * total by dimension (`composition`) — the kinds of `@fazhi/charts`' plan.
 *
 * @example
 * const kind: ReportChartKind = 'yearly';
 */
export type ReportChartKind = PlannedAreaChart['kind'] | PlannedScoreChart['kind'];

/**
 * A chart drawn for the report: its file name (without extension), what it
 * shows, the section it belongs to, its caption and its SVG text.
 *
 * @example
 * const chart: RenderedChart = { name: 'ranking-total-2019', kind: 'ranking', section: 'scores', caption: '图：…', svg: '<svg …>' };
 */
export interface RenderedChart {
  /** The file name without extension, e.g. `documents-filing-rate-by-unit-2018-2019`. */
  name: string;
  /** What it shows; `ranks` and `sobol` are the robustness section's (rank intervals, Sobol indices). */
  kind: ReportChartKind | PlannedRobustnessChart['kind'];
  /** A report section (an area of `@fazhi/charts`' plan), `scores` for the department-score charts, `robustness` for the robustness analysis's. */
  section: AreaId | 'scores' | 'robustness';
  /** The caption under the chart, in the report's language. */
  caption: string;
  /** The chart as an SVG document. */
  svg: string;
}

/**
 * Everything the HTML report is written from, already computed: the
 * language, the years, the scheme (its name, stamp and rules), the indicator rows, the scores of the
 * year scored, the input files' accounting and issues, and the charts.
 *
 * @example
 * const html = reportHtml(model); // see report-html.ts
 */
export interface ReportModel {
  lang: Lang;
  /** The years compared, ascending; the last is the year scored. */
  years: readonly number[];
  /** The version of fazhi that wrote the report. */
  toolVersion: string;
  /** The scheme's name in the report's language. */
  schemeName: string;
  /** The scheme's id, version and hash. */
  stamp: SchemeStamp;
  /** The scheme scored with, for its table of rules. */
  scheme: Scheme;
  /** Names of the scheme's items and dimensions by id, in the report's language. */
  itemNames: ReadonlyMap<string, string>;
  /** The indicator rows of the years compared. */
  rows: readonly IndicatorRow[];
  /** The scores of the last year, every unit the scheme scored. */
  scores: readonly UnitScore[];
  files: readonly FileReport[];
  issues: readonly Issue[];
  charts: readonly RenderedChart[];
  /**
   * The records behind every deduction and veto of the year scored
   * (deduction-grounds.ts), for the appendix 扣分依據; left out: no
   * appendix.
   */
  grounds?: readonly DeductionGround[];
  /**
   * The robustness analysis of the year scored (core's `robustnessAnalysis`,
   * seeded), for a scheme with an uncertainty section; left out: no
   * robustness section.
   */
  robustness?: RobustnessReport;
}
