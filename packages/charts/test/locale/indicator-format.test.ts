import { INDICATOR_IDS } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { axisFormat, catalogueEntry, formatIndicatorChange, formatIndicatorValue, roundsToZero } from '../../src/locale/indicator-format.ts';
import { monthLabel } from '../../src/locale/month-label.ts';

describe('formatIndicatorValue', () => {
  it('prints rates as percentages with one decimal, counts grouped, means with one decimal, ratios with four, null as —', () => {
    expect(formatIndicatorValue('litigation.loss_rate', 0.140625, 'zh-Hans')).toBe('14.1%');
    expect(formatIndicatorValue('documents.filing_rate', 1, 'en')).toBe('100%');
    expect(formatIndicatorValue('litigation.cases', 17701, 'en')).toBe('17,701');
    expect(formatIndicatorValue('enforcement.mean_score', 80.175, 'zh-Hant')).toBe('80.2');
    expect(formatIndicatorValue('safety.deaths_per_100m_gdp', 0.009478672985781991, 'en')).toBe('0.0095');
    expect(formatIndicatorValue('safety.incidents_yoy', -0.30952380952380953, 'en')).toBe('−31%');
    expect(formatIndicatorValue('litigation.cases', null, 'en')).toBe('—');
  });
});

describe('formatIndicatorChange', () => {
  it('prints signed counts and rate changes in percentage points per language; 0 without a unit', () => {
    expect(formatIndicatorChange('litigation.lost_cases', 3, 'zh-Hant')).toBe('+3');
    expect(formatIndicatorChange('litigation.loss_rate', -0.025, 'zh-Hans')).toBe('−2.5个百分点');
    expect(formatIndicatorChange('litigation.loss_rate', 0.025, 'zh-Hant')).toBe('+2.5個百分點');
    expect(formatIndicatorChange('litigation.loss_rate', 0.025, 'en')).toBe('+2.5 pp');
    expect(formatIndicatorChange('litigation.loss_rate', 0.0001, 'en')).toBe('0');
    expect(formatIndicatorChange('litigation.loss_rate', null, 'en')).toBe('—');
  });

  it('calls a change zero exactly when it prints as 0', () => {
    expect(roundsToZero('litigation.loss_rate', 0.0004)).toBe(true);
    expect(roundsToZero('litigation.loss_rate', 0.0006)).toBe(false);
    expect(roundsToZero('litigation.lost_cases', 0)).toBe(true);
  });
});

describe('axisFormat and catalogueEntry', () => {
  it('gives every catalogue indicator a format: percent for rates and changes, grouped otherwise', () => {
    for (const id of INDICATOR_IDS) {
      const kind = catalogueEntry(id).kind;
      expect(axisFormat(id)).toBe(kind === 'rate' || kind === 'change' ? '.0%' : ',~r');
    }
  });

  it('throws a RangeError naming an indicator that is not in the catalogue', () => {
    expect(() => catalogueEntry('no.such' as never)).toThrow(/no\.such/);
  });
});

describe('monthLabel', () => {
  it('labels months 1月…12月 in Chinese and Jan…Dec in English, and refuses 0, 13 and 1.5', () => {
    expect([1, 12].map((m) => monthLabel(m, 'zh-Hant'))).toEqual(['1月', '12月']);
    expect([1, 12].map((m) => monthLabel(m, 'en'))).toEqual(['Jan', 'Dec']);
    for (const m of [0, 13, 1.5]) expect(() => monthLabel(m, 'en')).toThrow(RangeError);
  });
});
