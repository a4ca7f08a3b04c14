import fc from 'fast-check';
import type {
  BusinessMeasurementRecord, DecisionRecord, DocumentRecord, EconomyRecord, EnforcementReviewRecord, Flag,
  IncidentGrade, LitigationRecord, ReconsiderationRecord, SafetyIncidentRecord,
} from '../../src/datasets/records.ts';
import { INCIDENT_GRADES, RECONSIDERATION_DECISIONS } from '../../src/datasets/records.ts';
import type { DatasetTables } from '../../src/load/data-set.ts';

const DAY = 86_400_000;
const START = Date.UTC(2017, 0, 1);

/** Dates from 2017-01-01 to about 2020-12-31, formatted in UTC so the time zone cannot matter. */
export const dateArb = fc.integer({ min: 0, max: 4 * 365 }).map((n) => new Date(START + n * DAY).toISOString().slice(0, 10));
const optionalDate = fc.option(dateArb, { freq: 4 });
const unitArb = fc.constantFrom('甲', '乙', '丙', '𠀀局', null);
const flagArb = fc.constantFrom<Flag | null>('yes', 'no', 'na', null);
const yearArb = fc.integer({ min: 2017, max: 2020 });
const source = fc.record({ file: fc.constant('x.csv'), row: fc.nat() });

const documentArb: fc.Arbitrary<DocumentRecord> = fc.record({
  source, unit: unitArb, doc_no: fc.string(), title: fc.constant(null), issued_on: dateArb, published_on: optionalDate,
  filing_required: fc.boolean(), filed_on: optionalDate, legality_reviewed: flagArb, review_result: fc.constant(null),
  compliant: fc.constantFrom(true, false, null),
});

const litigationArb: fc.Arbitrary<LitigationRecord> = fc.record({
  source, unit: unitArb, case_no: fc.string(), instance: fc.constant(null), filed_on: optionalDate, hearing_held: fc.boolean(),
  heard_on: optionalDate, head_notified: flagArb, head_appeared: flagArb, concluded_on: optionalDate, outcome: fc.constant(null),
  lost: fc.boolean(), withdrawn: fc.boolean(),
}).map((r) => (r.concluded_on === null ? { ...r, lost: false, withdrawn: false } : r));

const reconsiderationArb: fc.Arbitrary<ReconsiderationRecord> = fc.record({
  source, unit: unitArb, case_no: fc.string(), received_on: dateArb, decided_on: optionalDate,
  decision: fc.option(fc.constantFrom(...RECONSIDERATION_DECISIONS)), extended: fc.boolean(),
  procedure: fc.constantFrom<'ordinary' | 'simple'>('ordinary', 'simple'),
});

const scoreArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));

const enforcementArb: fc.Arbitrary<EnforcementReviewRecord> = fc.record({
  source, unit: unitArb, file_no: fc.string(), reviewer: fc.constant(null), year: yearArb, reviewed_on: fc.constant(null),
  basic_pass: flagArb, score: scoreArb,
});

const decisionArb: fc.Arbitrary<DecisionRecord> = fc.record({
  source, unit: unitArb, decision_no: fc.string(), decided_on: fc.constant(null), year: yearArb,
  public_participation: flagArb, expert_argumentation: flagArb, risk_assessment: flagArb, legality_review: flagArb,
  collective_discussion: flagArb, in_catalogue: flagArb,
});

const safetyArb: fc.Arbitrary<SafetyIncidentRecord> = fc.record({
  source, unit: unitArb, incident_no: fc.string(), occurred_on: dateArb, sector: fc.constant(null),
  deaths: fc.integer({ min: 0, max: 40 }), injuries: fc.constant(null), direct_loss: fc.constant(null),
  grade: fc.constantFrom<IncidentGrade>(...INCIDENT_GRADES),
});

const economyArb: fc.Arbitrary<EconomyRecord[]> = fc.uniqueArray(
  fc.record({ source, year: yearArb, gdp: fc.option(fc.double({ min: 0, max: 5000, noNaN: true })), population: fc.constant(null) }),
  { selector: (r) => r.year, maxLength: 4 },
);

const businessArb: fc.Arbitrary<BusinessMeasurementRecord> = fc.record({
  source, unit: unitArb, year: yearArb, dimension: fc.constantFrom('开办企业', '办理许可', '纳税'),
  indicator: fc.constantFrom('程序', '时间', '成本'), value: fc.double({ min: -10, max: 110, noNaN: true }),
  best: fc.constantFrom(0, 1, 100), worst: fc.constantFrom(0, 18, 200), exponent: fc.constantFrom(1, 0.8),
  weight: fc.constantFrom(0, 0.5, 1, 2),
});

/** Random records of every dataset the indicators read, small enough for many runs. */
export const recordsArb: fc.Arbitrary<Partial<DatasetTables>> = fc.record({
  documents: fc.array(documentArb, { maxLength: 25 }),
  litigation: fc.array(litigationArb, { maxLength: 25 }),
  reconsideration: fc.array(reconsiderationArb, { maxLength: 25 }),
  enforcement_reviews: fc.array(enforcementArb, { maxLength: 25 }),
  decisions: fc.array(decisionArb, { maxLength: 25 }),
  safety_incidents: fc.array(safetyArb, { maxLength: 25 }),
  economy: economyArb,
  business_environment: fc.array(businessArb, { maxLength: 25 }),
});

/** A seeded Fisher–Yates shuffle (mulberry32), so a failing case replays. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
