import { describe, expect, it } from 'vitest';
import { monthlyComparisonRows } from '../../src/data/monthly-rows.ts';
import { park } from '../fixtures/park.ts';

describe('monthlyComparisonRows', () => {
  it('gives the park\'s incidents of every month of 2019 and 2018 (29 and 42 in all), with each month\'s change', async () => {
    const { incidents } = await park();
    const d = monthlyComparisonRows(incidents, { lang: 'zh-Hans', year: 2019, measure: 'incidents' });
    expect(d.years).toEqual([2018, 2019]);
    expect(d.months).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(d.bars).toHaveLength(24);
    const sum = (year: number) => d.bars.filter((b) => b.year === year).reduce((s, b) => s + (b.value ?? 0), 0);
    expect([sum(2018), sum(2019)]).toEqual([42, 29]);
    expect(d.changes.slice(0, 2)).toEqual([
      { month: 1, label: '1月', change: -3, text: '−3', verdict: 'better' },
      { month: 2, label: '2月', change: 2, text: '+2', verdict: 'worse' },
    ]);
  });

  it('labels months Jan…Dec in English and prints — for the changes of the data\'s first year', async () => {
    const { incidents } = await park();
    const d = monthlyComparisonRows(incidents, { lang: 'en', year: 2018, measure: 'deaths' });
    expect(d.years).toEqual([2018]);
    expect(d.months[11]).toBe('Dec');
    expect(d.changes.every((c) => c.change === null && c.text === '—' && c.verdict === 'none')).toBe(true);
  });

  it('counts one unit\'s incidents only when asked, with zeros for its quiet months', async () => {
    const { incidents } = await park();
    const all = monthlyComparisonRows(incidents, { lang: 'en', year: 2019, measure: 'incidents' });
    const one = monthlyComparisonRows(incidents, { lang: 'en', year: 2019, measure: 'incidents', unit: '唯亭街道' });
    expect(one.bars).toHaveLength(24);
    expect(one.bars.every((b, i) => (b.value ?? 0) <= (all.bars[i]?.value ?? 0))).toBe(true);
  });

  it('answers no records with no bars and twelve — changes', () => {
    const d = monthlyComparisonRows([], { lang: 'zh-Hant', year: 2019, measure: 'incidents' });
    expect(d.bars).toEqual([]);
    expect(d.changes.map((c) => c.text)).toEqual(Array(12).fill('—'));
  });
});
