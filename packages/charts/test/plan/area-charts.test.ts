import type { IndicatorRow } from '@fazhi/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { areaCharts, type AreaChartsInput } from '../../src/plan/area-charts.ts';
import { AREA_PLANS, areaPlan } from '../../src/plan/area-plans.ts';
import { OVERVIEW_CHARTS } from '../../src/plan/overview-charts.ts';
import { schemeRequirements } from '../../src/plan/scheme-requirements.ts';
import { park, type Park } from '../fixtures/park.ts';
import { shuffled } from '../support/check-spec.ts';

const LABOUR = '苏州工业园区劳动和社会保障局';
let p: Park;
let base: AreaChartsInput;

beforeAll(async () => {
  p = await park();
  base = { lang: 'zh-Hans', rows: p.rows, incidents: p.incidents, year: 2019 };
});

const names = (input: AreaChartsInput, id: Parameters<typeof areaPlan>[0]) => areaCharts(areaPlan(id).charts, input).map((c) => c.name);

describe('areaCharts(charts, input)', () => {
  test("gives an area's charts in plan order, named after what they show", () => {
    expect(areaCharts(areaPlan('litigation').charts, base).map((c) => [c.name, c.kind])).toEqual([
      ['litigation-lost-cases-by-unit-2018-2019', 'yearly'],
      ['litigation-head-appearance-rate-by-unit-2018-2019', 'yearly'],
      ['litigation-head-appearance-rate-trend-2019', 'trend'],
      ['litigation-loss-rate-trend-2019', 'trend'],
    ]);
  });

  test("the report's medium leaves out the charts the plan keeps for the dashboard", () => {
    expect(names({ ...base, medium: 'report' }, 'litigation')).toEqual([
      'litigation-lost-cases-by-unit-2018-2019', 'litigation-head-appearance-rate-by-unit-2018-2019', 'litigation-head-appearance-rate-trend-2019',
    ]);
    expect(names({ ...base, medium: 'report' }, 'business')).toEqual(['business-score-trend-2019']);
  });

  test('every area of the park has charts whose specs and rows build, without NaN or undefined', () => {
    for (const plan of AREA_PLANS) {
      const charts = areaCharts(plan.charts, base);
      expect(charts.length, plan.id).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(JSON.stringify(chart.spec()), chart.name).not.toMatch(/NaN|undefined/);
        expect(JSON.stringify(chart.data()), chart.name).not.toMatch(/NaN/);
      }
    }
  });

  test('the year ends comparisons and trends; the years given and maxYears narrow the comparisons', () => {
    expect(names({ ...base, year: 2018 }, 'litigation')).toEqual([
      'litigation-lost-cases-by-unit-2018', 'litigation-head-appearance-rate-by-unit-2018',
      'litigation-head-appearance-rate-trend-2018', 'litigation-loss-rate-trend-2018',
    ]);
    expect(names({ ...base, maxYears: 1 }, 'litigation')[0]).toBe('litigation-lost-cases-by-unit-2019');
    expect(names({ ...base, years: [2019] }, 'litigation')[0]).toBe('litigation-lost-cases-by-unit-2019');
    const trend = areaCharts(areaPlan('litigation').charts, { ...base, years: [2019] }).find((c) => c.kind === 'trend');
    expect(trend?.years).toEqual([2018, 2019]);
  });

  test('the monthly safety charts show the year against the year before, and only a year with incidents', () => {
    expect(names(base, 'safety').slice(0, 2)).toEqual(['safety-incidents-monthly-2019', 'safety-deaths-monthly-2019']);
    expect(names({ ...base, incidents: [] }, 'safety').filter((n) => n.includes('monthly'))).toEqual([]);
  });

  test('the unit filter narrows comparisons to the unit and draws its own trends; a unit without data gets no chart', () => {
    expect(names({ ...base, unit: LABOUR }, 'litigation')).toEqual([
      `litigation-lost-cases-${LABOUR}-2018-2019`, `litigation-head-appearance-rate-${LABOUR}-2018-2019`,
      `litigation-head-appearance-rate-${LABOUR}-trend-2019`, `litigation-loss-rate-${LABOUR}-trend-2019`,
    ]);
    const [yearly] = areaCharts(areaPlan('litigation').charts, { ...base, unit: LABOUR });
    expect(new Set(JSON.stringify(yearly!.spec()).match(/"unit":"[^"]*"/g))).toEqual(new Set([`"unit":"${LABOUR}"`]));
    expect(names({ ...base, unit: LABOUR }, 'business')).toEqual([]);
    expect(names({ ...base, unit: LABOUR }, 'safety').filter((n) => n.includes('monthly'))).toEqual([]);
    expect(names({ ...base, unit: '斜塘街道' }, 'safety').filter((n) => n.includes('monthly'))).toEqual(['safety-incidents-斜塘街道-monthly-2019', 'safety-deaths-斜塘街道-monthly-2019']);
  });

  test('without data there are no charts at all', () => {
    for (const plan of AREA_PLANS) expect(areaCharts(plan.charts, { ...base, rows: [], incidents: [] }), plan.id).toEqual([]);
  });

  test('the business dimension trend is drawn once per dimension, named after it', () => {
    expect(names(base, 'business')).toEqual([
      'business-score-trend-2019',
      ...['办理建筑许可', '开办企业', '政务服务', '登记财产', '纳税', '获得电力'].map((d) => `business-dimension-score-${d}-trend-2019`),
    ]);
  });

  test('a business file that scores economies, not the jurisdiction, still draws: one economy\'s trend (one year is one point), several economies side by side', () => {
    const score = (unit: string, year: number, value: number, dimension?: string): IndicatorRow => ({
      indicator: dimension === undefined ? 'business.score' : 'business.dimension_score', unit, year, numerator: value, denominator: null, value, ...(dimension === undefined ? {} : { dimension }),
    });
    const one = [score('阿富汗', 2017, 37.1), score('阿富汗', 2017, 92.2, '开办企业')];
    expect(names({ ...base, rows: one, year: 2017 }, 'business')).toEqual(['business-score-阿富汗-trend-2017', 'business-dimension-score-阿富汗-开办企业-trend-2017']);
    const several = [...one, score('新西兰', 2017, 86.6)];
    expect(names({ ...base, rows: several, year: 2017 }, 'business')).toEqual(['business-score-by-unit-2017', 'business-dimension-score-阿富汗-开办企业-trend-2017']);
  });

  test("the scheme's requirement is the trend's target, drawn as a dashed rule", () => {
    const trend = areaCharts(areaPlan('litigation').charts, { ...base, requirements: schemeRequirements(p.scheme) })
      .find((c) => c.name === 'litigation-head-appearance-rate-trend-2019');
    expect(trend?.kind === 'trend' && trend.target).toBe(0.8);
    expect(JSON.stringify(trend!.spec())).toContain('"datum":0.8');
  });

  test('the overview charts are the business trend, the monthly incidents and lost cases by unit', () => {
    expect(areaCharts(OVERVIEW_CHARTS, base).map((c) => c.name)).toEqual(['business-score-trend-2019', 'safety-incidents-monthly-2019', 'litigation-lost-cases-by-unit-2018-2019']);
  });

  test('does not depend on the order of rows and records', () => {
    for (const plan of AREA_PLANS) {
      const a = areaCharts(plan.charts, base);
      const b = areaCharts(plan.charts, { ...base, rows: shuffled(p.rows, 7), incidents: shuffled(p.incidents, 7) });
      expect(b.map((c) => [c.name, JSON.stringify(c.spec())]), plan.id).toEqual(a.map((c) => [c.name, JSON.stringify(c.spec())]));
    }
  });
});
