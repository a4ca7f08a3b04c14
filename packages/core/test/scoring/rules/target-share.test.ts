import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetShare } from '../../../src/scoring/rules/target-share.ts';

describe('targetShare', () => {
  it('targetShare is full at the target exactly and beyond it (higher)', () => {
    expect(targetShare(1, { target: 1 }, 'higher')).toBe(1);
    expect(targetShare(0.9, { target: 0.9 }, 'higher')).toBe(1);
    expect(targetShare(1.2, { target: 1 }, 'higher')).toBe(1);
  });

  it('targetShare is value / target below the target (higher): 95.5% of 100% → 0.955', () => {
    expect(targetShare(0.955, { target: 1 }, 'higher')).toBe(0.955);
    expect(targetShare(0.45, { target: 0.9 }, 'higher')).toBe(0.5);
    expect(targetShare(0, { target: 0.9 }, 'higher')).toBe(0);
  });

  it('targetShare is target / value above the target (lower), and full at or below it', () => {
    expect(targetShare(0.1, { target: 0.05 }, 'lower')).toBe(0.5);
    expect(targetShare(0.05, { target: 0.05 }, 'lower')).toBe(1);
    expect(targetShare(0.01, { target: 0.05 }, 'lower')).toBe(1);
  });

  it('targetShare gives a value of 0 full points against a lower target ≥ 0, and any positive value 0 against a target of 0', () => {
    expect(targetShare(0, { target: 0 }, 'lower')).toBe(1);
    expect(targetShare(0, { target: 0.05 }, 'lower')).toBe(1);
    expect(targetShare(2, { target: 0 }, 'lower')).toBe(0);
  });

  it('targetShare with a floor is 0 at the floor exactly, linear between floor and target, full at the target', () => {
    const rule = { target: 1, floor: 0.8 };
    expect(targetShare(0.8, rule, 'higher')).toBe(0);
    expect(targetShare(0.7, rule, 'higher')).toBe(0);
    expect(targetShare(0.9, rule, 'higher')).toBe(0.5);
    expect(targetShare(0.85, rule, 'higher')).toBe(0.25);
    expect(targetShare(1, rule, 'higher')).toBe(1);
  });

  it('targetShare with a floor works for lower-is-better (floor above the target)', () => {
    const rule = { target: 0.05, floor: 0.15 };
    expect(targetShare(0.15, rule, 'lower')).toBe(0);
    expect(targetShare(0.1, rule, 'lower')).toBe(0.5);
    expect(targetShare(0.05, rule, 'lower')).toBe(1);
    expect(targetShare(0.2, rule, 'lower')).toBe(0);
  });

  it('targetShare on a signed scale without a floor is all or nothing (a 10% cut in incidents is the target)', () => {
    expect(targetShare(-0.05, { target: -0.1 }, 'lower')).toBe(0);
    expect(targetShare(-0.12, { target: -0.1 }, 'lower')).toBe(1);
    expect(targetShare(-0.5, { target: 0 }, 'higher')).toBe(0);
  });

  it('targetShare ignores a floor on the wrong side of the target', () => {
    expect(targetShare(0.5, { target: 1, floor: 1.2 }, 'higher')).toBe(0.5);
  });

  it('targetShare is always in [0, 1]', () => {
    const v = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(v, v, fc.option(v, { nil: undefined }), fc.constantFrom('higher' as const, 'lower' as const), (value, target, floor, dir) => {
        const s = targetShare(value, floor === undefined ? { target } : { target, floor }, dir);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});
