import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minMax, peerRange } from '../../../src/scoring/normalize/min-max.ts';

describe('minMax', () => {
  it('minMax scores the best peer 100, the worst 0 and the rest linearly (higher)', () => {
    expect(minMax(10, [0, 5, 10], 'higher')).toBe(100);
    expect(minMax(0, [0, 5, 10], 'higher')).toBe(0);
    expect(minMax(5, [0, 5, 10], 'higher')).toBe(50);
  });

  it('minMax reverses for lower-is-better', () => {
    expect(minMax(0, [0, 5, 10], 'lower')).toBe(100);
    expect(minMax(7.5, [0, 5, 10], 'lower')).toBe(25);
  });

  it('minMax gives every unit 100 when all peers are equal, or the unit is alone', () => {
    expect(minMax(7, [7, 7, 7], 'higher')).toBe(100);
    expect(minMax(7, [], 'lower')).toBe(100);
  });

  it('minMax adds the unit to peers that do not hold it and skips non-finite peers', () => {
    expect(peerRange(20, [0, 10, Number.NaN])).toEqual({ min: 0, max: 20 });
    expect(minMax(20, [0, 10], 'higher')).toBe(100);
  });

  it('minMax stays in [0, 100] and does not depend on the order of the peers', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 10 }), fc.nat(), (peers, pick) => {
        const value = peers[pick % peers.length]!;
        const s = minMax(value, peers, 'higher');
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        expect(minMax(value, [...peers].reverse(), 'higher')).toBe(s);
      }),
      { seed: 31, numRuns: 300 },
    );
  });
});
