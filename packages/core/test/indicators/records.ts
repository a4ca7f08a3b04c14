import type {
  BusinessMeasurementRecord, DecisionRecord, DocumentRecord, EconomyRecord, EnforcementReviewRecord,
  LitigationRecord, ReconsiderationRecord, SafetyIncidentRecord,
} from '../../src/datasets/records.ts';

let nextRow = 2;
const source = (file: string) => ({ file, row: nextRow++ });

/** A filed, compliant, reviewed 2019 document of 财政局 unless overridden. */
export function documentRecord(over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    source: source('documents.csv'), unit: '财政局', doc_no: `苏园发〔2019〕${nextRow}号`, title: null,
    issued_on: '2019-03-01', published_on: null, filing_required: true, filed_on: '2019-03-10',
    legality_reviewed: 'yes', review_result: '准予备案', compliant: true, ...over,
  };
}

/** A first-instance 2019 case of 公安局, heard, head appeared, concluded and not lost unless overridden. */
export function litigationRecord(over: Partial<LitigationRecord> = {}): LitigationRecord {
  return {
    source: source('litigation.csv'), unit: '公安局', case_no: `(2019)苏0591行初${nextRow}号`, instance: '一审',
    filed_on: '2019-02-01', hearing_held: true, heard_on: '2019-04-01', head_notified: 'yes', head_appeared: 'yes',
    concluded_on: '2019-06-01', outcome: '驳回诉讼请求', lost: false, withdrawn: false, ...over,
  };
}

/** An ordinary, unextended 2019 case against 规划局, upheld after 20 days unless overridden. */
export function reconsiderationRecord(over: Partial<ReconsiderationRecord> = {}): ReconsiderationRecord {
  return {
    source: source('reconsideration.csv'), unit: '规划局', case_no: `园复${nextRow}`, received_on: '2019-03-01',
    decided_on: '2019-03-21', decision: '维持', extended: false, procedure: 'ordinary', ...over,
  };
}

/** A 2019 case file of 市场局 scoring 80 unless overridden. */
export function enforcementRecord(over: Partial<EnforcementReviewRecord> = {}): EnforcementReviewRecord {
  return {
    source: source('enforcement_reviews.csv'), unit: '市场局', file_no: `卷${nextRow}`, reviewer: null, year: 2019,
    reviewed_on: null, basic_pass: 'yes', score: 80, ...over,
  };
}

/** A 2019 decision of 发改局 with every procedure done unless overridden. */
export function decisionRecord(over: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    source: source('decisions.csv'), unit: '发改局', decision_no: `决${nextRow}`, decided_on: '2019-05-01', year: 2019,
    public_participation: 'yes', expert_argumentation: 'yes', risk_assessment: 'yes', legality_review: 'yes',
    collective_discussion: 'yes', in_catalogue: 'yes', ...over,
  };
}

/** A 2019 incident in 娄葑街道 with no deaths, graded 一般, unless overridden. */
export function safetyRecord(over: Partial<SafetyIncidentRecord> = {}): SafetyIncidentRecord {
  return {
    source: source('safety_incidents.csv'), unit: '娄葑街道', incident_no: `事${nextRow}`, occurred_on: '2019-07-01',
    sector: null, deaths: 0, injuries: null, direct_loss: null, grade: '一般', ...over,
  };
}

/** Economy figures for 2019 unless overridden. */
export function economyRecord(over: Partial<EconomyRecord> = {}): EconomyRecord {
  return { source: source('economy.csv'), year: 2019, gdp: 2743, population: null, ...over };
}

/** A jurisdiction-level (blank unit) 2019 measurement, weight 1, exponent 1, unless overridden. */
export function businessRecord(over: Partial<BusinessMeasurementRecord> = {}): BusinessMeasurementRecord {
  return {
    source: source('business_environment.csv'), unit: null, year: 2019, dimension: '开办企业', indicator: '程序',
    value: 2, best: 1, worst: 18, exponent: 1, weight: 1, ...over,
  };
}
