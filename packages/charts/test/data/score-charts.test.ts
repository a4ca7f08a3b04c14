import { describe, expect, it } from 'vitest';
import { compositionSegments } from '../../src/data/composition-segments.ts';
import { heatmapCells } from '../../src/data/heatmap-cells.ts';
import { rankingRows } from '../../src/data/ranking-rows.ts';
import { scoresOfYear } from '../../src/data/scores-of-year.ts';
import { park } from '../fixtures/park.ts';
import { shuffled } from '../support/check-spec.ts';

describe('scoresOfYear', () => {
  it('orders the year\'s departments by rank, unranked last by name, without the jurisdiction, whatever the input order', async () => {
    const { scores } = await park();
    const units = scoresOfYear(scores, 2019);
    expect(units.some((s) => s.unit === '*')).toBe(false);
    expect(units.every((s) => s.year === 2019)).toBe(true);
    expect(units.slice(0, 3).map((s) => s.rank)).toEqual([1, 2, 3]);
    expect(units.at(-1)?.rank).toBeNull();
    expect(scoresOfYear(shuffled(scores, 7), 2019).map((s) => s.unit)).toEqual(units.map((s) => s.unit));
  });

  it('keeps the jurisdiction when it is the only unit, and answers a year without scores with []', async () => {
    const { scores } = await park();
    expect(scoresOfYear(scores.filter((s) => s.unit === '*'), 2019).map((s) => s.unit)).toEqual(['*']);
    expect(scoresOfYear(scores, 2017)).toEqual([]);
  });
});

describe('rankingRows', () => {
  it('ranks the park\'s 2019 totals best first, marks the two below 70 as misses, and puts the 12 units without a total last', async () => {
    const { scores } = await park();
    const bars = rankingRows(scores, { lang: 'zh-Hans', year: 2019, requirement: 70 });
    expect(bars[0]).toMatchObject({ unit: '苏州工业园区科技和信息化局', rank: 1, rankLabel: '1. 苏州工业园区科技和信息化局', value: 100.5, text: '100.5', status: 'met', statusLabel: '达标' });
    expect(bars.filter((b) => b.status === 'missed').map((b) => b.unit)).toEqual(['苏州工业园区劳动和社会保障局', '苏州工业园区不动产登记中心']);
    expect(bars.filter((b) => b.value === null).every((b) => b.text === '—' && b.status === 'none' && b.x === 0)).toBe(true);
    expect(bars.slice(-12).every((b) => b.value === null)).toBe(true);
  });

  it('without a requirement colours totals as scored, not met', async () => {
    const { scores } = await park();
    expect(new Set(rankingRows(scores, { lang: 'en', year: 2019 }).map((b) => b.status))).toEqual(new Set(['scored', 'none']));
  });

  it('ranks one item by points earned, ties sharing a rank, and marks items below their higher-level requirement as misses', async () => {
    const { scores } = await park();
    const bars = rankingRows(scores, { lang: 'en', year: 2019, item: 'head-appearance' });
    expect(bars.slice(0, 4).map((b) => [b.rank, b.value])).toEqual([[1, 10], [1, 10], [1, 10], [4, 9]]);
    expect(bars[3]).toMatchObject({ unit: '苏州工业园区综合行政执法局', status: 'missed' });
    expect(bars.slice(0, 3).every((b) => b.status === 'met')).toBe(true);
  });

  it('throws for an item the scheme does not have', async () => {
    const { scores } = await park();
    expect(() => rankingRows(scores, { lang: 'en', year: 2019, item: 'no-such-item' })).toThrow(/no-such-item/);
  });
});

describe('heatmapCells', () => {
  it('gives one cell per department × item of 2019, coloured by status, — where not scored', async () => {
    const { scores } = await park();
    const d = heatmapCells(scores, { lang: 'zh-Hans', year: 2019 });
    expect(d.items).toHaveLength(14);
    expect(d.items.slice(0, 4)).toEqual(['报备率', '报备及时率', '规范率', '败诉案件数']);
    expect(d.cells).toHaveLength(d.labels.length * d.items.length);
    expect(d.cells.find((c) => c.unit === '苏州工业园区劳动和社会保障局' && c.item === 'lost-cases')).toMatchObject({ earned: 2, possible: 10, text: '2', status: 'missed', statusLabel: '未达标', ink: 'light' });
    const none = d.cells.filter((c) => c.earned === null);
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((c) => c.text === '—' && c.status === 'none' && c.ink === 'dark')).toBe(true);
  });
});

describe('item names', () => {
  it('come from the scheme when it is given (败诉案件), else from the catalogue (败诉案件数)', async () => {
    const { scores, scheme } = await park();
    expect(heatmapCells(scores, { lang: 'zh-Hans', year: 2019, scheme }).items[3]).toBe('败诉案件');
    expect(heatmapCells(scores, { lang: 'zh-Hans', year: 2019 }).items[3]).toBe('败诉案件数');
    expect(heatmapCells(scores, { lang: 'en', year: 2019, scheme }).items[4]).toBe('Heads appearing in court');
  });
});

describe('compositionSegments', () => {
  it('rescales the committee\'s 2019 points to its total of 80: 30 + 20 + 30 earned, 20 lost on litigation', async () => {
    const { scores } = await park();
    const d = compositionSegments(scores, { lang: 'zh-Hans', year: 2019 });
    const committee = d.segments.filter((s) => s.unit === '苏州工业园区管理委员会').map((s) => [s.dimension, s.part, s.value]);
    expect(committee).toEqual([
      ['documents', 'earned', 30], ['documents', 'lost', 0],
      ['litigation', 'earned', 20], ['litigation', 'lost', -20],
      ['safety', 'earned', 30], ['safety', 'lost', 0],
    ]);
    expect(d.totals.find((t) => t.unit === '苏州工业园区管理委员会')).toEqual({ unit: '苏州工业园区管理委员会', label: '苏州工业园区管理委员会', total: 80, x: 80, text: '80' });
    expect(d.dimensions).toEqual(['规范性文件备案', '行政应诉', '行政复议', '行政执法案卷评查', '重大行政决策', '安全生产', '营商环境']);
  });

  it('makes the earned segments of every unit with a total and no bonus add up to the total, and earned + lost to 100', async () => {
    const { scores } = await park();
    const d = compositionSegments(scores, { lang: 'en', year: 2019 });
    const bonus = new Set(scores.filter((s) => s.year === 2019 && s.items.some((i) => i.possible === 0 && (i.earned ?? 0) !== 0)).map((s) => s.unit));
    const plain = d.totals.filter((x) => x.total !== null && !bonus.has(x.unit));
    expect(plain.length).toBeGreaterThan(5);
    for (const t of plain) {
      const mine = d.segments.filter((s) => s.unit === t.unit);
      const earned = mine.filter((s) => s.part === 'earned').reduce((a, s) => a + s.value, 0);
      const lost = mine.filter((s) => s.part === 'lost').reduce((a, s) => a + s.value, 0);
      expect(earned).toBeCloseTo(t.total ?? NaN, 6);
      expect(earned - lost).toBeCloseTo(100, 6);
      expect(mine.every((s) => (s.part === 'earned' ? s.value >= 0 : s.value <= 0))).toBe(true);
    }
  });

  it('does not rescale a unit without a total: its segments are the raw points of the whole scheme', async () => {
    const { scores } = await park();
    const d = compositionSegments(scores, { lang: 'en', year: 2019 });
    const raw = d.totals.find((t) => t.total === null);
    expect(raw?.text).toBe('—');
    const score = scores.find((s) => s.year === 2019 && s.unit === raw?.unit);
    const earnedPoints = (score?.dimensions ?? []).reduce((a, x) => a + (x.earned ?? 0), 0);
    expect(d.segments.filter((s) => s.unit === raw?.unit && s.part === 'earned').reduce((a, s) => a + s.value, 0)).toBeCloseTo(earnedPoints, 9);
  });
});
