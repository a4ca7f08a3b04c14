import { DATASET_SCHEMAS, loadDataSet, type FileReport } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { unmatchedHeaders } from '../../../src/lib/quality/unmatched-headers.ts';

const REVIEWS = '案卷編號,被評查單位,年度,基本要求,總分,備註,基本要求\nJ1,司法局,2019,否,62,,否\n';

async function report(text: string, name = '執法案卷評查.csv', columnMap = {}): Promise<FileReport> {
  const data = await loadDataSet([{ name, bytes: new TextEncoder().encode(text) }], { columnMap });
  return data.files[0] as FileReport;
}

describe('unmatchedHeaders', () => {
  it('lists each header the dataset does not know once, with every column of the dataset, the closest (as the notice names it) first', async () => {
    const r = await report(REVIEWS);
    const headers = unmatchedHeaders(r);
    expect(headers.map((h) => h.header)).toEqual(['基本要求', '備註']);
    const [pass] = headers;
    expect(pass?.dataset).toBe('enforcement_reviews');
    expect(pass?.choices[0]).toEqual({ column: 'basic_pass', closest: true, inFile: false });
    expect(pass?.choices.map((c) => c.column).sort()).toEqual(DATASET_SCHEMAS.enforcement_reviews.columns.map((c) => c.name).sort());
    expect(pass?.choices.filter((c) => c.closest)).toHaveLength(1);
  });

  it('puts the columns the file lacks before those it has, each group in schema order', async () => {
    const [pass] = unmatchedHeaders(await report(REVIEWS));
    const order = DATASET_SCHEMAS.enforcement_reviews.columns.map((c) => c.name);
    const rest = pass?.choices.slice(1) ?? [];
    const lacking = rest.filter((c) => !c.inFile).map((c) => c.column);
    const having = rest.filter((c) => c.inFile).map((c) => c.column);
    expect(rest.map((c) => c.column)).toEqual([...lacking, ...having]);
    expect(having.sort()).toEqual(['file_no', 'score', 'unit', 'year']);
    expect(lacking).toEqual(order.filter((c) => lacking.includes(c)));
  });

  it('keeps listing a header the column map made a column (to change or undo it there), its column counted as lacking', async () => {
    const r = await report(REVIEWS, undefined, { enforcement_reviews: { 基本要求: 'basic_pass' } });
    expect(r.mapped).toEqual([{ header: '基本要求', column: 'basic_pass' }]);
    const [pass] = unmatchedHeaders(r);
    expect(pass?.header).toBe('基本要求');
    expect(pass?.choices[0]).toEqual({ column: 'basic_pass', closest: true, inFile: false });
  });

  it('lists nothing for an unrecognised file or one whose headers are all known', async () => {
    expect(unmatchedHeaders(await report('甲,乙\n1,2\n', 'notes.csv'))).toEqual([]);
    expect(unmatchedHeaders(await report('案卷編號,被評查單位,年度,總分\nJ1,司法局,2019,62\n'))).toEqual([]);
  });
});
