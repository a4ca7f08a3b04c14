import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { formatChange } from '../../src/report/format-change.ts';
import { sectionParagraph } from '../../src/report/section-paragraph.ts';

const row = (indicator: string, year: number, numerator: number, denominator: number | null, unit = '*'): IndicatorRow => ({
  indicator, unit, year, numerator, denominator,
  value: denominator === null ? numerator : denominator === 0 ? null : numerator / denominator,
});

const rows: IndicatorRow[] = [
  row('documents.filing_rate', 2018, 19, 20), row('documents.filing_rate', 2019, 24, 24),
  row('litigation.lost_cases', 2018, 11, null), row('litigation.lost_cases', 2019, 9, null),
  row('litigation.lost_cases', 2019, 5, null, '劳保局'),
  row('reconsideration.correction_rate', 2019, 0, 0),
];

describe('formatChange', () => {
  it('gives rates in percentage points, counts with the measure word and the relative change, in each language', () => {
    expect(formatChange('documents.filing_rate', 1, 0.95, 'zh-Hans')).toBe('+5 个百分点');
    expect(formatChange('documents.filing_rate', 1, 0.95, 'en')).toBe('+5 percentage points');
    expect(formatChange('litigation.lost_cases', 9, 11, 'zh-Hant')).toBe('−2 件，−18.2%');
    expect(formatChange('litigation.lost_cases', 9, 11, 'en')).toBe('−2, −18.2%');
    expect(formatChange('enforcement.mean_score', 88, 85.5, 'en')).toBe('+2.5');
  });

  it('prints the digits of the indicator\'s kind, as core formatIndicatorChange does: one decimal of a point, of a mean', () => {
    expect(formatChange('documents.filing_rate', 0.9526, 0.9, 'en')).toBe('+5.3 percentage points');
    expect(formatChange('documents.filing_rate', 0.91, 0.9, 'en')).toBe('+1 percentage point');
    expect(formatChange('enforcement.mean_score', 88.04, 88, 'en')).toBe('±0');
  });

  it('says ±0 for no change, leaves out the relative change from zero, and is null without both values', () => {
    expect(formatChange('documents.filing_rate', 1, 1, 'zh-Hans')).toBe('±0 个百分点');
    expect(formatChange('litigation.lost_cases', 2, 0, 'zh-Hans')).toBe('+2 件');
    expect(formatChange('litigation.lost_cases', 2, null, 'en')).toBeNull();
  });
});

describe('sectionParagraph', () => {
  it('tells the jurisdiction’s value of each indicator in the last year with its change from the year before', () => {
    expect(sectionParagraph(rows, ['documents.filing_rate', 'litigation.lost_cases'], [2018, 2019], 'zh-Hans'))
      .toBe('2019 年，报备率 100%（较 2018 年 +5 个百分点）；败诉案件数 9 件（较 2018 年 −2 件，−18.2%）。');
    expect(sectionParagraph(rows, ['documents.filing_rate'], [2018, 2019], 'en'))
      .toBe('In 2019: filing rate 100% (+5 percentage points on 2018).');
  });

  it('says a rate of nothing is not applicable, and leaves out the change when the year before has no row', () => {
    expect(sectionParagraph(rows, ['reconsideration.correction_rate'], [2018, 2019], 'zh-Hant'))
      .toBe('2019 年，糾錯率 不適用（分母為 0）。');
  });

  it('is null when the last year has no jurisdiction row for any of the indicators', () => {
    expect(sectionParagraph(rows, ['safety.deaths'], [2018, 2019], 'en')).toBeNull();
    expect(sectionParagraph(rows, ['documents.filing_rate'], [2020], 'en')).toBeNull();
    expect(sectionParagraph(rows, ['documents.filing_rate'], [], 'en')).toBeNull();
  });

  it('does not depend on the order of the rows', () => {
    const reversed = [...rows].reverse();
    expect(sectionParagraph(reversed, ['documents.filing_rate', 'litigation.lost_cases'], [2018, 2019], 'en'))
      .toBe(sectionParagraph(rows, ['documents.filing_rate', 'litigation.lost_cases'], [2018, 2019], 'en'));
  });
});
