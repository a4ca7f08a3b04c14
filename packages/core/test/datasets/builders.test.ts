import { describe, expect, it } from 'vitest';
import type { DatasetSchema } from '../../src/datasets/dataset-schema.ts';
import { DATASET_SCHEMAS } from '../../src/datasets/registry.ts';
import { RowValues } from '../../src/datasets/row-values.ts';
import { gradeFromDeaths } from '../../src/datasets/safety-incidents.ts';

const source = { file: 't.csv', row: 2 };
function build<K extends keyof typeof DATASET_SCHEMAS>(id: K, values: Record<string, unknown>) {
  const schema = DATASET_SCHEMAS[id] as DatasetSchema;
  const row = new RowValues(schema.columns.map((c) => c.name));
  schema.columns.forEach((c, i) => (row.values[i] = values[c.name] ?? null));
  return schema.build(row, source);
}

describe('dataset builders', () => {
  it('litigation: an outcome of 撤销 is lost; the lost flag overrides; a pending case is never lost', () => {
    expect(build('litigation', { case_no: 'a', concluded_on: '2019-07-01', outcome: '撤销' })).toMatchObject({ lost: true, withdrawn: false });
    expect(build('litigation', { case_no: 'a', concluded_on: '2019-07-01', outcome: '撤销', lost: 'no' })).toMatchObject({ lost: false });
    expect(build('litigation', { case_no: 'a', concluded_on: '2019-07-01', outcome: '驳回诉讼请求', lost: 'yes' })).toMatchObject({ lost: true });
    expect(build('litigation', { case_no: 'a', outcome: '撤销', lost: 'yes' })).toMatchObject({ lost: false, concluded_on: null });
    expect(build('litigation', { case_no: 'a', concluded_on: '2019-07-01', outcome: '准予撤诉' })).toMatchObject({ lost: false, withdrawn: true });
  });
  it('litigation: hearing_held is yes when heard_on is present even if the flag says no', () => {
    expect(build('litigation', { case_no: 'a', hearing_held: 'no', heard_on: '2019-06-01' })).toMatchObject({ hearing_held: true });
    expect(build('litigation', { case_no: 'a' })).toMatchObject({ hearing_held: false });
  });
  it('enforcement: year is the year column, else year(reviewed_on), else the row is rejected', () => {
    expect(build('enforcement_reviews', { file_no: 'f', score: 90, year: 2018, reviewed_on: '2019-01-05' })).toMatchObject({ year: 2018 });
    expect(build('enforcement_reviews', { file_no: 'f', score: 90, reviewed_on: '2019-01-05' })).toMatchObject({ year: 2019 });
    expect(build('enforcement_reviews', { file_no: 'f', score: 90 })).toEqual({ rejected: 'value.required', column: 'year' });
  });
  it('decisions: year is year(decided_on), else the year column', () => {
    expect(build('decisions', { decision_no: 'd', decided_on: '2019-03-01', year: 2018 })).toMatchObject({ year: 2019 });
    expect(build('decisions', { decision_no: 'd', year: 2018 })).toMatchObject({ year: 2018 });
    expect(build('decisions', { decision_no: 'd' })).toEqual({ rejected: 'value.required', column: 'decided_on' });
  });
  it('safety: a blank grade is derived from deaths (<3 一般, 3–9 较大, 10–29 重大, ≥30 特别重大)', () => {
    expect([0, 2, 3, 9, 10, 29, 30].map(gradeFromDeaths)).toEqual(['一般', '一般', '较大', '较大', '重大', '重大', '特别重大']);
    expect(build('safety_incidents', { incident_no: 'i', occurred_on: '2019-01-01', deaths: 4 })).toMatchObject({ grade: '较大' });
    expect(build('safety_incidents', { incident_no: 'i', occurred_on: '2019-01-01', deaths: 0, grade: '重大' })).toMatchObject({ grade: '重大' });
  });
  it('documents: filing_required defaults to yes; 准予备案 in either script or blank is compliant', () => {
    expect(build('documents', { doc_no: 'n', issued_on: '2019-01-01' })).toMatchObject({ filing_required: true, compliant: true });
    expect(build('documents', { doc_no: 'n', issued_on: '2019-01-01', filing_required: 'no', review_result: '準予備案' })).toMatchObject({ filing_required: false, compliant: true });
    expect(build('documents', { doc_no: 'n', issued_on: '2019-01-01', review_result: '准予備案' })).toMatchObject({ compliant: true });
    expect(build('documents', { doc_no: 'n', issued_on: '2019-01-01', review_result: '糾正' })).toMatchObject({ compliant: false });
    expect(build('documents', { doc_no: 'n', issued_on: '2019-01-01', review_result: '另行研究' })).toMatchObject({ compliant: null });
  });
  it('reconsideration: extended defaults to no and procedure to ordinary', () => {
    expect(build('reconsideration', { case_no: 'c', received_on: '2019-01-01' })).toMatchObject({ extended: false, procedure: 'ordinary' });
    expect(build('reconsideration', { case_no: 'c', received_on: '2019-01-01', procedure: 'simple', extended: 'yes' })).toMatchObject({ extended: true, procedure: 'simple' });
  });
  it('business: exponent and weight default to 1', () => {
    expect(build('business_environment', { year: 2019, dimension: 'd', indicator: 'i', value: 2, best: 1, worst: 18 })).toMatchObject({ exponent: 1, weight: 1, unit: null });
  });
});
