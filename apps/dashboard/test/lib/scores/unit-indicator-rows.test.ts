import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, test } from 'vitest';
import { unitIndicatorRows } from '../../../src/lib/scores/unit-indicator-rows.ts';

const row = (indicator: string, year: number, value: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow => ({ indicator, unit: '甲', year, numerator: value ?? 0, denominator: null, value, ...extra });

const rows: IndicatorRow[] = [
  row('litigation.loss_rate', 2019, 0.25, { denominator: 4 }),
  row('litigation.lost_cases', 2019, 3),
  row('litigation.lost_cases', 2018, 1),
  row('litigation.loss_rate', 2018, 0.5, { denominator: 2 }),
  row('documents.filing_rate', 2019, null, { denominator: 0 }),
  row('not.in.catalogue', 2019, 7),
  row('business.indicator_score', 2019, 80, { dimension: '开办企业', item: '时间' }),
  row('business.indicator_score', 2019, 70, { dimension: '开办企业', item: '成本' }),
  { ...row('litigation.lost_cases', 2019, 9), unit: '乙' },
];

describe('unitIndicatorRows(rows, unit, year, lang)', () => {
  test('lists the unit’s indicators of the year in catalogue order, business rows by dimension and item, unknown ids left out', () => {
    expect(unitIndicatorRows(rows, '甲', 2019, 'en').map((l) => l.name)).toEqual([
      'Filing rate', 'Cases lost', 'Loss rate', 'Business-environment indicator score (开办企业 · 成本)', 'Business-environment indicator score (开办企业 · 时间)',
    ]);
  });

  test('does not depend on the order of the rows', () => {
    expect(unitIndicatorRows([...rows].reverse(), '甲', 2019, 'zh-Hans')).toEqual(unitIndicatorRows(rows, '甲', 2019, 'zh-Hans'));
  });

  test('puts last year’s value and the change beside this year’s (rates in percentage points), "—" where either is missing', () => {
    const lines = unitIndicatorRows(rows, '甲', 2019, 'zh-Hans');
    expect(lines.find((l) => l.indicator === 'litigation.lost_cases')).toMatchObject({ value: '3', lastYear: '1', change: '+2' });
    expect(lines.find((l) => l.indicator === 'litigation.loss_rate')).toMatchObject({ value: '25%', lastYear: '50%', change: '−25个百分点' });
    expect(lines.find((l) => l.indicator === 'documents.filing_rate')).toMatchObject({ value: '—', lastYear: '—', change: '—' });
    expect(unitIndicatorRows(rows, '甲', 2019, 'zh-Hant').find((l) => l.indicator === 'litigation.lost_cases')?.name).toBe('敗訴案件數');
  });

  test('is empty for a unit or a year without rows', () => {
    expect(unitIndicatorRows(rows, '丙', 2019, 'en')).toEqual([]);
    expect(unitIndicatorRows(rows, '甲', 2030, 'en')).toEqual([]);
  });
});
