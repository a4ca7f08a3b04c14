import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peerStanding, rankScore } from '../../../src/scoring/normalize/rank-score.ts';
import { rankValues } from '../../../src/scoring/rank-values.ts';

describe('rankScore', () => {
  it('rankScore gives the best 100, the worst 0, and (n − r) / (n − 1) × 100 between', () => {
    expect(rankScore(90, [90, 80, 70], 'higher')).toBe(100);
    expect(rankScore(80, [90, 80, 70], 'higher')).toBe(50);
    expect(rankScore(70, [90, 80, 70], 'higher')).toBe(0);
  });

  it('rankScore lets tied units share the score of their best rank', () => {
    expect(peerStanding(80, [90, 80, 80, 70], 'higher')).toEqual({ rank: 2, count: 4, worse: 1, same: 2 });
    expect(rankScore(80, [90, 80, 80, 70], 'higher')).toBeCloseTo(200 / 3, 12);
  });

  it('rankScore ranks the smallest first when lower is better, and a unit alone scores 100', () => {
    expect(rankScore(0, [0, 1, 3], 'lower')).toBe(100);
    expect(rankScore(5, [], 'lower')).toBe(100);
  });

  it('peerStanding ranks agree with rankValues', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 }), fc.constantFrom('higher' as const, 'lower' as const), (values, dir) => {
        const ranks = rankValues(values, dir);
        values.forEach((v, i) => expect(peerStanding(v, values, dir).rank).toBe(ranks[i]));
      }),
      { seed: 37, numRuns: 200 },
    );
  });
});
