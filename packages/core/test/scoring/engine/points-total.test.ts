import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsTotal, type PointsPart } from '../../../src/scoring/engine/points-total.ts';

const item = (points: number, earned: number | null): PointsPart => ({ points, earned, possible: earned === null ? null : points, bonus: null });

describe('pointsTotal', () => {
  it('adds the points earned when every item has data, without rescaling', () => {
    const t = pointsTotal([item(60, 54), item(40, 30)], 100, 0.6);
    expect(t).toMatchObject({ earned: 84, withData: 100, all: 100, excluded: 0, rescaled: null, coverage: 1, total: 84, notComputable: null });
  });

  it('rescales to the scheme total when items were excluded (按比例折算): 54 ÷ 60 × 100 = 90', () => {
    const t = pointsTotal([item(60, 54), item(40, null)], 100, 0.6);
    expect(t.coverage).toBe(0.6);
    expect(t.rescaled).toBeCloseTo(90, 12);
    expect(t.total).toBeCloseTo(90, 12);
  });

  it('refuses a total below the minimum coverage, saying both shares', () => {
    const t = pointsTotal([item(50, 50), item(50, null)], 100, 0.6);
    expect(t.total).toBeNull();
    expect(t.notComputable?.en).toBe('only 50% of the scheme has data, less than the 60% required');
    expect(t.notComputable?.['zh-Hant']).toBe('有數據的指標僅佔方案的 50%，低於要求的 60%');
  });

  it('adds outside bonuses after rescaling, beyond the total; inside bonuses only up to it', () => {
    const outside: PointsPart = { points: 0, earned: 2, possible: 0, bonus: 'outside' };
    const inside: PointsPart = { points: 0, earned: 2, possible: 2, bonus: 'inside' };
    expect(pointsTotal([item(100, 100), outside], 100, 0.6).total).toBe(102);
    expect(pointsTotal([item(100, 99), inside], 100, 0.6).total).toBe(100);
    expect(pointsTotal([item(100, 90), inside], 100, 0.6).total).toBe(92);
    expect(pointsTotal([item(100, 90), inside], 100, 0.6).coverage).toBe(1);
  });

  it('has no total when the scheme has no points', () => {
    expect(pointsTotal([], 0, 0.6).notComputable?.en).toBe('the scheme has no scored item');
  });

  it('never lowers the total when one item earns more (arithmetic aggregation is monotone)', () => {
    const arb = fc.array(fc.record({ points: fc.integer({ min: 1, max: 20 }), share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }) }), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(arb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (items, pick, more) => {
      const parts = items.map((i) => item(i.points, i.share === null ? null : i.share * i.points));
      const k = pick % parts.length;
      const before = pointsTotal(parts, 100, 0);
      const p = parts[k]!;
      if (p.earned === null) return;
      const better = parts.map((q, i) => (i === k ? { ...q, earned: p.earned! + more * (p.points - p.earned!) } : q));
      const after = pointsTotal(better, 100, 0);
      expect(after.total!).toBeGreaterThanOrEqual(before.total! - 1e-9);
    }), { seed: 7 });
  });
});
