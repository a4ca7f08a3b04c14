import type { IndicatorId, SafetyMeasure } from '@fazhi/core';

/**
 * The areas of the park's annual report, in its order: business environment
 * and production safety (chapter 二), normative documents (三), major
 * decisions (四), enforcement case files (五), reconsideration and
 * litigation (七). Each is a section of `fazhi report` and a view of the
 * dashboard.
 *
 * @example
 * AREA_IDS[0]; // 'business'
 */
export const AREA_IDS = ['business', 'safety', 'documents', 'decisions', 'enforcement', 'reconsideration', 'litigation'] as const;

/**
 * One area of the report.
 *
 * @example
 * const area: AreaId = 'litigation';
 */
export type AreaId = (typeof AREA_IDS)[number];

/**
 * A chart an area asks for: an indicator compared by unit across the years
 * (`yearly`), an indicator's trend for the jurisdiction or the unit filtered
 * (`trend`; `byDimension` draws one per business dimension), or a month by
 * month safety series against the year before (`monthly`). `report: false`
 * marks a chart only the dashboard draws: it shows one area at a time and
 * has room for a trend more, where the printed report keeps to the park's.
 *
 * @example
 * const chart: AreaChart = { kind: 'trend', indicator: 'litigation.loss_rate', report: false };
 */
export type AreaChart = (
  | { kind: 'yearly'; indicator: IndicatorId }
  | { kind: 'trend'; indicator: IndicatorId; byDimension?: true }
  | { kind: 'monthly'; measure: SafetyMeasure }
) & { report?: false };

/**
 * What an area shows: where it stands in the park's report, the indicators
 * of its paragraph and tables in the order the report tells them, and its
 * charts in order.
 *
 * @example
 * areaPlan('documents').seed; // '三'
 */
export interface AreaPlan {
  id: AreaId;
  /** The chapter (and paragraph) of the park's 2019 report the area follows, e.g. `二（四）`. */
  seed: string;
  /** The indicators of the area's paragraph and tables, in the order they are told. */
  indicators: readonly IndicatorId[];
  /** The area's charts, in order. */
  charts: readonly AreaChart[];
}

const yearly = (indicator: IndicatorId): AreaChart => ({ kind: 'yearly', indicator });
const trend = (indicator: IndicatorId): AreaChart & { kind: 'trend' } => ({ kind: 'trend', indicator });
const monthly = (measure: SafetyMeasure): AreaChart => ({ kind: 'monthly', measure });
/** A chart only the dashboard draws. */
const onScreen = (chart: AreaChart): AreaChart => ({ ...chart, report: false });

/**
 * The one plan of the areas' indicators and charts, in the order of the
 * park's 2019 report (`蘇州工業園區管理委員會關於2019年法治政府建設工作情況的報告`):
 * the report's sections and the dashboard's area views are both drawn from
 * it, so they show the same charts under the same names.
 *
 * @example
 * AREA_PLANS.map((a) => a.id); // ['business', 'safety', 'documents', 'decisions', 'enforcement', 'reconsideration', 'litigation']
 * areaPlan('safety').charts.map((c) => c.kind); // ['monthly', 'monthly', 'yearly', 'trend']
 */
export const AREA_PLANS: readonly AreaPlan[] = [
  {
    id: 'business', seed: '二（二）',
    indicators: ['business.score', 'business.dimension_score', 'business.indicator_score'],
    charts: [trend('business.score'), { ...trend('business.dimension_score'), byDimension: true, report: false }],
  },
  {
    id: 'safety', seed: '二（四）',
    indicators: ['safety.incidents', 'safety.deaths', 'safety.major_incidents', 'safety.incidents_yoy', 'safety.deaths_yoy', 'safety.deaths_per_100m_gdp'],
    charts: [monthly('incidents'), monthly('deaths'), yearly('safety.incidents'), onScreen(trend('safety.deaths_per_100m_gdp'))],
  },
  {
    id: 'documents', seed: '三',
    indicators: ['documents.issued', 'documents.filing_rate', 'documents.timely_filing_rate', 'documents.compliance_rate', 'documents.legality_review_rate'],
    charts: [yearly('documents.filing_rate'), yearly('documents.timely_filing_rate'), onScreen(trend('documents.issued'))],
  },
  {
    id: 'decisions', seed: '四',
    indicators: ['decisions.count', 'decisions.procedure_compliance_rate'],
    charts: [yearly('decisions.procedure_compliance_rate'), onScreen(yearly('decisions.count'))],
  },
  {
    id: 'enforcement', seed: '五（四）',
    indicators: ['enforcement.files_reviewed', 'enforcement.mean_score', 'enforcement.pass_rate', 'enforcement.excellent_rate'],
    charts: [yearly('enforcement.mean_score'), onScreen(yearly('enforcement.pass_rate')), onScreen(trend('enforcement.mean_score'))],
  },
  {
    id: 'reconsideration', seed: '七（一）',
    indicators: ['reconsideration.cases', 'reconsideration.correction_rate', 'reconsideration.on_time_rate'],
    charts: [yearly('reconsideration.correction_rate'), yearly('reconsideration.on_time_rate'), onScreen(trend('reconsideration.cases'))],
  },
  {
    id: 'litigation', seed: '七（二）',
    indicators: ['litigation.cases', 'litigation.concluded', 'litigation.lost_cases', 'litigation.loss_rate', 'litigation.head_appearance_rate'],
    charts: [
      yearly('litigation.lost_cases'), yearly('litigation.head_appearance_rate'), trend('litigation.head_appearance_rate'),
      onScreen(trend('litigation.loss_rate')),
    ],
  },
];

/**
 * The plan of one area. Throws a RangeError for an id that is not an area.
 *
 * @example
 * areaPlan('litigation').charts[0]; // { kind: 'yearly', indicator: 'litigation.lost_cases' }
 */
export function areaPlan(id: AreaId): AreaPlan {
  const plan = AREA_PLANS.find((p) => p.id === id);
  if (plan === undefined) throw new RangeError(`invalid area: ${JSON.stringify(id)} is not one of ${AREA_IDS.join(', ')}.`);
  return plan;
}
