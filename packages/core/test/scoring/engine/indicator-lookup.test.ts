import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../src/indicators/indicator-row.ts';
import { IndicatorLookup } from '../../../src/scoring/engine/indicator-lookup.ts';

const business = (dimension: string | undefined, item: string | undefined, value: number, indicator = 'business.indicator_score'): IndicatorRow => ({
  indicator, unit: '*', year: 2019, numerator: value, denominator: null, value,
  ...(dimension === undefined ? {} : { dimension }), ...(item === undefined ? {} : { item }),
});

describe('IndicatorLookup', () => {
  const rows: IndicatorRow[] = [
    { indicator: 'litigation.lost_cases', unit: '劳保局', year: 2019, numerator: 4, denominator: null, value: 4 },
    { indicator: 'litigation.loss_rate', unit: '劳保局', year: 2018, numerator: 0, denominator: 0, value: null },
    business('开办企业', '办理环节(个)', 94.1),
    business('登记财产', '办理环节(个)', 75),
    business('开办企业', undefined, 97, 'business.dimension_score'),
    business(undefined, undefined, 84.9, 'business.score'),
  ];
  const lookup = new IndicatorLookup(rows);

  it('finds the row of a unit × year × indicator, or null', () => {
    expect(lookup.find('劳保局', 2019, 'litigation.lost_cases')?.value).toBe(4);
    expect(lookup.find('劳保局', 2020, 'litigation.lost_cases')).toBeNull();
    expect(lookup.find('规建委', 2019, 'litigation.lost_cases')).toBeNull();
  });

  it('narrows business rows by select, in either script', () => {
    expect(lookup.find('*', 2019, 'business.indicator_score', { dimension: '登记财产', item: '办理环节(个)' })?.value).toBe(75);
    expect(lookup.find('*', 2019, 'business.indicator_score', { dimension: '開辦企業', item: '辦理環節(個)' })?.value).toBe(94.1);
    expect(lookup.find('*', 2019, 'business.dimension_score', { dimension: '开办企业' })?.value).toBe(97);
    expect(lookup.find('*', 2019, 'business.score')?.value).toBe(84.9);
  });

  it('takes the lowest value when a select matches several rows, whatever their order', () => {
    const reversed = new IndicatorLookup([...rows].reverse());
    expect(lookup.find('*', 2019, 'business.indicator_score', { item: '办理环节(个)' })?.value).toBe(75);
    expect(reversed.find('*', 2019, 'business.indicator_score', { item: '办理环节(个)' })?.value).toBe(75);
  });

  it('lists the years and the units with rows of some indicators', () => {
    expect(lookup.years()).toEqual([2018, 2019]);
    expect(lookup.unitsWith(2019, new Set(['litigation.lost_cases'])).sort()).toEqual(['劳保局']);
    expect(lookup.unitsWith(2019, new Set(['business.score', 'litigation.loss_rate'])).sort()).toEqual(['*']);
    expect(lookup.unitsWith(2017, new Set(['business.score']))).toEqual([]);
  });
});
