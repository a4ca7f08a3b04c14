import { describe, expect, it } from 'vitest';
import { knownPoints } from '../../src/trends/known-points.ts';

describe('knownPoints', () => {
  it('knownPoints drops null, NaN and ±Infinity values and sorts by year', () => {
    expect(knownPoints([
      { year: 2019, value: 3 },
      { year: 2016, value: Number.NaN },
      { year: 2017, value: null },
      { year: 2015, value: Number.NEGATIVE_INFINITY },
      { year: 2018, value: 5 },
    ])).toEqual([{ year: 2018, value: 5 }, { year: 2019, value: 3 }]);
  });

  it('knownPoints of an empty series is empty', () => {
    expect(knownPoints([])).toEqual([]);
  });
});
