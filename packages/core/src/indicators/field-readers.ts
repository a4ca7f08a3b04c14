import type { DatasetRecords } from '../datasets/records.ts';
import type { FieldOf } from './indicator-declaration.ts';

/**
 * Copies one field of `count` records from `start` into `out`.
 *
 * @example
 * const read: ColumnReader<DocumentRecord> = (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.filed_on; };
 */
export type ColumnReader<R> = (records: readonly R[], start: number, count: number, out: unknown[]) => void;

/** The datasets that tally declarations read. */
type TallyDataset = 'documents' | 'litigation' | 'reconsideration' | 'enforcement_reviews' | 'decisions' | 'safety_incidents';

/**
 * One reader per record field of each dataset that tally declarations read,
 * each written out with its own property access. Why: the engine reads a
 * field named by a declaration, and `record[field]` at one shared place in
 * the code sees every field of every dataset, which V8 serves by a generic
 * lookup — measured some twenty times slower than `record.filed_on` on the
 * bench's records, and the engine's main cost. A field access of its own
 * sees one record shape and stays fast. The type lists every field, so a
 * field added to a record type without a reader here does not compile;
 * another dataset's fields are read the generic way.
 *
 * @example
 * const out: unknown[] = [];
 * FIELD_READERS.documents.filed_on([{ ...records.documents[0]!, filed_on: '2019-03-10' }], 0, 1, out);
 * out; // ['2019-03-10']
 */
export const FIELD_READERS: { readonly [D in TallyDataset]: { readonly [F in FieldOf<D>]: ColumnReader<DatasetRecords[D]> } } = {
  documents: {
    unit: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.unit; },
    doc_no: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.doc_no; },
    title: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.title; },
    issued_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.issued_on; },
    published_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.published_on; },
    filing_required: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.filing_required; },
    filed_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.filed_on; },
    legality_reviewed: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.legality_reviewed; },
    review_result: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.review_result; },
    compliant: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.compliant; },
  },
  litigation: {
    unit: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.unit; },
    case_no: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.case_no; },
    instance: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.instance; },
    filed_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.filed_on; },
    hearing_held: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.hearing_held; },
    heard_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.heard_on; },
    head_notified: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.head_notified; },
    head_appeared: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.head_appeared; },
    concluded_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.concluded_on; },
    outcome: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.outcome; },
    lost: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.lost; },
    withdrawn: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.withdrawn; },
  },
  reconsideration: {
    unit: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.unit; },
    case_no: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.case_no; },
    received_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.received_on; },
    decided_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.decided_on; },
    decision: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.decision; },
    extended: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.extended; },
    procedure: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.procedure; },
  },
  enforcement_reviews: {
    unit: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.unit; },
    file_no: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.file_no; },
    reviewer: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.reviewer; },
    year: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.year; },
    reviewed_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.reviewed_on; },
    basic_pass: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.basic_pass; },
    score: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.score; },
  },
  decisions: {
    unit: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.unit; },
    decision_no: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.decision_no; },
    decided_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.decided_on; },
    year: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.year; },
    public_participation: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.public_participation; },
    expert_argumentation: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.expert_argumentation; },
    risk_assessment: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.risk_assessment; },
    legality_review: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.legality_review; },
    collective_discussion: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.collective_discussion; },
    in_catalogue: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.in_catalogue; },
  },
  safety_incidents: {
    unit: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.unit; },
    incident_no: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.incident_no; },
    occurred_on: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.occurred_on; },
    sector: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.sector; },
    deaths: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.deaths; },
    injuries: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.injuries; },
    direct_loss: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.direct_loss; },
    grade: (r, s, n, o) => { for (let i = 0; i < n; i++) o[i] = r[s + i]!.grade; },
  },
};
