import { beforeAll, describe, expect, test } from 'vitest';
import { departmentCharts } from '../../src/plan/department-charts.ts';
import { scoreCharts } from '../../src/plan/score-charts.ts';
import { park, type Park } from '../fixtures/park.ts';
import { makeScore } from '../support/make-score.ts';

let p: Park;
beforeAll(async () => {
  p = await park();
});

describe('scoreCharts(scores, options)', () => {
  test('gives the ranking, the heatmap and the composition of the year, named after what they show', () => {
    const charts = scoreCharts(p.scores, { lang: 'en', year: 2019, scheme: p.scheme });
    expect(charts.map((c) => [c.kind, c.name])).toEqual([['ranking', 'ranking-total-2019'], ['heatmap', 'heatmap-items-2019'], ['composition', 'composition-dimensions-2019']]);
    expect(JSON.stringify(charts[1]!.spec())).toContain('Heads appearing in court');
  });

  test('leaves out the ranking when no unit has a total, and everything in a year nobody was scored', () => {
    expect(scoreCharts([makeScore({ unit: '甲', year: 2019, total: null, rank: null })], { lang: 'en', year: 2019 }).map((c) => c.kind)).toEqual(['heatmap', 'composition']);
    expect(scoreCharts(p.scores, { lang: 'en', year: 2030 })).toEqual([]);
  });
});

describe('departmentCharts(scores, unit, options)', () => {
  test("gives the unit's rank history, named after the unit; nothing for a unit never scored", () => {
    const [chart] = departmentCharts(p.scores, '唯亭街道', { lang: 'zh-Hant' });
    expect(chart?.name).toBe('history-唯亭街道');
    expect(chart?.history.map((h) => h.year)).toEqual([2018, 2019]);
    expect(JSON.stringify(chart!.spec())).toContain('唯亭街道 · 歷年總分與排名');
    expect(departmentCharts(p.scores, '甲', { lang: 'en' })).toEqual([]);
  });
});
