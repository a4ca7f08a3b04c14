import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { indicatorsJson } from '../../src/format/indicators-json.ts';

const rows: IndicatorRow[] = [
  // Keys deliberately given out of contract order: the output must reorder them.
  { value: 0.07317073170731707, year: 2019, unit: '*', indicator: 'litigation.loss_rate', denominator: 41, numerator: 3 },
  { indicator: 'litigation.loss_rate', unit: '司法局', year: 2019, numerator: 0, denominator: 0, value: null },
  { indicator: 'business.indicator_score', unit: '*', year: 2019, numerator: 94.11764705882354, denominator: null,
    value: 94.11764705882354, item: '开办企业程序', dimension: '开办企业' },
  { indicator: 'business.dimension_score', unit: '*', year: 2019, numerator: 90, denominator: null, value: 90, dimension: '开办企业' },
];

describe('indicatorsJson', () => {
  it('indicatorsJson prints one parseable JSON array with one object per row', () => {
    const parsed: unknown = JSON.parse(indicatorsJson(rows));
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toHaveLength(4);
  });
  it('indicatorsJson orders keys indicator, unit, year, numerator, denominator, value, then dimension and item', () => {
    const parsed = JSON.parse(indicatorsJson(rows)) as Record<string, unknown>[];
    expect(Object.keys(parsed[0]!)).toEqual(['indicator', 'unit', 'year', 'numerator', 'denominator', 'value']);
    expect(Object.keys(parsed[2]!)).toEqual([
      'indicator', 'unit', 'year', 'numerator', 'denominator', 'value', 'dimension', 'item',
    ]);
    expect(Object.keys(parsed[3]!)).toEqual(['indicator', 'unit', 'year', 'numerator', 'denominator', 'value', 'dimension']);
  });
  it('indicatorsJson keeps nulls as null and numbers at full precision', () => {
    const parsed = JSON.parse(indicatorsJson(rows)) as IndicatorRow[];
    expect(parsed[1]).toEqual({ indicator: 'litigation.loss_rate', unit: '司法局', year: 2019, numerator: 0, denominator: 0, value: null });
    expect(parsed[0]!.value).toBe(0.07317073170731707);
    expect(parsed[2]!.value).toBe(94.11764705882354);
  });
  it('indicatorsJson writes one row per line and ends with a newline', () => {
    const text = indicatorsJson(rows);
    expect(text.split('\n')).toHaveLength(rows.length + 3);
    expect(text.endsWith(']\n')).toBe(true);
  });
  it('indicatorsJson prints [] for no rows', () => {
    expect(indicatorsJson([])).toBe('[]\n');
  });
});
