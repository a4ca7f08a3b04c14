import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalpostsShare } from '../../../src/scoring/rules/goalposts-share.ts';

describe('goalpostsShare', () => {
  it('goalpostsShare is (worst − value) / (worst − best): 2 procedures between 18 and 1 → 16/17', () => {
    expect(goalpostsShare(2, { worst: 18, best: 1 })).toBe(16 / 17);
  });

  it('goalpostsShare is 1 at the best goalpost and 0 at the worst, exactly', () => {
    expect(goalpostsShare(1, { worst: 18, best: 1 })).toBe(1);
    expect(goalpostsShare(18, { worst: 18, best: 1 })).toBe(0);
  });

  it('goalpostsShare clamps beyond the goalposts to 0 and 1', () => {
    expect(goalpostsShare(0, { worst: 18, best: 1 })).toBe(1);
    expect(goalpostsShare(30, { worst: 18, best: 1 })).toBe(0);
  });

  it('goalpostsShare works when higher is better (best > worst)', () => {
    expect(goalpostsShare(0.75, { worst: 0, best: 1 })).toBe(0.75);
    expect(goalpostsShare(1.2, { worst: 0, best: 1 })).toBe(1);
  });

  it('goalpostsShare takes the differences in decimal: 80% between 60% and 100% is exactly 0.5', () => {
    expect(goalpostsShare(0.8, { worst: 0.6, best: 1 })).toBe(0.5);
  });

  it('goalpostsShare raises the clamped share to the exponent (the total tax rate uses 0.8)', () => {
    expect(goalpostsShare(55.05, { worst: 84, best: 26.1, exponent: 0.8 })).toBeCloseTo(0.5 ** 0.8, 12);
    expect(goalpostsShare(20, { worst: 84, best: 26.1, exponent: 0.8 })).toBe(1);
    expect(goalpostsShare(90, { worst: 84, best: 26.1, exponent: 0.8 })).toBe(0);
  });

  it('goalpostsShare with coinciding goalposts gives 1 at them and 0 elsewhere', () => {
    expect(goalpostsShare(5, { worst: 5, best: 5 })).toBe(1);
    expect(goalpostsShare(4, { worst: 5, best: 5 })).toBe(0);
  });

  it('goalpostsShare stays in [0, 1] and never falls as the value moves towards the best goalpost', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, finite, fc.constantFrom(1, 0.8, 2), (a, b, worst, best, exponent) => {
        fc.pre(worst !== best);
        const rule = { worst, best, exponent };
        const sa = goalpostsShare(a, rule);
        const sb = goalpostsShare(b, rule);
        expect(sa).toBeGreaterThanOrEqual(0);
        expect(sa).toBeLessThanOrEqual(1);
        // b is at least as close to the best side as a
        const bBetter = best > worst ? b >= a : b <= a;
        if (bBetter) expect(sb).toBeGreaterThanOrEqual(sa);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
