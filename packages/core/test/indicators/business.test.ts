import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import { shuffled } from './arbitrary-records.ts';
import { businessRecord as m } from './records.ts';

const singapore = [
  m({ indicator: '程序', value: 2, best: 1, worst: 18 }),
  m({ indicator: '时间', value: 1.5, best: 0.5, worst: 100 }),
  m({ indicator: '成本', value: 0.38782, best: 0, worst: 200 }),
  m({ indicator: '最低实缴资本', value: 0, best: 0, worst: 400 }),
];

const of = (rows: IndicatorRow[], id: string) => rows.filter((r) => r.indicator === id);

describe('business indicators', () => {
  it('business.* give no rows for no measurements', () => {
    expect(computeIndicators({ business_environment: [] }).rows).toEqual([]);
  });

  it('business.indicator_score reproduces Doing Business 2020 Singapore, starting a business, to 1e-5', () => {
    const rows = of(computeIndicators({ business_environment: singapore }).rows, 'business.indicator_score');
    const score = (item: string) => rows.find((r) => r.item === item)?.value;
    expect(score('程序')).toBeCloseTo(94.11765, 5);
    expect(score('时间')).toBeCloseTo(98.99497, 5);
    expect(score('成本')).toBeCloseTo(99.80609, 5);
    expect(score('最低实缴资本')).toBe(100);
    expect(rows.every((r) => r.unit === '*' && r.dimension === '开办企业' && r.denominator === null && r.numerator === r.value)).toBe(true);
  });

  it('business.dimension_score and business.score of the four Singapore indicators are 98.22968', () => {
    const { rows } = computeIndicators({ business_environment: singapore });
    const [dimension] = of(rows, 'business.dimension_score');
    expect(dimension?.value).toBeCloseTo(98.22968, 5);
    expect(dimension?.denominator).toBe(4);
    expect(dimension?.dimension).toBe('开办企业');
    expect(dimension?.item).toBeUndefined();
    const [total] = of(rows, 'business.score');
    expect(total?.value).toBeCloseTo(98.22968, 5);
    expect([total?.numerator, total?.denominator]).toEqual([dimension?.value, 1]);
    expect(total?.dimension).toBeUndefined();
  });

  it('business.dimension_score is the weight-weighted mean; business.score the plain mean of dimensions', () => {
    const { rows } = computeIndicators({
      business_environment: [
        m({ dimension: 'A', indicator: 'a1', value: 0, best: 0, worst: 10, weight: 3 }), // 100
        m({ dimension: 'A', indicator: 'a2', value: 10, best: 0, worst: 10, weight: 1 }), // 0
        m({ dimension: 'B', indicator: 'b1', value: 5, best: 0, worst: 10 }), // 50
      ],
    });
    const dims = of(rows, 'business.dimension_score').map((r) => [r.dimension, r.numerator, r.denominator, r.value]);
    expect(dims).toEqual([['A', 300, 4, 75], ['B', 50, 1, 50]]);
    expect(of(rows, 'business.score').map((r) => [r.numerator, r.denominator, r.value])).toEqual([[125, 2, 62.5]]);
  });

  it('business rows keep units apart; a blank unit is the jurisdiction itself, not a sum', () => {
    const { rows } = computeIndicators({
      business_environment: [m({ unit: '湖西', value: 18 }), m({ unit: null, value: 1 }), m({ unit: '湖东', value: 1, year: 2020 })],
    });
    expect(of(rows, 'business.score').map((r) => [r.unit, r.year, r.value])).toEqual([['*', 2019, 100], ['湖东', 2020, 100], ['湖西', 2019, 0]]);
  });

  it('business.dimension_score is null when the weights sum to 0, and such a dimension is left out of business.score', () => {
    const { rows } = computeIndicators({
      business_environment: [m({ dimension: 'A', weight: 0 }), m({ dimension: 'B', value: 1 })],
    });
    expect(of(rows, 'business.dimension_score').map((r) => [r.dimension, r.value])).toEqual([['A', null], ['B', 100]]);
    expect(of(rows, 'business.score').map((r) => [r.numerator, r.denominator, r.value])).toEqual([[100, 1, 100]]);
  });

  it('a measurement whose goalposts coincide has no indicator row and does not count in its dimension', () => {
    const { rows } = computeIndicators({
      business_environment: [m({ indicator: 'x', best: 5, worst: 5, value: 5 }), m({ indicator: 'y', value: 1 })],
    });
    expect(of(rows, 'business.indicator_score').map((r) => r.item)).toEqual(['y']);
    expect(of(rows, 'business.dimension_score').map((r) => [r.numerator, r.denominator, r.value])).toEqual([[100, 1, 100]]);
  });

  it('business rows are ordered by unit, year, dimension, item', () => {
    const { rows } = computeIndicators({
      business_environment: [
        m({ unit: '乙', dimension: 'B', indicator: 'b' }), m({ unit: '乙', dimension: 'A', indicator: 'z' }),
        m({ unit: '乙', dimension: 'A', indicator: 'a' }), m({ unit: null, year: 2020 }), m({ unit: null, year: 2018 }),
      ],
    });
    expect(of(rows, 'business.indicator_score').map((r) => `${r.unit}/${r.year}/${r.dimension}/${r.item}`)).toEqual([
      '*/2018/开办企业/程序', '*/2020/开办企业/程序', '乙/2019/A/a', '乙/2019/A/z', '乙/2019/B/b',
    ]);
  });

  it('business rows of many measurements in one dimension do not depend on record order', () => {
    const measurement = fc.record({
      indicator: fc.constantFrom('程序', '时间'), value: fc.double({ min: 0, max: 20, noNaN: true }),
      weight: fc.double({ min: 0, max: 3, noNaN: true }), exponent: fc.constantFrom(1, 0.8),
    });
    fc.assert(
      fc.property(fc.array(measurement, { minLength: 3, maxLength: 30 }), fc.integer(), (measurements, seed) => {
        const records = measurements.map((over) => m(over));
        expect(computeIndicators({ business_environment: shuffled(records, seed) }).rows)
          .toEqual(computeIndicators({ business_environment: records }).rows);
      }),
      { seed: 11, numRuns: 100 },
    );
  });
});
