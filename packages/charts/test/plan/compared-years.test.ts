import { describe, expect, test } from 'vitest';
import { comparedYears } from '../../src/plan/compared-years.ts';

const row = (indicator: string, unit: string, year: number) => ({ indicator, unit, year, numerator: 1, denominator: null, value: 1 });

describe('comparedYears', () => {
  const rows = [row('a.x', 'u', 2016), row('a.x', 'u', 2019), row('a.x', '*', 2017), row('a.x', 'u', 2018), row('b.y', 'u', 2015), row('a.x', 'u', 2020)];

  test('gives the years with a row of the indicator up to the year, ascending, at most max (the latest)', () => {
    expect(comparedYears(rows, 'a.x', 2019)).toEqual([2017, 2018, 2019]);
    expect(comparedYears(rows, 'a.x', 2019, 2)).toEqual([2018, 2019]);
    expect(comparedYears(rows, 'a.x', 2016)).toEqual([2016]);
  });

  test('ignores other indicators and gives [] when the indicator has no row up to the year', () => {
    expect(comparedYears(rows, 'b.y', 2014)).toEqual([]);
    expect(comparedYears(rows, 'c.z', 2019)).toEqual([]);
  });

  test('keeps to the years given, when given (the report compares the years asked for)', () => {
    expect(comparedYears(rows, 'a.x', 2019, 3, [2016, 2019])).toEqual([2016, 2019]);
    expect(comparedYears(rows, 'a.x', 2019, 3, [2015])).toEqual([]);
  });

  test('does not depend on row order', () => {
    expect(comparedYears([...rows].reverse(), 'a.x', 2020, 4)).toEqual(comparedYears(rows, 'a.x', 2020, 4));
  });
});
