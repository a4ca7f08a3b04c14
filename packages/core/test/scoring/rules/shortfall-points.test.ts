import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortfallPoints } from '../../../src/scoring/rules/shortfall-points.ts';

const rule = { target: 0.9, step: 0.1, per: 1 };

describe('shortfallPoints', () => {
  it('shortfallPoints deducts nothing at the target exactly or beyond it', () => {
    expect(shortfallPoints(0.9, 10, rule, 'higher')).toMatchObject({ earned: 10, short: 0, steps: 0, limit: null });
    expect(shortfallPoints(0.95, 10, rule, 'higher').earned).toBe(10);
  });

  it('shortfallPoints counts a started step whole by default: 85% against 90% loses 1 point', () => {
    expect(shortfallPoints(0.85, 10, rule, 'higher')).toEqual({ earned: 9, raw: 1, deducted: 1, limit: null, short: 0.05, steps: 1 });
  });

  it('shortfallPoints treats 80% against 90% as exactly one step of 10 (no floating-point second step)', () => {
    expect(shortfallPoints(0.8, 10, rule, 'higher').steps).toBe(1);
    expect(shortfallPoints(0.8, 10, { ...rule, steps: 'whole' }, 'higher').steps).toBe(1);
    expect(shortfallPoints(0.7, 10, rule, 'higher').steps).toBe(2);
  });

  it('shortfallPoints with whole steps ignores a begun step; with exact steps it is proportional', () => {
    expect(shortfallPoints(0.85, 10, { ...rule, steps: 'whole' }, 'higher').earned).toBe(10);
    expect(shortfallPoints(0.85, 10, { ...rule, steps: 'exact' }, 'higher')).toMatchObject({ earned: 9.5, steps: 0.5 });
  });

  it('shortfallPoints stops at the cap and at zero', () => {
    expect(shortfallPoints(0.2, 10, { ...rule, cap: 5 }, 'higher')).toMatchObject({ earned: 5, deducted: 5, raw: 7, limit: 'cap' });
    expect(shortfallPoints(0, 5, rule, 'higher')).toMatchObject({ earned: 0, deducted: 5, raw: 9, limit: 'zero' });
  });

  it('shortfallPoints measures the shortfall above the target when lower is better', () => {
    expect(shortfallPoints(0.12, 10, { target: 0.05, step: 0.05, per: 2 }, 'lower')).toMatchObject({ earned: 6, steps: 2 });
  });

  it('shortfallPoints refuses a step that is not positive', () => {
    expect(() => shortfallPoints(0.5, 10, { ...rule, step: 0 }, 'higher')).toThrow(RangeError);
  });

  it('shortfallPoints never leaves an item below 0 nor above its points', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.constantFrom('started' as const, 'whole' as const, 'exact' as const),
        fc.constantFrom('higher' as const, 'lower' as const),
        (value, points, step, per, steps, dir) => {
          const s = shortfallPoints(value, points, { target: 0.9, step, per, steps }, dir);
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(points);
        },
      ),
      { seed: 19, numRuns: 1000 },
    );
  });
});
