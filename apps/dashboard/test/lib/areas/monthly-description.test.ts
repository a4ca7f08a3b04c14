import { monthlyComparisonRows } from '@fazhi/charts';
import type { SafetyIncidentRecord } from '@fazhi/core';
import { describe, expect, test } from 'vitest';
import { monthlyDescription } from '../../../src/lib/areas/monthly-description.ts';

let n = 0;
const incident = (occurred_on: string, deaths: number, unit = '斜塘街道'): SafetyIncidentRecord =>
  ({ source: { file: 't.csv', row: (n += 1) }, unit, incident_no: `N-${n}`, occurred_on, sector: '工矿商贸', deaths, injuries: 0, direct_loss: 0, grade: '一般' }) as SafetyIncidentRecord;

const records = [
  incident('2018-01-05', 1), incident('2018-01-20', 0), incident('2018-03-02', 2),
  incident('2019-01-09', 0), incident('2019-02-11', 1), incident('2019-02-12', 1), incident('2019-03-03', 0, '娄葑街道'), incident('2019-03-30', 0),
];

describe('monthlyDescription', () => {
  test('tells the totals of the year and the year before, the peak months and the months fewer and more than a year before', () => {
    const data = monthlyComparisonRows(records, { lang: 'zh-Hans', year: 2019, measure: 'incidents' });
    expect(monthlyDescription(data, 'incidents', '全区', 2019, 'zh-Hans')).toBe(
      '生产安全事故起数，全区，2019 年逐月与上年同月比较：全年 5 起，上年 3 起；最多在 2月、3月（2 起）；1 个月少于上年同月，2 个月多于上年同月。',
    );
    const en = monthlyComparisonRows(records, { lang: 'en', year: 2019, measure: 'deaths' });
    expect(monthlyDescription(en, 'deaths', 'Whole jurisdiction', 2019, 'en')).toBe(
      'Production-safety deaths, Whole jurisdiction, by month of 2019 against 2018: 2 deaths in 2019, 3 deaths the year before; most in Feb (2 deaths); 2 months fewer than the same month a year before, 1 month more.',
    );
  });

  test('in Traditional Chinese, for one unit', () => {
    const data = monthlyComparisonRows(records, { lang: 'zh-Hant', year: 2019, measure: 'incidents', unit: '娄葑街道' });
    expect(monthlyDescription(data, 'incidents', '娄葑街道', 2019, 'zh-Hant')).toBe(
      '生產安全事故起數，娄葑街道，2019 年逐月與上年同月比較：全年 1 起，上年 0 起；最多在 3月（1 起）；0 個月少於上年同月，1 個月多於上年同月。',
    );
  });

  test('a year without incidents says so by its zero total and no peak; a year not covered gives the lead alone', () => {
    const data = monthlyComparisonRows(records.filter((r) => r.occurred_on.startsWith('2018')), { lang: 'zh-Hans', year: 2019, measure: 'incidents' });
    expect(monthlyDescription(data, 'incidents', '全区', 2019, 'zh-Hans')).toBe('生产安全事故起数，全区，2019 年逐月与上年同月比较。');
    const zero = monthlyComparisonRows(records, { lang: 'zh-Hans', year: 2019, measure: 'incidents', unit: '唯亭街道' });
    expect(monthlyDescription(zero, 'incidents', '唯亭街道', 2019, 'zh-Hans')).toBe(
      '生产安全事故起数，唯亭街道，2019 年逐月与上年同月比较：全年 0 起，上年 0 起；0 个月少于上年同月，0 个月多于上年同月。',
    );
  });
});
