import type { IndicatorId } from '@fazhi/core';
import type { AreaId } from '../state/view-id.ts';

/**
 * A chart an area view asks for: an indicator compared by unit across the
 * years (`yearly`), an indicator's trend for the jurisdiction or the unit
 * filtered (`trend`; `byDimension` draws one per business dimension), or a
 * month-by-month safety series against the year before (`monthly`).
 *
 * @example
 * const chart: AreaChart = { kind: 'yearly', indicator: 'litigation.lost_cases' };
 */
export type AreaChart =
  | { kind: 'yearly'; indicator: IndicatorId }
  | { kind: 'trend'; indicator: IndicatorId; byDimension?: boolean }
  | { kind: 'monthly'; measure: 'incidents' | 'deaths' };

/**
 * What an area view shows: the indicators of its table, in the order the
 * park's report tells them, and its charts, in order.
 *
 * @example
 * AREA_PLANS.litigation.charts[0]; // { kind: 'yearly', indicator: 'litigation.lost_cases' }
 */
export interface AreaPlan {
  indicators: readonly IndicatorId[];
  charts: readonly AreaChart[];
}

/**
 * The seven areas' indicators and charts. They follow the CLI report's
 * sections (the park's 2019 report: 二（二） business … 七（二） litigation),
 * with a trend of each area's main indicator added, since the dashboard
 * shows one area at a time and has room for it.
 *
 * @example
 * AREA_PLANS.safety.charts.map((c) => c.kind); // ['monthly', 'monthly', 'yearly', 'trend']
 */
export const AREA_PLANS: Readonly<Record<AreaId, AreaPlan>> = {
  documents: {
    indicators: ['documents.issued', 'documents.filing_rate', 'documents.timely_filing_rate', 'documents.compliance_rate', 'documents.legality_review_rate'],
    charts: [
      { kind: 'yearly', indicator: 'documents.filing_rate' },
      { kind: 'yearly', indicator: 'documents.timely_filing_rate' },
      { kind: 'trend', indicator: 'documents.issued' },
    ],
  },
  litigation: {
    indicators: ['litigation.cases', 'litigation.concluded', 'litigation.lost_cases', 'litigation.loss_rate', 'litigation.head_appearance_rate'],
    charts: [
      { kind: 'yearly', indicator: 'litigation.lost_cases' },
      { kind: 'yearly', indicator: 'litigation.head_appearance_rate' },
      { kind: 'trend', indicator: 'litigation.head_appearance_rate' },
      { kind: 'trend', indicator: 'litigation.loss_rate' },
    ],
  },
  reconsideration: {
    indicators: ['reconsideration.cases', 'reconsideration.correction_rate', 'reconsideration.on_time_rate'],
    charts: [
      { kind: 'yearly', indicator: 'reconsideration.correction_rate' },
      { kind: 'yearly', indicator: 'reconsideration.on_time_rate' },
      { kind: 'trend', indicator: 'reconsideration.cases' },
    ],
  },
  enforcement: {
    indicators: ['enforcement.files_reviewed', 'enforcement.mean_score', 'enforcement.pass_rate', 'enforcement.excellent_rate'],
    charts: [
      { kind: 'yearly', indicator: 'enforcement.mean_score' },
      { kind: 'yearly', indicator: 'enforcement.pass_rate' },
      { kind: 'trend', indicator: 'enforcement.mean_score' },
    ],
  },
  decisions: {
    indicators: ['decisions.count', 'decisions.procedure_compliance_rate'],
    charts: [
      { kind: 'yearly', indicator: 'decisions.procedure_compliance_rate' },
      { kind: 'yearly', indicator: 'decisions.count' },
    ],
  },
  safety: {
    indicators: ['safety.incidents', 'safety.deaths', 'safety.major_incidents', 'safety.incidents_yoy', 'safety.deaths_yoy', 'safety.deaths_per_100m_gdp'],
    charts: [
      { kind: 'monthly', measure: 'incidents' },
      { kind: 'monthly', measure: 'deaths' },
      { kind: 'yearly', indicator: 'safety.incidents' },
      { kind: 'trend', indicator: 'safety.deaths_per_100m_gdp' },
    ],
  },
  business: {
    indicators: ['business.score', 'business.dimension_score', 'business.indicator_score'],
    charts: [
      { kind: 'trend', indicator: 'business.score' },
      { kind: 'trend', indicator: 'business.dimension_score', byDimension: true },
    ],
  },
};

/**
 * The overview's headline charts below the tiles: the business-environment
 * score over the years, safety incidents month by month against the year
 * before, and lost cases by unit.
 *
 * @example
 * OVERVIEW_CHARTS.length; // 3
 */
export const OVERVIEW_CHARTS: readonly AreaChart[] = [
  { kind: 'trend', indicator: 'business.score' },
  { kind: 'monthly', measure: 'incidents' },
  { kind: 'yearly', indicator: 'litigation.lost_cases' },
];
