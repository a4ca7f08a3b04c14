import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import { indicatorSeries } from '../../src/trends/indicator-series.ts';
import { shuffled } from '../indicators/arbitrary-records.ts';

function row(indicator: string, unit: string, year: number, value: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return { indicator, unit, year, numerator: value ?? 0, denominator: null, value, ...extra };
}

const rows: IndicatorRow[] = [
  row('safety.incidents', '*', 2019, 29),
  row('safety.deaths', '*', 2018, 42),
  row('safety.incidents', '娄葑街道', 2018, 4),
  row('safety.incidents', '*', 2018, 42),
  row('litigation.loss_rate', '*', 2019, null),
  row('litigation.loss_rate', '*', 2017, 0.1),
];

describe('indicatorSeries', () => {
  it('indicatorSeries keeps the rows of one indicator and unit, sorted by year', () => {
    expect(indicatorSeries(rows, 'safety.incidents', '*')).toEqual([{ year: 2018, value: 42 }, { year: 2019, value: 29 }]);
    expect(indicatorSeries(rows, 'safety.incidents', '娄葑街道')).toEqual([{ year: 2018, value: 4 }]);
  });

  it('indicatorSeries keeps a null value as a null point and leaves a year without a row out', () => {
    expect(indicatorSeries(rows, 'litigation.loss_rate', '*')).toEqual([{ year: 2017, value: 0.1 }, { year: 2019, value: null }]);
  });

  it('indicatorSeries is empty when the indicator or unit has no row', () => {
    expect(indicatorSeries(rows, 'safety.major_incidents', '*')).toEqual([]);
    expect(indicatorSeries(rows, 'safety.incidents', '胜浦街道')).toEqual([]);
  });

  it('indicatorSeries narrows business rows with select', () => {
    const business = [
      row('business.dimension_score', '*', 2019, 90, { dimension: '开办企业' }),
      row('business.dimension_score', '*', 2019, 80, { dimension: '纳税' }),
      row('business.dimension_score', '*', 2018, 85, { dimension: '开办企业' }),
    ];
    expect(indicatorSeries(business, 'business.dimension_score', '*', (r) => r.dimension === '开办企业'))
      .toEqual([{ year: 2018, value: 85 }, { year: 2019, value: 90 }]);
  });

  it('indicatorSeries throws a RangeError naming the year when two rows are left for it', () => {
    const business = [
      row('business.dimension_score', '*', 2019, 90, { dimension: '开办企业' }),
      row('business.dimension_score', '*', 2019, 80, { dimension: '纳税' }),
    ];
    expect(() => indicatorSeries(business, 'business.dimension_score', '*')).toThrow(/more than one row in 2019/);
  });

  it('indicatorSeries does not depend on the order of the rows', () => {
    const rowArb = fc.record({
      indicator: fc.constantFrom('safety.incidents', 'safety.deaths'),
      unit: fc.constantFrom('*', '娄葑街道'),
      year: fc.integer({ min: 2015, max: 2022 }),
      value: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
    }).map((r) => row(r.indicator, r.unit, r.year, r.value));
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => `${r.indicator} ${r.unit} ${r.year}`, maxLength: 30 }),
        fc.integer(),
        (input, seed) => {
          expect(indicatorSeries(shuffled(input, seed), 'safety.incidents', '*')).toEqual(indicatorSeries(input, 'safety.incidents', '*'));
        },
      ),
      { seed: 13, numRuns: 200 },
    );
  });
});
