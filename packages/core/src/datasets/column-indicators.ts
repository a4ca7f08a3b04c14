import { INDICATOR_CATALOGUE, type IndicatorId } from '../indicators/catalogue.ts';
import type { DatasetId } from './records.ts';
import { DATASET_SCHEMAS } from './registry.ts';

/** The optional columns that indicators read, by dataset (required columns feed every indicator of their dataset). */
const READERS: { readonly [K in DatasetId]?: { readonly [column: string]: readonly IndicatorId[] } } = {
  documents: {
    published_on: ['documents.timely_filing_rate'],
    filing_required: ['documents.filing_rate', 'documents.timely_filing_rate'],
    filed_on: ['documents.filing_rate', 'documents.timely_filing_rate', 'documents.compliance_rate'],
    legality_reviewed: ['documents.legality_review_rate'],
    review_result: ['documents.compliance_rate'],
  },
  litigation: {
    filed_on: ['litigation.cases', 'litigation.head_appearance_rate'],
    hearing_held: ['litigation.head_appearance_rate'],
    heard_on: ['litigation.head_appearance_rate'],
    head_notified: ['litigation.head_appearance_rate'],
    head_appeared: ['litigation.head_appearance_rate'],
    concluded_on: ['litigation.concluded', 'litigation.lost_cases', 'litigation.loss_rate', 'litigation.head_appearance_rate'],
    outcome: ['litigation.lost_cases', 'litigation.loss_rate'],
    lost: ['litigation.lost_cases', 'litigation.loss_rate'],
  },
  reconsideration: {
    decided_on: ['reconsideration.correction_rate', 'reconsideration.on_time_rate'],
    decision: ['reconsideration.correction_rate'],
    extended: ['reconsideration.on_time_rate'],
    procedure: ['reconsideration.on_time_rate'],
  },
  enforcement_reviews: {
    basic_pass: ['enforcement.mean_score', 'enforcement.pass_rate', 'enforcement.excellent_rate'],
  },
  decisions: {
    public_participation: ['decisions.procedure_compliance_rate'],
    expert_argumentation: ['decisions.procedure_compliance_rate'],
    risk_assessment: ['decisions.procedure_compliance_rate'],
    legality_review: ['decisions.procedure_compliance_rate'],
    collective_discussion: ['decisions.procedure_compliance_rate'],
  },
  safety_incidents: {
    unit: ['safety.incidents', 'safety.deaths', 'safety.major_incidents'],
    grade: ['safety.major_incidents'],
  },
  economy: {
    gdp: ['safety.deaths_per_100m_gdp'],
  },
  business_environment: {
    exponent: ['business.indicator_score', 'business.dimension_score', 'business.score'],
    weight: ['business.dimension_score', 'business.score'],
  },
};

/**
 * The indicators that read a column of a dataset, in catalogue order: every
 * indicator of the dataset for a required column (or one of a required
 * group), else those whose value changes with the column; empty for a
 * column no indicator reads (a title, a reviewer) or an unknown one.
 *
 * @example
 * columnIndicators('enforcement_reviews', 'basic_pass'); // ['enforcement.mean_score', 'enforcement.pass_rate', 'enforcement.excellent_rate']
 * columnIndicators('enforcement_reviews', 'reviewer'); // []
 */
export function columnIndicators(dataset: DatasetId, column: string): IndicatorId[] {
  const schema = DATASET_SCHEMAS[dataset];
  const required =
    schema.columns.some((c) => c.name === column && c.required === true) || (schema.requiredOneOf ?? []).some((group) => group.includes(column));
  const readers = new Set<string>(required ? INDICATOR_CATALOGUE.filter((e) => e.dataset === dataset).map((e) => e.id) : (READERS[dataset]?.[column] ?? []));
  return INDICATOR_CATALOGUE.filter((e) => readers.has(e.id)).map((e) => e.id);
}
