import { describe, expect, test } from 'vitest';
import { rankingTableRows } from '../../../src/lib/scores/ranking-table-rows.ts';
import { park } from '../../../../../packages/charts/test/fixtures/park.ts';
import { makeScore } from '../../../../../packages/charts/test/support/make-score.ts';

const reason = { 'zh-Hant': '數據不足', 'zh-Hans': '数据不足', en: 'too little data' };

const scores = [
  makeScore({ unit: '乙局', year: 2019, total: 80, rank: 2, ranked: 4 }),
  makeScore({ unit: '丙局', year: 2019, total: null, rank: null, ranked: 4, notComputable: reason }),
  makeScore({ unit: '甲局', year: 2019, total: 90, rank: 1, ranked: 4 }),
  makeScore({ unit: '丁局', year: 2019, total: 80, rank: 2, ranked: 4 }),
  makeScore({ unit: '戊局', year: 2019, total: 95, rank: 4, ranked: 4, failed: true }),
  makeScore({ unit: '*', year: 2019, total: 70, rank: null, ranked: 4 }),
  makeScore({ unit: '甲局', year: 2018, total: 50, rank: 1, ranked: 1 }),
  makeScore({ unit: '阿局', year: 2019, total: null, rank: null, ranked: 4, notComputable: reason }),
];

describe('rankingTableRows(scores, year)', () => {
  test('orders ranked units by rank, ties by unit name, a unit failed by a veto after them, not-computable units last by name', () => {
    expect(rankingTableRows(scores, 2019).map((r) => [r.unit, r.rank])).toEqual([
      ['甲局', 1], ['丁局', 2], ['乙局', 2], ['戊局', 4], ['丙局', null], ['阿局', null],
    ]);
  });

  test('does not depend on the order of the input, and does not mutate it', () => {
    const before = scores.map((s) => s.unit);
    expect(rankingTableRows([...scores].reverse(), 2019)).toEqual(rankingTableRows(scores, 2019));
    expect(scores.map((s) => s.unit)).toEqual(before);
  });

  test('leaves out the jurisdiction unless it is the only unit scored', () => {
    expect(rankingTableRows(scores, 2019).some((r) => r.unit === '*')).toBe(false);
    expect(rankingTableRows([makeScore({ unit: '*', year: 2020, rank: null })], 2020).map((r) => r.unit)).toEqual(['*']);
  });

  test('keeps the reason of a total that is not computable, and counts the flags by kind', () => {
    const flag = (code: 'outlier' | 'veto') => ({ code, item: 'x', value: 1, reference: 0, message: reason });
    const rows = rankingTableRows([...scores, makeScore({ unit: '己局', year: 2019, rank: 5, flags: [flag('outlier'), flag('outlier'), flag('veto')] })], 2019);
    expect(rows.find((r) => r.unit === '丙局')?.notComputable).toEqual(reason);
    expect(rows.find((r) => r.unit === '己局')?.flags).toEqual({ outlier: 2, veto: 1 });
  });

  test('tells a unit without last year’s score (hasPrevious false) from one whose change is not comparable', () => {
    const rows = rankingTableRows([
      makeScore({ unit: '甲局', year: 2019, change: { total: 5, rank: -1 } }),
      makeScore({ unit: '乙局', year: 2019, change: { total: null, rank: null }, rank: 2 }),
      makeScore({ unit: '丙局', year: 2019, change: null, rank: 3 }),
    ], 2019);
    expect(rows.map((r) => [r.totalChange, r.rankChange, r.hasPrevious])).toEqual([[5, -1, true], [null, null, true], [null, null, false]]);
  });

  test('is empty for a year without scores', () => {
    expect(rankingTableRows(scores, 2030)).toEqual([]);
  });

  test('on the park (example scheme, 2019): 15 ranked units then 12 not computable, ranks never decrease', async () => {
    const rows = rankingTableRows((await park()).scores, 2019);
    const ranked = rows.filter((r) => r.rank !== null);
    expect(ranked).toHaveLength(15);
    expect(rows.slice(15).every((r) => r.rank === null && r.total === null && r.notComputable !== null)).toBe(true);
    expect(ranked.every((r, i) => i === 0 || (r.rank ?? 0) >= (ranked[i - 1]?.rank ?? 0))).toBe(true);
    expect(ranked[0]).toMatchObject({ unit: '苏州工业园区科技和信息化局', rank: 1, total: 100.5 });
  });
});
