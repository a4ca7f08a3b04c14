import { describe, expect, it } from 'vitest';
import { peerMoments, zScore } from '../../../src/scoring/normalize/z-score.ts';

describe('zScore', () => {
  it('zScore uses the population standard deviation (divide by n)', () => {
    expect(peerMoments(6, [2, 4, 6])).toEqual({ mean: 4, sd: Math.sqrt(8 / 3) });
    expect(zScore(6, [2, 4, 6], 'higher')).toBeCloseTo(2 / Math.sqrt(8 / 3), 12);
  });

  it('zScore turns the sign when lower is better, so positive is always better than average', () => {
    expect(zScore(6, [2, 4, 6], 'lower')).toBeCloseTo(-2 / Math.sqrt(8 / 3), 12);
    expect(zScore(2, [2, 4, 6], 'lower')).toBeGreaterThan(0);
  });

  it('zScore is 0 at the mean and when every peer is equal', () => {
    expect(zScore(4, [2, 4, 6], 'higher')).toBe(0);
    expect(zScore(3, [3, 3, 3], 'higher')).toBe(0);
  });

  it('zScores of all peers sum to 0 whatever their order', () => {
    const peers = [1.5, 7, 3.25, 9, 0];
    const total = peers.reduce((s, v) => s + zScore(v, peers, 'higher'), 0);
    expect(total).toBeCloseTo(0, 12);
    expect(zScore(7, [...peers].reverse(), 'higher')).toBe(zScore(7, peers, 'higher'));
  });
});
