import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameMonthLastYear } from '../../src/trends/same-month-last-year.ts';
import { shuffled } from '../indicators/arbitrary-records.ts';

describe('sameMonthLastYear', () => {
  it('sameMonthLastYear compares each month with the same month a year earlier', () => {
    expect(sameMonthLastYear([
      { year: 2018, month: 3, value: 5 },
      { year: 2019, month: 3, value: 2 },
    ])).toEqual([
      { year: 2018, month: 3, value: 5, previous: null, change: null, percent: null },
      { year: 2019, month: 3, value: 2, previous: 5, change: -3, percent: -0.6 },
    ]);
  });

  it('sameMonthLastYear finds the counterpart by month, not by position, when months are missing', () => {
    const result = sameMonthLastYear([
      { year: 2018, month: 1, value: 4 },
      { year: 2018, month: 3, value: 6 },
      { year: 2019, month: 2, value: 1 },
      { year: 2019, month: 3, value: 3 },
    ]);
    expect(result.map((m) => [m.year, m.month, m.previous, m.change, m.percent])).toEqual([
      [2018, 1, null, null, null],
      [2018, 3, null, null, null],
      [2019, 2, null, null, null],
      [2019, 3, 6, -3, -0.5],
    ]);
  });

  it('sameMonthLastYear compares December with the December before, not with the January after', () => {
    const result = sameMonthLastYear([
      { year: 2018, month: 12, value: 4 },
      { year: 2019, month: 1, value: 1 },
      { year: 2019, month: 12, value: 2 },
    ]);
    expect(result.map((m) => [m.year, m.month, m.previous])).toEqual([[2018, 12, null], [2019, 1, null], [2019, 12, 4]]);
  });

  it('sameMonthLastYear gives a change but no percent when last year\'s month was 0, and nulls around a null value', () => {
    const result = sameMonthLastYear([
      { year: 2018, month: 4, value: 0 },
      { year: 2019, month: 4, value: 2 },
      { year: 2018, month: 5, value: null },
      { year: 2019, month: 5, value: 2 },
    ]);
    expect(result.filter((m) => m.year === 2019).map((m) => [m.month, m.previous, m.change, m.percent])).toEqual([
      [4, 0, 2, null],
      [5, null, null, null],
    ]);
  });

  it('sameMonthLastYear throws a RangeError when a month appears twice', () => {
    expect(() => sameMonthLastYear([{ year: 2019, month: 2, value: 1 }, { year: 2019, month: 2, value: 3 }])).toThrow(/2019-02/);
  });

  it('sameMonthLastYear does not depend on the order of the months', () => {
    const point = fc.record({ year: fc.integer({ min: 2016, max: 2020 }), month: fc.integer({ min: 1, max: 12 }), value: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }) });
    fc.assert(
      fc.property(fc.uniqueArray(point, { selector: (p) => p.year * 12 + p.month, maxLength: 40 }), fc.integer(), (series, seed) => {
        expect(sameMonthLastYear(shuffled(series, seed))).toEqual(sameMonthLastYear(series));
      }),
      { seed: 19, numRuns: 200 },
    );
  });
});
