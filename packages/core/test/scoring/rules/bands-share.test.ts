import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandsShare, matchBand } from '../../../src/scoring/rules/bands-share.ts';

const ladder = { bands: [{ min: 0.8, share: 0.8 }, { min: 0.9, share: 1 }, { min: 0.6, share: 0.5 }] };

describe('bandsShare', () => {
  it('bandsShare gives the share of the highest band reached; a value exactly at an edge reaches that band', () => {
    expect(bandsShare(0.9, ladder, 'higher')).toBe(1);
    expect(bandsShare(0.8999, ladder, 'higher')).toBe(0.8);
    expect(bandsShare(0.8, ladder, 'higher')).toBe(0.8);
    expect(bandsShare(0.6, ladder, 'higher')).toBe(0.5);
  });

  it('bandsShare is 0 below every band', () => {
    expect(bandsShare(0.59, ladder, 'higher')).toBe(0);
    expect(matchBand(0.59, ladder, 'higher')).toBeNull();
  });

  it('bandsShare reads min as a maximum for lower-is-better: 0 lost → 1, ≤ 2 → 0.5, more → 0', () => {
    const rule = { bands: [{ min: 2, share: 0.5 }, { min: 0, share: 1 }] };
    expect(bandsShare(0, rule, 'lower')).toBe(1);
    expect(bandsShare(1, rule, 'lower')).toBe(0.5);
    expect(bandsShare(2, rule, 'lower')).toBe(0.5);
    expect(bandsShare(3, rule, 'lower')).toBe(0);
  });

  it('bandsShare clamps a share outside [0, 1] and prefers the larger share of two bands with one edge', () => {
    expect(bandsShare(5, { bands: [{ min: 1, share: 1.5 }] }, 'higher')).toBe(1);
    expect(bandsShare(5, { bands: [{ min: 1, share: -0.5 }] }, 'higher')).toBe(0);
    expect(matchBand(5, { bands: [{ min: 1, share: 0.5 }, { min: 1, share: 0.7 }] }, 'higher')).toEqual({ min: 1, share: 0.7 });
  });

  it('bandsShare with no bands is 0', () => {
    expect(bandsShare(1, { bands: [] }, 'higher')).toBe(0);
  });

  it('matchBand does not depend on the order of the bands', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: -10, max: 110 }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (mins, value, dir) => {
          const bands = mins.map((min, i) => ({ min, share: (i + 1) / 10 }));
          const reversed = [...bands].reverse();
          expect(matchBand(value, { bands: reversed }, dir)).toEqual(matchBand(value, { bands }, dir));
        },
      ),
      { seed: 9, numRuns: 200 },
    );
  });
});
