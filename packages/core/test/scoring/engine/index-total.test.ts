import { describe, expect, it } from 'vitest';
import { indexTotal } from '../../../src/scoring/engine/index-total.ts';

const name = (en: string) => ({ 'zh-Hant': en, 'zh-Hans': en, en });

describe('indexTotal', () => {
  it('averages item scores into dimension scores and dimension scores into the total (Doing Business)', () => {
    const t = indexTotal([
      { name: name('starting a business'), weight: 1, items: [94.11765, 98.99497, 99.80609, 100].map((score) => ({ score, weight: 1 })) },
      { name: name('other'), weight: 1, items: [{ score: 50, weight: 1 }] },
    ], { minCoverage: 0 });
    expect(t.dimensions[0]).toBeCloseTo(98.2296775, 9);
    expect(t.total).toBeCloseTo((98.2296775 + 50) / 2, 9);
    expect(t.coverage).toBe(1);
  });

  it('leaves items and dimensions without data out of their means and counts coverage by weights', () => {
    const t = indexTotal([
      { name: name('a'), weight: 3, items: [{ score: 80, weight: 1 }, { score: null, weight: 1 }] },
      { name: name('b'), weight: 1, items: [{ score: null, weight: 1 }] },
    ], { minCoverage: 0.3 });
    expect(t.dimensions).toEqual([80, null]);
    expect(t.coverage).toBeCloseTo(0.375, 12);
    expect(t.total).toBe(80);
  });

  it('refuses a total below the minimum coverage', () => {
    const t = indexTotal([
      { name: name('a'), weight: 1, items: [{ score: 80, weight: 1 }] },
      { name: name('b'), weight: 1, items: [{ score: null, weight: 1 }] },
    ]);
    expect(t.total).toBeNull();
    expect(t.notComputable?.en).toBe('only 50% of the scheme has data, less than the 60% required');
  });

  it('geometric aggregation refuses a zero score with the dimension named, or uses the offset', () => {
    const dims = [{ name: name('electricity'), weight: 1, items: [{ score: 0, weight: 1 }, { score: 40, weight: 1 }] }];
    const refused = indexTotal(dims, { aggregation: 'geometric' });
    expect(refused.total).toBeNull();
    expect(refused.notComputable?.en.startsWith('electricity cannot be computed: ')).toBe(true);
    const offset = indexTotal(dims, { aggregation: 'geometric', offset: 1 });
    expect(offset.total).toBeCloseTo(Math.sqrt(41) - 1, 12);
  });
});
