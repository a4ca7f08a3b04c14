import type { IndicatorId } from '@fazhi/core';

/**
 * The sections of the report, one per area of the park's annual report
 * (`蘇州工業園區管理委員會關於2019年法治政府建設工作情況的報告`).
 *
 * @example
 * const id: ReportSectionId = 'litigation';
 */
export type ReportSectionId = 'business' | 'safety' | 'documents' | 'decisions' | 'enforcement' | 'reconsideration' | 'litigation';

/**
 * What a chart of the report shows: an indicator by unit over the years
 * (`yearly`), the jurisdiction's indicator over the years (`trend`), a
 * monthly safety series with the same month of the year before (`monthly`),
 * the units ranked by total (`ranking`), units × items (`heatmap`) or each
 * total by dimension (`composition`).
 *
 * @example
 * const kind: ReportChartKind = 'yearly';
 */
export type ReportChartKind = 'yearly' | 'trend' | 'monthly' | 'ranking' | 'heatmap' | 'composition';

/**
 * A chart a section asks for: an indicator compared by unit across the
 * years, its jurisdiction-wide trend, or a monthly safety series.
 *
 * @example
 * const chart: SectionChart = { kind: 'yearly', indicator: 'litigation.lost_cases' };
 */
export type SectionChart =
  | { kind: 'yearly'; indicator: IndicatorId }
  | { kind: 'trend'; indicator: IndicatorId }
  | { kind: 'monthly'; measure: 'incidents' | 'deaths' };

/**
 * One section of the report: where it stands in the park's report, the
 * indicators its paragraph and tables give, and its charts.
 *
 * @example
 * REPORT_SECTIONS.find((s) => s.id === 'documents')?.seed; // '三'
 */
export interface ReportSection {
  id: ReportSectionId;
  /** The chapter (and paragraph) of the park's 2019 report the section follows, e.g. `二（四）`. */
  seed: string;
  /** The indicators of the paragraph and the tables, in the order they are told. */
  indicators: readonly IndicatorId[];
  /** The section's charts, in order. */
  charts: readonly SectionChart[];
}

/**
 * The report's sections in the order of the park's 2019 report: business
 * environment and production safety (chapter 二), normative documents (三),
 * major decisions (四), enforcement case files (五), reconsideration and
 * litigation (七). The department scores and the data-quality summary
 * follow them.
 *
 * @example
 * REPORT_SECTIONS.map((s) => s.id);
 * // ['business', 'safety', 'documents', 'decisions', 'enforcement', 'reconsideration', 'litigation']
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  {
    id: 'business', seed: '二（二）',
    indicators: ['business.score', 'business.dimension_score', 'business.indicator_score'],
    charts: [{ kind: 'trend', indicator: 'business.score' }],
  },
  {
    id: 'safety', seed: '二（四）',
    indicators: ['safety.incidents', 'safety.deaths', 'safety.major_incidents', 'safety.deaths_per_100m_gdp'],
    charts: [
      { kind: 'monthly', measure: 'incidents' },
      { kind: 'monthly', measure: 'deaths' },
      { kind: 'yearly', indicator: 'safety.incidents' },
    ],
  },
  {
    id: 'documents', seed: '三',
    indicators: ['documents.issued', 'documents.filing_rate', 'documents.timely_filing_rate', 'documents.compliance_rate', 'documents.legality_review_rate'],
    charts: [
      { kind: 'yearly', indicator: 'documents.filing_rate' },
      { kind: 'yearly', indicator: 'documents.timely_filing_rate' },
    ],
  },
  {
    id: 'decisions', seed: '四',
    indicators: ['decisions.count', 'decisions.procedure_compliance_rate'],
    charts: [{ kind: 'yearly', indicator: 'decisions.procedure_compliance_rate' }],
  },
  {
    id: 'enforcement', seed: '五（四）',
    indicators: ['enforcement.files_reviewed', 'enforcement.mean_score', 'enforcement.pass_rate', 'enforcement.excellent_rate'],
    charts: [{ kind: 'yearly', indicator: 'enforcement.mean_score' }],
  },
  {
    id: 'reconsideration', seed: '七（一）',
    indicators: ['reconsideration.cases', 'reconsideration.correction_rate', 'reconsideration.on_time_rate'],
    charts: [
      { kind: 'yearly', indicator: 'reconsideration.correction_rate' },
      { kind: 'yearly', indicator: 'reconsideration.on_time_rate' },
    ],
  },
  {
    id: 'litigation', seed: '七（二）',
    indicators: ['litigation.cases', 'litigation.concluded', 'litigation.lost_cases', 'litigation.loss_rate', 'litigation.head_appearance_rate'],
    charts: [
      { kind: 'yearly', indicator: 'litigation.lost_cases' },
      { kind: 'yearly', indicator: 'litigation.head_appearance_rate' },
      { kind: 'trend', indicator: 'litigation.head_appearance_rate' },
    ],
  },
];
