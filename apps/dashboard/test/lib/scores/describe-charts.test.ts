import { rankHistory } from '@fazhi/charts';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../../src/lib/i18n/lang.ts';
import { describeComposition } from '../../../src/lib/scores/describe-composition.ts';
import { describeHeatmap } from '../../../src/lib/scores/describe-heatmap.ts';
import { describeRankHistory } from '../../../src/lib/scores/describe-rank-history.ts';
import { describeRanking } from '../../../src/lib/scores/describe-ranking.ts';
import { rankingTableRows } from '../../../src/lib/scores/ranking-table-rows.ts';
import { park } from '../../../../../packages/charts/test/fixtures/park.ts';
import { makeScore } from '../../../../../packages/charts/test/support/make-score.ts';

const reason = { 'zh-Hant': '資料不足', 'zh-Hans': '数据不足', en: 'too little data' };

describe('describeRanking(rows, year, lang)', () => {
  test('names the first three and the last unit with their totals, and counts the units ranked and not scored, in each language', () => {
    const rows = rankingTableRows([
      makeScore({ unit: '甲', year: 2019, total: 98.5, rank: 1, ranked: 5 }),
      makeScore({ unit: '乙', year: 2019, total: 90, rank: 2, ranked: 5 }),
      makeScore({ unit: '丙', year: 2019, total: 80.25, rank: 3, ranked: 5 }),
      makeScore({ unit: '丁', year: 2019, total: 70, rank: 4, ranked: 5 }),
      makeScore({ unit: '戊', year: 2019, total: 60, rank: 5, ranked: 5 }),
      makeScore({ unit: '己', year: 2019, total: null, rank: null, ranked: 5, notComputable: reason }),
    ], 2019);
    expect(LANGS.map((lang) => describeRanking(rows, 2019, lang))).toEqual([
      '2019 年總分排名：第 1 名甲 98.5 分，第 2 名乙 90 分，第 3 名丙 80.25 分，末位戊 60 分。共 5 個單位參與排名，另有 1 個單位數據不足無法計分。',
      '2019 年总分排名：第 1 名甲 98.5 分，第 2 名乙 90 分，第 3 名丙 80.25 分，末位戊 60 分。共 5 个单位参与排名，另有 1 个单位数据不足无法计分。',
      'Total ranking, 2019: 1. 甲 98.5; 2. 乙 90; 3. 丙 80.25; last, 戊 60. 5 units ranked; 1 more could not be scored for lack of data.',
    ]);
  });

  test('names every unit sharing a rank among the first three, and no last one when all are named', () => {
    const rows = rankingTableRows([
      makeScore({ unit: '乙', year: 2019, total: 90, rank: 1, ranked: 3 }),
      makeScore({ unit: '甲', year: 2019, total: 90, rank: 1, ranked: 3 }),
      makeScore({ unit: '丙', year: 2019, total: 80, rank: 3, ranked: 3 }),
    ], 2019);
    expect(describeRanking(rows, 2019, 'en')).toBe('Total ranking, 2019: 1. 乙 90; 1. 甲 90; 3. 丙 80. 3 units ranked.');
  });

  test('says so when no unit was ranked', () => {
    expect(describeRanking([], 2019, 'zh-Hans')).toBe('2019 年没有单位参与排名。');
  });
});

describe('describeHeatmap(scores, year, lang, scheme) and describeComposition(scores, year, lang)', () => {
  test('count the park’s cells by status (no more than units × items) and name the item missed most often', async () => {
    const { scores, scheme } = await park();
    const text = describeHeatmap(scores, 2019, 'en', scheme);
    const [, units, items, met, near, missed, none] = /^2019, (\d+) units × (\d+) items: (\d+) cells met, (\d+) near, (\d+) missed, (\d+) without data\./.exec(text) ?? [];
    expect(Number(units)).toBe(27);
    expect(Number(met) + Number(near) + Number(missed) + Number(none)).toBeLessThanOrEqual(Number(units) * Number(items));
    expect(text).toMatch(/The item missed most often is "[^"]+" \(\d+ units\)\.$/);
    expect(describeHeatmap(scores, 2019, 'zh-Hant', scheme)).toMatch(/^2019 年 27 個單位 × \d+ 項指標：達標 \d+ 格/);
  });

  test('name the dimension with the most points lost in each language', async () => {
    const { scores } = await park();
    expect(describeComposition(scores, 2019, 'zh-Hans')).toMatch(/^2019 年 27 个单位的总分按维度分解。失分最多的维度是“[^”]+”，各单位合计失 [\d.,]+ 分。$/);
    expect(describeComposition(scores, 2019, 'zh-Hant')).toMatch(/^2019 年 27 個單位的總分按維度分解。失分最多的維度是「[^」]+」/);
    expect(describeComposition(scores, 2019, 'en')).toMatch(/^2019: the totals of 27 units broken down by dimension\. The dimension with the most points lost is "[^"]+"/);
  });

  test('have nothing to name when nothing was missed or lost', () => {
    const perfect = makeScore({ unit: '甲', year: 2019, items: [], dimensions: [{ dimension: 'd', name: reason, earned: 10, possible: 10, weight: 10 }] });
    expect(describeHeatmap([perfect], 2019, 'en')).toBe('2019, 1 unit × 0 items: 0 cells met, 0 near, 0 missed, 0 without data.');
    expect(describeComposition([perfect], 2019, 'en')).toBe('2019: the totals of 1 unit broken down by dimension.');
  });
});

describe('describeRankHistory(history, unit, lang)', () => {
  test('gives each year’s total and rank, oldest first, in each language', async () => {
    const history = rankHistory((await park()).scores, '唯亭街道');
    expect(LANGS.map((lang) => describeRankHistory(history, '唯亭街道', lang))).toEqual([
      '唯亭街道歷年總分與名次：2018 年 70 分（第 12 名 / 16），2019 年 74 分（第 13 名 / 15）。',
      '唯亭街道历年总分与名次：2018 年 70 分（第 12 名 / 16），2019 年 74 分（第 13 名 / 15）。',
      '唯亭街道, total and rank by year: 2018: 70 (12 of 16); 2019: 74 (13 of 15).',
    ]);
  });

  test('says when a year could not be scored, and when the unit never was', () => {
    const history = rankHistory([makeScore({ unit: '*', year: 2019, total: 62.1, rank: null, ranked: 15 }), makeScore({ unit: '*', year: 2018, total: null, rank: null })], '*');
    expect(describeRankHistory(history, '*', 'en')).toBe('Whole jurisdiction, total and rank by year: 2018: not computable; 2019: 62.1 (not ranked).');
    expect(describeRankHistory([], '甲', 'zh-Hans')).toBe('甲没有任何一年的评分。');
  });
});
