import { areaPlan, OVERVIEW_CHARTS } from '@fazhi/charts';
import type { Lang } from '@fazhi/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { chartJobs, type ChartJobsInput } from '../../../src/lib/areas/chart-jobs.ts';
import { AREA_IDS } from '../../../src/lib/state/view-id.ts';
import { parkFixture, reversed, type ParkFixture } from './park-fixture.ts';

const LANGS: readonly Lang[] = ['zh-Hant', 'zh-Hans', 'en'];
const LABOUR = '苏州工业园区劳动和社会保障局';
let park: ParkFixture;
let base: ChartJobsInput;

beforeAll(async () => {
  park = await parkFixture();
  base = { lang: 'zh-Hans', rows: park.rows, incidents: park.incidents, year: 2019, unit: null };
});

describe('chartJobs', () => {
  test("gives an area's charts in plan order, named after what they show, with their drill-down", () => {
    const jobs = chartJobs(areaPlan('litigation').charts, base);
    expect(jobs.map((j) => [j.name, j.kind, j.drill])).toEqual([
      ['litigation-lost-cases-by-unit-2018-2019', 'yearly', 'unit'],
      ['litigation-head-appearance-rate-by-unit-2018-2019', 'yearly', 'unit'],
      ['litigation-head-appearance-rate-trend-2019', 'trend', 'year'],
      ['litigation-loss-rate-trend-2019', 'trend', 'year'],
    ]);
  });

  test('every area of the park sample has charts, in every language, each described without NaN, undefined or null', () => {
    for (const lang of LANGS) {
      for (const area of AREA_IDS) {
        const jobs = chartJobs(areaPlan(area).charts, { ...base, lang });
        expect(jobs.length, `${area} ${lang}`).toBeGreaterThan(0);
        for (const job of jobs) {
          expect(job.description.length, job.name).toBeGreaterThan(20);
          expect(job.description, job.name).not.toMatch(/NaN|undefined|null|\[object/);
          expect(JSON.stringify(job.spec), job.name).not.toMatch(/NaN|undefined/);
        }
      }
    }
  });

  test('descriptions are in the language asked: Traditional, Simplified or English', () => {
    const [hant, hans, en] = LANGS.map((lang) => chartJobs(areaPlan('litigation').charts, { ...base, lang })[0]!.description);
    expect(hant).toContain('敗訴案件數，按單位');
    expect(hans).toContain('败诉案件数，按单位');
    expect(en).toMatch(/^Cases lost by unit, 2018–2019: in 2019 highest: 苏州工业园区劳动和社会保障局 \(4 lost cases\)/);
  });

  test('the year filter ends comparisons and trends with the year shown', () => {
    const jobs = chartJobs(areaPlan('litigation').charts, { ...base, year: 2018 });
    expect(jobs.map((j) => j.name)).toEqual([
      'litigation-lost-cases-by-unit-2018',
      'litigation-head-appearance-rate-by-unit-2018',
      'litigation-head-appearance-rate-trend-2018',
      'litigation-loss-rate-trend-2018',
    ]);
    for (const job of jobs) expect(job.description).not.toContain('2019');
  });

  test('the monthly safety charts show the year shown against the year before, and say when there is no year before', () => {
    const [incidents2019] = chartJobs(areaPlan('safety').charts, base);
    expect(incidents2019!.name).toBe('safety-incidents-monthly-2019');
    expect(incidents2019!.description).toContain('全年 29 起，上年 42 起');
    const [incidents2018] = chartJobs(areaPlan('safety').charts, { ...base, year: 2018 });
    expect(incidents2018!.name).toBe('safety-incidents-monthly-2018');
    expect(incidents2018!.description).toBe('生产安全事故起数，全区，2018 年逐月与上年同月比较：全年 42 起；最多在 1月、3月、6月（5 起）。');
  });

  test('the unit filter narrows comparisons to the unit and draws its own trends', () => {
    const jobs = chartJobs(areaPlan('litigation').charts, { ...base, unit: LABOUR });
    expect(jobs.map((j) => j.name)).toEqual([
      `litigation-lost-cases-${LABOUR}-2018-2019`,
      `litigation-head-appearance-rate-${LABOUR}-2018-2019`,
      `litigation-head-appearance-rate-${LABOUR}-trend-2019`,
      `litigation-loss-rate-${LABOUR}-trend-2019`,
    ]);
    expect(jobs[0]!.description).toBe(`败诉案件数，按单位，2018—2019 年比较：${LABOUR}：2018 年 2 件，2019 年 4 件。`);
    const units = new Set(JSON.stringify(jobs[0]!.spec).match(/"unit":"[^"]*"/g));
    expect([...units]).toEqual([`"unit":"${LABOUR}"`]);
  });

  test('a unit filter leaves out the charts the unit has no data for: no empty chart', () => {
    expect(chartJobs(areaPlan('business').charts, { ...base, unit: LABOUR })).toEqual([]);
    const safety = chartJobs(areaPlan('safety').charts, { ...base, unit: LABOUR });
    expect(safety.filter((j) => j.kind === 'monthly')).toEqual([]);
    const street = chartJobs(areaPlan('safety').charts, { ...base, unit: '斜塘街道' });
    expect(street.filter((j) => j.kind === 'monthly').map((j) => j.name)).toEqual(['safety-incidents-斜塘街道-monthly-2019', 'safety-deaths-斜塘街道-monthly-2019']);
  });

  test('without data there are no charts at all', () => {
    for (const area of AREA_IDS) expect(chartJobs(areaPlan(area).charts, { ...base, rows: [], incidents: [] }), area).toEqual([]);
  });

  test('the business dimension trend is drawn once per dimension, named and described after it', () => {
    const jobs = chartJobs(areaPlan('business').charts, base);
    expect(jobs.map((j) => j.name)).toEqual([
      'business-score-trend-2019',
      ...['办理建筑许可', '开办企业', '政务服务', '登记财产', '纳税', '获得电力'].map((d) => `business-dimension-score-${d}-trend-2019`),
    ]);
    expect(jobs[2]!.description).toContain('一级指标得分（开办企业），全区');
  });

  test("a requirement is drawn on the trend and told in its description", () => {
    const requirements = new Map([['litigation.head_appearance_rate', { value: 0.8, direction: 'higher' }]] as const);
    const trend = chartJobs(areaPlan('litigation').charts, { ...base, requirements }).find((j) => j.name === 'litigation-head-appearance-rate-trend-2019');
    expect(trend!.description).toBe('负责人出庭应诉率，全区，2018—2019 年走势：2018 年 30%；2019 年 50%；较 2018 年 +20个百分点；要求 80%。');
    expect(JSON.stringify(trend!.spec)).toContain('"datum":0.8');
  });

  test('the overview charts are the business trend, the monthly incidents and lost cases by unit', () => {
    expect(chartJobs(OVERVIEW_CHARTS, base).map((j) => j.name)).toEqual(['business-score-trend-2019', 'safety-incidents-monthly-2019', 'litigation-lost-cases-by-unit-2018-2019']);
  });

  test('does not depend on the order of rows and records', () => {
    for (const area of AREA_IDS) {
      const a = chartJobs(areaPlan(area).charts, base);
      const b = chartJobs(areaPlan(area).charts, { ...base, rows: reversed(park.rows), incidents: reversed(park.incidents) });
      expect(b.map((j) => [j.name, j.description]), area).toEqual(a.map((j) => [j.name, j.description]));
    }
  });
});
