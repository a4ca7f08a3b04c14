import { describe, expect, test } from 'vitest';
import { CHART_LANGS } from '../../src/chart-base.ts';
import { rankHistory } from '../../src/data/rank-history.ts';
import { rankHistorySpec } from '../../src/specs/rank-history-spec.ts';
import { compileWarnings, schemaErrors } from '../support/check-spec.ts';
import { makeScore } from '../support/make-score.ts';

describe('rankHistorySpec(history, options)', () => {
  // The park's history is checked with every other chart (specs.test.ts) and kept as a golden file; a unit never scored here.
  test('is schema-valid and compiles without a warning in each language for a unit never scored', () => {
    for (const lang of CHART_LANGS) {
      const spec = rankHistorySpec([], { lang, unit: '甲' });
      expect(schemaErrors(spec)).toEqual([]);
      expect(compileWarnings(spec)).toEqual([]);
    }
  });

  test('draws rank 1 at the top: the rank axis runs from the most units ranked down to 1', () => {
    const spec = rankHistorySpec(rankHistory([makeScore({ unit: '甲', year: 2018, rank: 2, ranked: 7 }), makeScore({ unit: '甲', year: 2019, rank: 1, ranked: 9 })], '甲'), { lang: 'en', unit: '甲' });
    expect(JSON.stringify(spec)).toContain('"domain":[9,1]');
  });

  test('has no rank panel for a unit never ranked, such as the jurisdiction', () => {
    const panels = (history: ReturnType<typeof rankHistory>) => (rankHistorySpec(history, { lang: 'en', unit: '*' }) as { vconcat: unknown[] }).vconcat.length;
    expect(panels(rankHistory([makeScore({ unit: '*', year: 2019, rank: null })], '*'))).toBe(1);
    expect(panels(rankHistory([makeScore({ unit: '甲', year: 2019, rank: 4 })], '甲'))).toBe(2);
  });

  test('prints totals and ranks as the language writes them, "—" for a year without them, and names the jurisdiction', () => {
    const history = rankHistory([makeScore({ unit: '*', year: 2018, total: 1234.5, rank: 3, ranked: 12 }), makeScore({ unit: '*', year: 2019, total: null, rank: null, ranked: 12 })], '*');
    const spec = rankHistorySpec(history, { lang: 'en', unit: '*' }) as { title: { text: string }; data: { values: Record<string, unknown>[] } };
    expect(spec.data.values.map((v) => [v['year'], v['totalText'], v['rankText']])).toEqual([[2018, '1,234.5', '3 / 12'], [2019, '—', '—']]);
    expect(spec.title.text).toBe('Whole jurisdiction · Total and rank over the years');
    expect((rankHistorySpec(history, { lang: 'zh-Hant', unit: '*' }) as { title: { text: string } }).title.text).toBe('全區 · 歷年總分與排名');
  });
});
