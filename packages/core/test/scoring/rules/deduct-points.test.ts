import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deductPoints } from '../../../src/scoring/rules/deduct-points.ts';

describe('deductPoints', () => {
  it('deductPoints subtracts per × events: 3 lost cases × 2 of 10 points leaves 4', () => {
    expect(deductPoints(3, 10, { per: 2 })).toEqual({ earned: 4, raw: 6, deducted: 6, limit: null });
  });

  it('deductPoints with zero events deducts nothing', () => {
    expect(deductPoints(0, 10, { per: 2 })).toEqual({ earned: 10, raw: 0, deducted: 0, limit: null });
  });

  it('deductPoints stops at the cap and says so; exactly at the cap is not cut short', () => {
    expect(deductPoints(5, 10, { per: 2, cap: 6 })).toEqual({ earned: 4, raw: 10, deducted: 6, limit: 'cap' });
    expect(deductPoints(3, 10, { per: 2, cap: 6 })).toEqual({ earned: 4, raw: 6, deducted: 6, limit: null });
  });

  it('deductPoints never goes below zero (扣完為止): more deductions than points leave 0', () => {
    expect(deductPoints(6, 10, { per: 2 })).toEqual({ earned: 0, raw: 12, deducted: 10, limit: 'zero' });
    expect(deductPoints(5, 10, { per: 2 })).toEqual({ earned: 0, raw: 10, deducted: 10, limit: 'zero' });
    expect(deductPoints(6, 10, { per: 2, cap: 20 })).toEqual({ earned: 0, raw: 12, deducted: 10, limit: 'zero' });
  });

  it('deductPoints computes per × events in decimal: 3 × 0.1 from 10 leaves exactly 9.7', () => {
    expect(deductPoints(3, 10, { per: 0.1 })).toEqual({ earned: 9.7, raw: 0.3, deducted: 0.3, limit: null });
  });

  it('deductPoints counts a negative or non-finite count as no event', () => {
    expect(deductPoints(-2, 10, { per: 2 }).earned).toBe(10);
    expect(deductPoints(Number.NaN, 10, { per: 2 }).earned).toBe(10);
  });

  it('deductPoints never leaves an item below 0 nor above its points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 1000 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.option(fc.double({ min: -5, max: 150, noNaN: true }), { nil: undefined }),
        (count, points, per, cap) => {
          const d = deductPoints(count, points, cap === undefined ? { per } : { per, cap });
          expect(d.earned).toBeGreaterThanOrEqual(0);
          expect(d.earned).toBeLessThanOrEqual(points);
          expect(d.deducted).toBeLessThanOrEqual(d.raw);
        },
      ),
      { seed: 13, numRuns: 1000 },
    );
  });

  it('deductPoints never rises with more events', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.constantFrom(0.5, 1, 2, 3), (a, b, per) => {
        const [few, many] = a <= b ? [a, b] : [b, a];
        expect(deductPoints(many, 10, { per }).earned).toBeLessThanOrEqual(deductPoints(few, 10, { per }).earned);
      }),
      { seed: 17, numRuns: 200 },
    );
  });
});
