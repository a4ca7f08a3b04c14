import type { DatasetId, DatasetRecords } from '../datasets/records.ts';
import type { SqlColumnType } from './sql-dialect.ts';

/**
 * The columns of each normalised dataset table: its record fields of
 * `DatasetRecords` with their SQL column types, in the order of the record
 * interfaces. Every table also has `source_file` (text) and `source_row`
 * (integer), the record's `source`. Flags (`'yes' | 'no' | 'na'`) and enums
 * (Simplified script) are text, dates are dates, booleans booleans, years
 * integers and every other number a double (as JavaScript holds it). Its
 * type makes a record field without a column, or a column that is no record
 * field, a type error.
 *
 * @example
 * RECORD_COLUMNS.documents.legality_reviewed; // 'text'
 * RECORD_COLUMNS.litigation.lost; // 'boolean'
 * RECORD_COLUMNS.enforcement_reviews.year; // 'integer'
 */
export const RECORD_COLUMNS: { readonly [D in DatasetId]: { readonly [F in Exclude<keyof DatasetRecords[D], 'source'>]-?: SqlColumnType } } = {
  documents: {
    unit: 'text', doc_no: 'text', title: 'text', issued_on: 'date', published_on: 'date', filing_required: 'boolean',
    filed_on: 'date', legality_reviewed: 'text', review_result: 'text', compliant: 'boolean',
  },
  litigation: {
    unit: 'text', case_no: 'text', instance: 'text', filed_on: 'date', hearing_held: 'boolean', heard_on: 'date',
    head_notified: 'text', head_appeared: 'text', concluded_on: 'date', outcome: 'text', lost: 'boolean', withdrawn: 'boolean',
  },
  reconsideration: {
    unit: 'text', case_no: 'text', received_on: 'date', decided_on: 'date', decision: 'text', extended: 'boolean', procedure: 'text',
  },
  enforcement_reviews: {
    unit: 'text', file_no: 'text', reviewer: 'text', year: 'integer', reviewed_on: 'date', basic_pass: 'text', score: 'double',
  },
  decisions: {
    unit: 'text', decision_no: 'text', decided_on: 'date', year: 'integer', public_participation: 'text',
    expert_argumentation: 'text', risk_assessment: 'text', legality_review: 'text', collective_discussion: 'text', in_catalogue: 'text',
  },
  safety_incidents: {
    unit: 'text', incident_no: 'text', occurred_on: 'date', sector: 'text', deaths: 'double', injuries: 'double',
    direct_loss: 'double', grade: 'text',
  },
  economy: { year: 'integer', gdp: 'double', population: 'double' },
  business_environment: {
    unit: 'text', year: 'integer', dimension: 'text', indicator: 'text', value: 'double', best: 'double', worst: 'double',
    exponent: 'double', weight: 'double',
  },
  units: { unit: 'text', aliases: 'text_list', kind: 'text', document_authority: 'text', enforcement_body: 'text' },
  activities: { unit: 'text', year: 'integer', kind: 'text', count: 'double' },
};

/**
 * One column of a dataset table: its name, its type and how its value is
 * read from a normalised record.
 *
 * @example
 * const column: RecordColumn = { name: 'source_row', type: 'integer', read: (r) => r.source.row };
 */
export interface RecordColumn {
  /** The column name: the record field, or `source_file` / `source_row`. */
  readonly name: string;
  /** Its type. */
  readonly type: SqlColumnType;
  /** Its value in a record (null for a blank). */
  read(record: { readonly source: { readonly file: string; readonly row: number } }): unknown;
}

/**
 * The columns of a dataset's table in table order: `source_file`,
 * `source_row`, then the record fields of {@link RECORD_COLUMNS}.
 *
 * @example
 * recordColumns('economy').map((c) => c.name); // ['source_file', 'source_row', 'year', 'gdp', 'population']
 */
export function recordColumns(dataset: DatasetId): RecordColumn[] {
  const fields = Object.entries(RECORD_COLUMNS[dataset]) as [string, SqlColumnType][];
  return [
    { name: 'source_file', type: 'text', read: (r) => r.source.file },
    { name: 'source_row', type: 'integer', read: (r) => r.source.row },
    ...fields.map(([name, type]): RecordColumn => ({ name, type, read: (r) => (r as unknown as Record<string, unknown>)[name] ?? null })),
  ];
}
