import { describe, expect, test } from 'vitest';
import { rankingExportTable } from '../../../src/lib/scores/ranking-export-table.ts';
import { rankingTableRows } from '../../../src/lib/scores/ranking-table-rows.ts';
import { makeScore } from '../../../../../packages/charts/test/support/make-score.ts';

const reason = { 'zh-Hant': '資料不足', 'zh-Hans': '数据不足', en: 'too little data' };
const rows = rankingTableRows([
  makeScore({ unit: '乙局', year: 2019, total: 80.123456, rank: 2, coverage: 0.654321, change: { total: -2.576923077, rank: -1 } }),
  makeScore({ unit: '甲局', year: 2019, total: 97.166666667, rank: 1, change: null }),
  makeScore({ unit: '丙局', year: 2019, total: null, rank: null, coverage: 0.25, notComputable: reason }),
], 2019);

describe('rankingExportTable(rows, year, lang)', () => {
  test('is named after the view and the year in the language and has one row per unit in rank order', () => {
    const table = rankingExportTable(rows, 2019, 'en');
    expect(table.name).toBe('scores-and-ranking-ranking-table-2019');
    expect(table.rows.map((r) => r[1])).toEqual(['甲局', '乙局', '丙局']);
  });

  test('has its headers in the language', () => {
    expect(rankingExportTable(rows, 2019, 'en').headers).toEqual(['Rank', 'Unit', 'Total', 'Out of', 'Coverage', 'Change of total', 'Change of rank', 'Flags and notes']);
    expect(rankingExportTable(rows, 2019, 'zh-Hans').headers.slice(0, 3)).toEqual(['名次', '单位', '总分']);
    expect(rankingExportTable(rows, 2019, 'zh-Hant').headers.slice(0, 3)).toEqual(['名次', '單位', '總分']);
  });

  test('keeps numbers as numbers (totals and changes to 2 decimals, coverage as a share to 4) and leaves missing values empty', () => {
    const table = rankingExportTable(rows, 2019, 'en');
    expect(table.rows[0]).toEqual([1, '甲局', 97.17, 100, 1, null, null, '']);
    expect(table.rows[1]).toEqual([2, '乙局', 80.12, 100, 0.6543, -2.58, -1, '']);
    expect(table.rows[2]).toEqual([null, '丙局', null, 100, 0.25, null, null, 'Not computable: too little data']);
  });

  test("writes units in the data's own spelling in every language (the screen prints them in the reader's script)", () => {
    const spelled = rankingTableRows([makeScore({ unit: '苏州工业园区司法局', year: 2019, rank: 1 }), makeScore({ unit: '蘇州工業園區財政局', year: 2019, rank: 2 })], 2019);
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) expect(rankingExportTable(spelled, 2019, lang).rows.map((r) => r[1])).toEqual(['苏州工业园区司法局', '蘇州工業園區財政局']);
  });

  test('is empty but for its headers when there are no rows', () => {
    expect(rankingExportTable([], 2030, 'zh-Hans')).toMatchObject({ name: '部门评分与排名-2030年排名表', rows: [] });
  });
});
