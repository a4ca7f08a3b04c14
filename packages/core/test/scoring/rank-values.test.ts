import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankValues } from '../../src/scoring/rank-values.ts';

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('rankValues', () => {
  it('rankValues gives competition ranks best first: ties share, the next rank is skipped (1, 2, 2, 4)', () => {
    expect(rankValues([90, 80, 80, 70], 'higher')).toEqual([1, 2, 2, 4]);
    expect(rankValues([3, 0, 1, 1], 'lower')).toEqual([4, 1, 2, 2]);
  });

  it('rankValues gives null values null and does not count them', () => {
    expect(rankValues([90, 75, 90, null, 60], 'higher')).toEqual([1, 3, 1, null, 4]);
    expect(rankValues([null, Number.NaN], 'higher')).toEqual([null, null]);
    expect(rankValues([], 'lower')).toEqual([]);
  });

  it('rankValues handles infinities and treats 0 and −0 as a tie', () => {
    expect(rankValues([Infinity, 0, -0, -Infinity], 'higher')).toEqual([1, 2, 2, 4]);
  });

  it('rankValues is a competition ranking: rank = 1 + the number strictly better, whatever the order', () => {
    const value = fc.option(fc.integer({ min: 0, max: 8 }), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), fc.constantFrom('higher' as const, 'lower' as const), fc.integer(), (values, dir, seed) => {
        const ranks = rankValues(values, dir);
        values.forEach((v, i) => {
          if (v === null) expect(ranks[i]).toBeNull();
          else expect(ranks[i]).toBe(1 + values.filter((w) => w !== null && (dir === 'higher' ? w > v : w < v)).length);
        });
        const order = shuffled(values.map((_, i) => i), seed);
        const reranked = rankValues(order.map((i) => values[i]!), dir);
        order.forEach((i, k) => expect(reranked[k]).toBe(ranks[i]));
      }),
      { seed: 59, numRuns: 300 },
    );
  });
});
