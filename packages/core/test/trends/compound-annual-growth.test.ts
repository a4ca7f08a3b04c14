import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffled } from '../indicators/arbitrary-records.ts';
import { compoundAnnualGrowth } from '../../src/trends/compound-annual-growth.ts';

describe('compoundAnnualGrowth', () => {
  it('compoundAnnualGrowth of 100 → 121 over two years is 10 % a year', () => {
    expect(compoundAnnualGrowth([{ year: 2017, value: 100 }, { year: 2019, value: 121 }])).toBeCloseTo(0.1, 12);
  });

  it('compoundAnnualGrowth reads only the first and last known values, skipping nulls at either end', () => {
    expect(compoundAnnualGrowth([
      { year: 2015, value: null },
      { year: 2016, value: 50 },
      { year: 2017, value: 999 },
      { year: 2018, value: 200 },
      { year: 2019, value: null },
    ])).toBeCloseTo(1, 12);
  });

  it('compoundAnnualGrowth of the park incidents 42 → 29 in one year is −13/42', () => {
    expect(compoundAnnualGrowth([{ year: 2018, value: 42 }, { year: 2019, value: 29 }])).toBeCloseTo(-13 / 42, 12);
  });

  it('compoundAnnualGrowth is null with fewer than two known values', () => {
    expect(compoundAnnualGrowth([])).toBeNull();
    expect(compoundAnnualGrowth([{ year: 2019, value: 10 }])).toBeNull();
    expect(compoundAnnualGrowth([{ year: 2018, value: null }, { year: 2019, value: 10 }])).toBeNull();
  });

  it('compoundAnnualGrowth is null when the first value is 0 or negative, or the last negative', () => {
    expect(compoundAnnualGrowth([{ year: 2018, value: 0 }, { year: 2019, value: 5 }])).toBeNull();
    expect(compoundAnnualGrowth([{ year: 2018, value: -2 }, { year: 2019, value: 5 }])).toBeNull();
    expect(compoundAnnualGrowth([{ year: 2018, value: 2 }, { year: 2019, value: -5 }])).toBeNull();
  });

  it('compoundAnnualGrowth is −100 % when the last value is 0', () => {
    expect(compoundAnnualGrowth([{ year: 2017, value: 8 }, { year: 2019, value: 0 }])).toBe(-1);
  });

  it('compoundAnnualGrowth does not depend on the order of the points', () => {
    const point = fc.record({ year: fc.integer({ min: 2000, max: 2030 }), value: fc.option(fc.double({ min: -10, max: 1e6, noNaN: true }), { nil: null }) });
    fc.assert(
      fc.property(fc.uniqueArray(point, { selector: (p) => p.year, maxLength: 12 }), fc.integer(), (series, seed) => {
        expect(compoundAnnualGrowth(shuffled(series, seed))).toBe(compoundAnnualGrowth(series));
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});
