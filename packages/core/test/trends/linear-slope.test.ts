import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffled } from '../indicators/arbitrary-records.ts';
import { linearSlope } from '../../src/trends/linear-slope.ts';

describe('linearSlope', () => {
  it('linearSlope of points on a line is the line\'s slope', () => {
    expect(linearSlope([{ year: 2017, value: 10 }, { year: 2018, value: 12 }, { year: 2019, value: 14 }])).toBe(2);
  });

  it('linearSlope is the least-squares fit: (2015, 1), (2016, 3), (2017, 2) → 0.5', () => {
    expect(linearSlope([{ year: 2015, value: 1 }, { year: 2016, value: 3 }, { year: 2017, value: 2 }])).toBeCloseTo(0.5, 12);
  });

  it('linearSlope skips null values and handles gaps between years', () => {
    expect(linearSlope([{ year: 2010, value: 0 }, { year: 2012, value: null }, { year: 2015, value: 10 }])).toBe(2);
  });

  it('linearSlope is null with fewer than two known values', () => {
    expect(linearSlope([])).toBeNull();
    expect(linearSlope([{ year: 2019, value: 1 }])).toBeNull();
    expect(linearSlope([{ year: 2018, value: null }, { year: 2019, value: 1 }])).toBeNull();
  });

  it('linearSlope is null when all known values fall in one year', () => {
    expect(linearSlope([{ year: 2019, value: 1 }, { year: 2019, value: 3 }])).toBeNull();
  });

  it('linearSlope does not depend on the order of the points', () => {
    const point = fc.record({ year: fc.integer({ min: 2000, max: 2030 }), value: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }) });
    fc.assert(
      fc.property(fc.uniqueArray(point, { selector: (p) => p.year, maxLength: 12 }), fc.integer(), (series, seed) => {
        const a = linearSlope(series);
        const b = linearSlope(shuffled(series, seed));
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 9);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('linearSlope of two points is their change per year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2020 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }), (y, gap, a, b) => {
        expect(linearSlope([{ year: y, value: a }, { year: y + gap, value: b }])).toBeCloseTo((b - a) / gap, 9);
      }),
      { seed: 8, numRuns: 200 },
    );
  });
});
