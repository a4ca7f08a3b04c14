import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileRank } from '../../../src/scoring/normalize/percentile-rank.ts';

describe('percentileRank', () => {
  it('percentileRank is 100 × (worse + ½ equal) / n (scipy percentileofscore kind="mean")', () => {
    // scipy.stats.percentileofscore([1, 2, 3, 4], 3, kind='mean') == 62.5
    expect(percentileRank(3, [1, 2, 3, 4], 'higher')).toBe(62.5);
    // percentileofscore([1, 2, 2, 4], 2, kind='mean') == 50.0
    expect(percentileRank(2, [1, 2, 2, 4], 'higher')).toBe(50);
    expect(percentileRank(4, [1, 2, 3, 4], 'higher')).toBe(87.5);
  });

  it('percentileRank counts "worse" by direction', () => {
    expect(percentileRank(1, [1, 2, 3, 4], 'lower')).toBe(87.5);
    expect(percentileRank(4, [1, 2, 3, 4], 'lower')).toBe(12.5);
  });

  it('percentileRank of a unit alone, or of all-equal peers, is 50', () => {
    expect(percentileRank(7, [], 'higher')).toBe(50);
    expect(percentileRank(7, [7, 7, 7], 'higher')).toBe(50);
  });

  it('percentileRank is strictly inside (0, 100) and the ranks of all peers average 50', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 15 }), (peers) => {
        let sum = 0;
        for (const v of peers) {
          const p = percentileRank(v, peers, 'higher');
          expect(p).toBeGreaterThan(0);
          expect(p).toBeLessThan(100);
          sum += p;
        }
        expect(sum / peers.length).toBeCloseTo(50, 9);
      }),
      { seed: 41, numRuns: 200 },
    );
  });
});
