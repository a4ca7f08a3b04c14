import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearOverYear } from '../../src/trends/year-over-year.ts';

describe('yearOverYear', () => {
  it('yearOverYear gives the park incidents 29 vs 42 as −13 and −13/42', () => {
    expect(yearOverYear(29, 42)).toEqual({ change: -13, percent: -13 / 42 });
  });

  it('yearOverYear gives a rise as a positive fraction of the base (24 vs 20 → +0.2)', () => {
    expect(yearOverYear(24, 20)).toEqual({ change: 4, percent: 0.2 });
  });

  it('yearOverYear keeps the change but has no percent when the base is 0', () => {
    expect(yearOverYear(3, 0)).toEqual({ change: 3, percent: null });
    expect(yearOverYear(0, 0)).toEqual({ change: 0, percent: null });
  });

  it('yearOverYear gives −100 % when the value falls to 0, and 0 % when unchanged', () => {
    expect(yearOverYear(0, 4)).toEqual({ change: -4, percent: -1 });
    expect(yearOverYear(5, 5)).toEqual({ change: 0, percent: 0 });
  });

  it('yearOverYear gives nulls when either value is null', () => {
    expect(yearOverYear(null, 4)).toEqual({ change: null, percent: null });
    expect(yearOverYear(4, null)).toEqual({ change: null, percent: null });
    expect(yearOverYear(null, null)).toEqual({ change: null, percent: null });
  });

  it('yearOverYear treats NaN and ±Infinity as missing', () => {
    expect(yearOverYear(Number.NaN, 4)).toEqual({ change: null, percent: null });
    expect(yearOverYear(4, Number.POSITIVE_INFINITY)).toEqual({ change: null, percent: null });
  });

  it('yearOverYear divides by the absolute base, so the percent has the sign of the change (−4 → −2 is +50 %)', () => {
    expect(yearOverYear(-2, -4)).toEqual({ change: 2, percent: 0.5 });
  });

  it('yearOverYear never returns NaN or ±Infinity, and the percent has the sign of the change', () => {
    const value = fc.option(fc.double(), { nil: null });
    fc.assert(
      fc.property(value, value, (current, previous) => {
        const { change, percent } = yearOverYear(current, previous);
        for (const x of [change, percent]) expect(x === null || Number.isFinite(x)).toBe(true);
        // A change far below the base can underflow to a percent of 0; any other percent carries the change's sign.
        if (percent !== null && percent !== 0 && change !== null) expect(Math.sign(percent)).toBe(Math.sign(change));
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});
