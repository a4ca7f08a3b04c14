import { describe, expect, test } from 'vitest';
import { LANGS } from '../../../src/lib/i18n/lang.ts';
import { rankingNotes, rankingRowText } from '../../../src/lib/scores/ranking-row-text.ts';
import { rankingTableRow, rankingTableRows } from '../../../src/lib/scores/ranking-table-rows.ts';
import { park } from '../../../../../packages/charts/test/fixtures/park.ts';
import { makeScore } from '../../../../../packages/charts/test/support/make-score.ts';

const reason = { 'zh-Hant': '資料不足', 'zh-Hans': '数据不足', en: 'too little data' };
const flag = (code: 'outlier' | 'veto' | 'below_requirement') => ({ code, item: 'x', value: 1, reference: 0, message: reason });

describe('rankingRowText(row, lang)', () => {
  test('says a rank change in words in each language: up, down, same, and no score last year', () => {
    const up = rankingTableRow(makeScore({ unit: '甲', year: 2019, change: { total: 3.456, rank: 2 } }));
    const down = rankingTableRow(makeScore({ unit: '甲', year: 2019, change: { total: -1, rank: -3 } }));
    const same = rankingTableRow(makeScore({ unit: '甲', year: 2019, change: { total: 0, rank: 0 } }));
    const fresh = rankingTableRow(makeScore({ unit: '甲', year: 2019, change: null }));
    expect([up, down, same, fresh].map((r) => rankingRowText(r, 'zh-Hans').rankChange)).toEqual(['上升 2 位', '下降 3 位', '不变', '上年无评分']);
    expect([up, down, same, fresh].map((r) => rankingRowText(r, 'zh-Hant').rankChange)).toEqual(['上升 2 位', '下降 3 位', '不變', '上年無評分']);
    expect([up, down, same, fresh].map((r) => rankingRowText(r, 'en').rankChange)).toEqual(['up 2', 'down 3', 'same', 'no score last year']);
    expect([up, down].map((r) => rankingRowText(r, 'en').totalChange)).toEqual(['+3.46', '−1']);
  });

  test('prints "—" for a total, rank and change that do not exist', () => {
    const row = rankingTableRow(makeScore({ unit: '甲', year: 2019, total: null, rank: null, change: { total: null, rank: null }, notComputable: reason }));
    expect(rankingRowText(row, 'en')).toMatchObject({ rank: '—', total: '—', totalChange: '—', rankChange: '—' });
  });

  test('prints the jurisdiction by its name in the language', () => {
    const row = rankingTableRow(makeScore({ unit: '*', year: 2019 }));
    expect(LANGS.map((lang) => rankingRowText(row, lang).unit)).toEqual(['全區', '全区', 'Whole jurisdiction']);
  });

  test("prints a unit in the reader's script: Traditional in zh-Hant, Simplified in zh-Hans, as written in English", () => {
    const row = rankingTableRow(makeScore({ unit: '苏州工业园区司法局', year: 2019 }));
    expect(LANGS.map((lang) => rankingRowText(row, lang).unit)).toEqual(['蘇州工業園區司法局', '苏州工业园区司法局', '苏州工业园区司法局']);
  });

  test('never prints NaN, undefined or null for any park row in any language', async () => {
    const { scores } = await park();
    for (const year of [2018, 2019]) {
      for (const row of rankingTableRows(scores, year)) {
        for (const lang of LANGS) expect(Object.values(rankingRowText(row, lang)).join('|')).not.toMatch(/NaN|undefined|null/);
      }
    }
  });
});

describe('rankingNotes(row, lang)', () => {
  test('names a veto failure once, gives the reason of a missing total, then counts repeated flags', () => {
    const row = rankingTableRow(makeScore({ unit: '甲', year: 2019, failed: true, flags: [flag('outlier'), flag('veto'), flag('outlier'), flag('below_requirement')], total: null, notComputable: reason }));
    expect(rankingNotes(row, 'en')).toBe('failed by a veto; Not computable: too little data; below requirement; outlier ×2');
    expect(rankingNotes(row, 'zh-Hans')).toBe('一票否决，不合格；无法计分：数据不足；低于上级要求；明显偏离其他单位 ×2');
    expect(rankingNotes(row, 'zh-Hant')).toBe('一票否決，不合格；無法計分：資料不足；低於上級要求；明顯偏離其他單位 ×2');
  });

  test('is empty for a unit without flags', () => {
    expect(rankingNotes(rankingTableRow(makeScore({ unit: '甲', year: 2019 })), 'en')).toBe('');
  });

  test('names a veto that did not fail the unit (a cap) as a flag', () => {
    expect(rankingNotes(rankingTableRow(makeScore({ unit: '甲', year: 2019, flags: [flag('veto')] })), 'en')).toBe('veto');
  });
});
