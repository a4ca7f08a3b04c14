import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { findRow, ndv } from './find-row.ts';
import { documentRecord as doc } from './records.ts';

const ids = (rows: { indicator: string }[]) => rows.map((r) => r.indicator);

describe('documents indicators', () => {
  it('documents.* give no rows for no documents', () => {
    expect(computeIndicators({ documents: [] }).rows).toEqual([]);
  });

  it('documents.issued counts documents by year(issued_on), per unit and for * including blank units', () => {
    const { rows } = computeIndicators({
      documents: [doc({ issued_on: '2018-12-31' }), doc({ issued_on: '2019-01-01' }), doc({ unit: null, issued_on: '2019-06-01' })],
    });
    expect(ndv(findRow(rows, 'documents.issued', '财政局', 2018))).toEqual([1, null, 1]);
    expect(ndv(findRow(rows, 'documents.issued', '财政局', 2019))).toEqual([1, null, 1]);
    expect(ndv(findRow(rows, 'documents.issued', '*', 2019))).toEqual([2, null, 2]);
    expect(rows.some((r) => r.unit === 'null' || r.unit === '')).toBe(false);
  });

  it('documents.filing_rate is filed filing-required documents over filing-required documents', () => {
    const { rows } = computeIndicators({
      documents: [doc(), doc({ filed_on: null }), doc({ filing_required: false, filed_on: null }), doc({ filing_required: false })],
    });
    expect(ndv(findRow(rows, 'documents.filing_rate', '*', 2019))).toEqual([1, 2, 0.5]);
  });

  it('documents.filing_rate is null, never NaN, when no document needs filing', () => {
    const { rows } = computeIndicators({ documents: [doc({ filing_required: false, filed_on: null })] });
    expect(ndv(findRow(rows, 'documents.filing_rate', '财政局', 2019))).toEqual([0, 0, null]);
    expect(ndv(findRow(rows, 'documents.timely_filing_rate', '财政局', 2019))).toEqual([0, 0, null]);
    expect(ndv(findRow(rows, 'documents.compliance_rate', '财政局', 2019))).toEqual([0, 0, null]);
  });

  it('documents.timely_filing_rate counts day 30 after issued_on as on time and day 31 as late', () => {
    const { rows } = computeIndicators({
      documents: [doc({ issued_on: '2019-01-01', filed_on: '2019-01-31' }), doc({ issued_on: '2019-01-01', filed_on: '2019-02-01' })],
    });
    expect(ndv(findRow(rows, 'documents.timely_filing_rate', '*', 2019))).toEqual([1, 2, 0.5]);
  });

  it('documents.timely_filing_rate starts the clock at published_on when present (across a leap day)', () => {
    const { rows } = computeIndicators({
      documents: [
        doc({ issued_on: '2020-01-01', published_on: '2020-02-15', filed_on: '2020-03-16' }), // 30 days in a leap year
        doc({ issued_on: '2020-01-01', published_on: '2020-02-15', filed_on: '2020-03-17' }), // 31 days
      ],
    });
    expect(ndv(findRow(rows, 'documents.timely_filing_rate', '*', 2020))).toEqual([1, 2, 0.5]);
  });

  it('documents.timely_filing_rate follows filingDeadlineDays and counts unfiled documents as not on time', () => {
    const records = { documents: [doc({ issued_on: '2019-01-01', filed_on: '2019-01-16' }), doc({ filed_on: null })] };
    expect(ndv(findRow(computeIndicators(records).rows, 'documents.timely_filing_rate', '*', 2019))).toEqual([1, 2, 0.5]);
    expect(ndv(findRow(computeIndicators(records, { filingDeadlineDays: 14 }).rows, 'documents.timely_filing_rate', '*', 2019))).toEqual([0, 2, 0]);
  });

  it('documents.compliance_rate counts blank review results as compliant, over filed documents only', () => {
    const { rows } = computeIndicators({
      documents: [
        doc({ compliant: true }), doc({ compliant: null, review_result: null }), doc({ compliant: false, review_result: '纠正' }),
        doc({ filed_on: null, compliant: false }),
      ],
    });
    expect(ndv(findRow(rows, 'documents.compliance_rate', '*', 2019))).toEqual([2, 3, 2 / 3]);
  });

  it('documents.legality_review_rate leaves 不適用 (na) out of both sides and counts a blank as not reviewed', () => {
    const { rows } = computeIndicators({
      documents: [doc({ legality_reviewed: 'yes' }), doc({ legality_reviewed: 'no' }), doc({ legality_reviewed: null }), doc({ legality_reviewed: 'na' })],
    });
    expect(ndv(findRow(rows, 'documents.legality_review_rate', '*', 2019))).toEqual([1, 3, 1 / 3]);
  });

  it('documents.legality_review_rate is null when every document is na', () => {
    const { rows } = computeIndicators({ documents: [doc({ legality_reviewed: 'na' })] });
    expect(ndv(findRow(rows, 'documents.legality_review_rate', '*', 2019))).toEqual([0, 0, null]);
  });

  it('documents rows come in catalogue order, then * first and units by code point (乙 U+4E59 before 甲 U+7532)', () => {
    const { rows } = computeIndicators({ documents: [doc({ unit: '甲' }), doc({ unit: '乙' })] });
    expect(ids(rows.slice(0, 3))).toEqual(['documents.issued', 'documents.issued', 'documents.issued']);
    expect(rows.slice(0, 3).map((r) => r.unit)).toEqual(['*', '乙', '甲']);
    expect([...new Set(ids(rows))]).toEqual([
      'documents.issued', 'documents.filing_rate', 'documents.timely_filing_rate', 'documents.compliance_rate', 'documents.legality_review_rate',
    ]);
  });
});
