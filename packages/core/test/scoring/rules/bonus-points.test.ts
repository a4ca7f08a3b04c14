import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bonusPoints } from '../../../src/scoring/rules/bonus-points.ts';

describe('bonusPoints', () => {
  it('bonusPoints adds per × events below the cap', () => {
    expect(bonusPoints(2, { per: 0.5, cap: 2 })).toEqual({ earned: 1, raw: 1, capped: false });
  });

  it('bonusPoints stops at the cap and says so; exactly at the cap is not capped', () => {
    expect(bonusPoints(5, { per: 0.5, cap: 2 })).toEqual({ earned: 2, raw: 2.5, capped: true });
    expect(bonusPoints(4, { per: 0.5, cap: 2 })).toEqual({ earned: 2, raw: 2, capped: false });
  });

  it('bonusPoints with zero or negative events adds nothing', () => {
    expect(bonusPoints(0, { per: 0.5, cap: 2 })).toEqual({ earned: 0, raw: 0, capped: false });
    expect(bonusPoints(-3, { per: 0.5, cap: 2 }).earned).toBe(0);
  });

  it('bonusPoints computes per × events in decimal (3 × 0.1 = 0.3)', () => {
    expect(bonusPoints(3, { per: 0.1, cap: 1 }).earned).toBe(0.3);
  });

  it('bonusPoints is always in [0, cap]', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 1000 }), fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (n, per, cap) => {
        const b = bonusPoints(n, { per, cap });
        expect(b.earned).toBeGreaterThanOrEqual(0);
        expect(b.earned).toBeLessThanOrEqual(cap);
      }),
      { seed: 23, numRuns: 500 },
    );
  });
});
