import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankUnits } from '../../../src/scoring/engine/rank-units.ts';

describe('rankUnits', () => {
  it('ranks best total first with shared ties (1, 2, 2, 4) and null for units without a total', () => {
    const { ranks, ranked } = rankUnits([
      { total: 80, failed: false }, { total: 95, failed: false }, { total: 80, failed: false },
      { total: null, failed: false }, { total: 70, failed: false },
    ]);
    expect(ranks).toEqual([2, 1, 2, null, 4]);
    expect(ranked).toBe(4);
  });

  it('ranks failed units after every other unit, even with a higher total', () => {
    const { ranks, ranked } = rankUnits([
      { total: 90, failed: false }, { total: 99, failed: true }, { total: 90, failed: false }, { total: 50, failed: true },
      { total: null, failed: true },
    ]);
    expect(ranks).toEqual([1, 3, 1, 4, null]);
    expect(ranked).toBe(4);
  });

  it('is a competition ranking: each rank is 1 + the number of strictly better units, whatever the order', () => {
    const entry = fc.record({ total: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), failed: fc.boolean() });
    fc.assert(fc.property(fc.array(entry, { maxLength: 15 }), (entries) => {
      const { ranks, ranked } = rankUnits(entries);
      const better = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
        b.total !== null && a.total !== null && ((!b.failed && a.failed) || (b.failed === a.failed && b.total > a.total));
      entries.forEach((e, i) => {
        if (e.total === null) expect(ranks[i]).toBeNull();
        else expect(ranks[i]).toBe(1 + entries.filter((o) => better(e, o)).length);
      });
      expect(ranked).toBe(entries.filter((e) => e.total !== null).length);
      const reversed = rankUnits([...entries].reverse()).ranks.reverse();
      expect(reversed).toEqual(ranks);
    }), { seed: 42 });
  });
});
