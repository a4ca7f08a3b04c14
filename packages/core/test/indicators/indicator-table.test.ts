import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { indicatorTable } from '../../src/indicators/indicator-table.ts';
import { businessRecord, enforcementRecord } from './records.ts';

describe('indicatorTable', () => {
  it('indicatorTable has one row per indicator row and the contract columns, dimension and item null outside business', () => {
    const { rows } = computeIndicators({ enforcement_reviews: [enforcementRecord()], business_environment: [businessRecord()] });
    const t = indicatorTable(rows);
    expect(t.numRows()).toBe(rows.length);
    expect(t.columnNames()).toEqual(['indicator', 'unit', 'year', 'numerator', 'denominator', 'value', 'dimension', 'item']);
    expect(t.objects()[0]).toEqual({ ...rows[0], dimension: null, item: null });
    const business = (t.objects() as Record<string, unknown>[]).find((o) => o['indicator'] === 'business.indicator_score');
    expect(business).toMatchObject({ dimension: '开办企业', item: '程序', unit: '*', year: 2019 });
  });

  it('indicatorTable of no rows is an empty table with the same columns', () => {
    const t = indicatorTable([]);
    expect(t.numRows()).toBe(0);
    expect(t.columnNames()).toHaveLength(8);
  });
});
