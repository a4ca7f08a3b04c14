import { yearlyComparisonRows } from '@fazhi/charts';
import type { IndicatorId, IndicatorRow, Lang } from '@fazhi/core';
import { describe, expect, test } from 'vitest';
import { yearlyDescription } from '../../../src/lib/areas/yearly-description.ts';

const row = (indicator: IndicatorId, unit: string, year: number, value: number | null): IndicatorRow =>
  ({ indicator, unit, year, numerator: value ?? 0, denominator: null, value });

function describeYearly(rows: IndicatorRow[], indicator: IndicatorId, years: number[], lang: Lang): string {
  return yearlyDescription(yearlyComparisonRows(rows, { lang, indicator, years }), indicator, lang);
}

const lost = [
  row('litigation.lost_cases', '甲局', 2018, 2), row('litigation.lost_cases', '甲局', 2019, 4),
  row('litigation.lost_cases', '乙局', 2018, 1), row('litigation.lost_cases', '乙局', 2019, 0),
  row('litigation.lost_cases', '丙局', 2018, 0), row('litigation.lost_cases', '丙局', 2019, 0),
  row('litigation.lost_cases', '*', 2018, 3), row('litigation.lost_cases', '*', 2019, 4),
];

describe('yearlyDescription', () => {
  test('names the highest and lowest unit of the last year (ties counted) and the units better, worse and unchanged', () => {
    expect(describeYearly(lost, 'litigation.lost_cases', [2018, 2019], 'zh-Hans')).toBe(
      '败诉案件数，按单位，2018—2019 年比较：2019 年最高：甲局 4 件；最低：2 个单位并列 0 件；与 2018 年相比 1 个单位改善、1 个变差、1 个持平。',
    );
    expect(describeYearly(lost, 'litigation.lost_cases', [2018, 2019], 'zh-Hant')).toBe(
      '敗訴案件數，按單位，2018—2019 年比較：2019 年最高：甲局 4 件；最低：2 個單位並列 0 件；與 2018 年相比 1 個單位改善、1 個變差、1 個持平。',
    );
    expect(describeYearly(lost, 'litigation.lost_cases', [2018, 2019], 'en')).toBe(
      'Cases lost by unit, 2018–2019: in 2019 highest: 甲局 (4 lost cases); lowest: 2 units tied at 0 lost cases; against 2018, 1 improved, 1 worsened, 1 unchanged.',
    );
  });

  test('an indicator without a better direction is told as units rising and falling', () => {
    const issued = [row('documents.issued', '甲局', 2018, 3), row('documents.issued', '甲局', 2019, 5), row('documents.issued', '乙局', 2018, 2), row('documents.issued', '乙局', 2019, 2)];
    expect(describeYearly(issued, 'documents.issued', [2018, 2019], 'en')).toBe(
      'Normative documents issued by unit, 2018–2019: in 2019 highest: 甲局 (5 documents); lowest: 乙局 (2 documents); against 2018, 1 rose, 0 fell, 1 unchanged.',
    );
  });

  test('rates are told as percentages; all units equal are told once', () => {
    const rates = [row('documents.filing_rate', '甲局', 2019, 1), row('documents.filing_rate', '乙局', 2019, 1)];
    expect(describeYearly(rates, 'documents.filing_rate', [2019], 'zh-Hans')).toBe('报备率，按单位，2019 年比较：2019 年 2 个单位都是 100%。');
  });

  test('one unit is told by its value in each year, a missing value as —', () => {
    const one = [row('litigation.lost_cases', '甲局', 2019, 4)];
    expect(describeYearly(one, 'litigation.lost_cases', [2018, 2019], 'zh-Hans')).toBe('败诉案件数，按单位，2018—2019 年比较：甲局：2018 年 —，2019 年 4 件。');
  });

  test('units without a value in the last year and changes without both years are left out of the counts, never NaN', () => {
    const gaps = [...lost, row('litigation.lost_cases', '丁局', 2018, 2), row('litigation.lost_cases', '丁局', 2019, null)];
    const text = describeYearly(gaps, 'litigation.lost_cases', [2018, 2019], 'zh-Hans');
    expect(text).toContain('1 个单位改善、1 个变差、1 个持平');
    expect(text).not.toMatch(/NaN|null|undefined|Infinity/);
  });

  test('no data at all gives the lead alone', () => {
    expect(describeYearly([], 'litigation.lost_cases', [2019], 'en')).toBe('Cases lost by unit, 2019.');
  });
});
