import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { yearlyComparisonRows } from '../../src/data/yearly-comparison-rows.ts';
import { park } from '../fixtures/park.ts';

const row = (unit: string, year: number, value: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow => ({
  indicator: 'litigation.loss_rate', unit, year, numerator: 0, denominator: 1, value, ...extra,
});

describe('yearlyComparisonRows', () => {
  it('gives the park\'s lost cases per department and year, worst 2019 first, with changes judged by better = lower', async () => {
    const { rows } = await park();
    const d = yearlyComparisonRows(rows, { lang: 'zh-Hans', indicator: 'litigation.lost_cases', years: [2019, 2018] });
    expect(d.years).toEqual([2018, 2019]);
    expect(d.units.slice(0, 2)).toEqual(['苏州工业园区劳动和社会保障局', '苏州工业园区规划建设委员会']);
    expect(d.units).not.toContain('*');
    expect(d.bars.slice(0, 2)).toEqual([
      { unit: '苏州工业园区劳动和社会保障局', label: '苏州工业园区劳动和社会保障局', year: 2018, value: 2, x: 2, text: '2', fraction: '—', changeText: '—' },
      { unit: '苏州工业园区劳动和社会保障局', label: '苏州工业园区劳动和社会保障局', year: 2019, value: 4, x: 4, text: '4', fraction: '—', changeText: '+2' },
    ]);
    expect(d.changes[0]).toMatchObject({ period: '2018→2019', change: 2, text: '+2', verdict: 'worse' });
    expect(d.changes.find((c) => c.unit === '苏州工业园区管理委员会')).toMatchObject({ change: -1, text: '−1', verdict: 'better' });
    expect(d.bars).toHaveLength(d.units.length * 2);
    expect(d.labels).toEqual(d.units);
  });

  it('prints rate changes in percentage points in each language', async () => {
    const { rows } = await park();
    const labour = (lang: 'zh-Hant' | 'zh-Hans' | 'en') =>
      yearlyComparisonRows(rows, { lang, indicator: 'litigation.loss_rate', years: [2018, 2019] }).changes.find((c) => c.unit === '苏州工业园区劳动和社会保障局');
    expect(labour('en')).toMatchObject({ text: '+3.5 pp', verdict: 'worse' });
    expect(labour('zh-Hans')?.text).toBe('+3.5个百分点');
    expect(labour('zh-Hant')?.text).toBe('+3.5個百分點');
    // Each bar carries its tooltip words: the rate's numerator / denominator and the change from the year before.
    const bar = yearlyComparisonRows(rows, { lang: 'en', indicator: 'litigation.loss_rate', years: [2018, 2019] }).bars.find((b) => b.unit === '苏州工业园区劳动和社会保障局' && b.year === 2019);
    const row = rows.find((r) => r.indicator === 'litigation.loss_rate' && r.unit === '苏州工业园区劳动和社会保障局' && r.year === 2019);
    expect(bar?.fraction).toBe(`${row?.numerator} / ${row?.denominator}`);
    expect(bar?.changeText).toBe('+3.5 pp');
  });

  it('keeps a missing value as null, printed —, at x 0, and its change as — with no verdict', () => {
    const d = yearlyComparisonRows([row('甲', 2018, 0.5), row('甲', 2019, null), row('乙', 2019, 0.25)], { lang: 'en', indicator: 'litigation.loss_rate', years: [2018, 2019] });
    expect(d.units).toEqual(['乙', '甲']);
    expect(d.bars.filter((b) => b.value === null).map((b) => [b.unit, b.year, b.text, b.x])).toEqual([['乙', 2018, '—', 0], ['甲', 2019, '—', 0]]);
    expect(d.changes.map((c) => [c.unit, c.text, c.verdict])).toEqual([['乙', '—', 'none'], ['甲', '—', 'none']]);
  });

  it('shows the jurisdiction, named in the language, only when it is the only unit', () => {
    const d = yearlyComparisonRows([row('*', 2018, 0.1), row('*', 2019, 0.1)], { lang: 'zh-Hant', indicator: 'litigation.loss_rate', years: [2018, 2019] });
    expect(d.labels).toEqual(['全區']);
    expect(d.changes[0]).toMatchObject({ change: 0, text: '0', verdict: 'same' });
  });

  it('calls a change that rounds to 0 as printed the same, not better or worse', () => {
    const d = yearlyComparisonRows([row('甲', 2018, 0.5), row('甲', 2019, 0.5004)], { lang: 'en', indicator: 'litigation.loss_rate', years: [2018, 2019] });
    expect(d.changes[0]).toMatchObject({ text: '0', verdict: 'same' });
  });

  it('gives no direction to a change of an indicator that is neither better higher nor lower', async () => {
    const { rows } = await park();
    const d = yearlyComparisonRows(rows, { lang: 'en', indicator: 'litigation.cases', years: [2018, 2019] });
    expect(new Set(d.changes.filter((c) => c.change !== 0 && c.change !== null).map((c) => c.verdict))).toEqual(new Set(['none']));
  });

  it('follows the units given, in their order, and labels changes between each pair of consecutive years', () => {
    const rows = [row('甲', 2017, 0.1), row('甲', 2018, 0.2), row('甲', 2019, 0.3), row('乙', 2019, 0.9)];
    const d = yearlyComparisonRows(rows, { lang: 'en', indicator: 'litigation.loss_rate', years: [2017, 2019, 2018], units: ['甲', '乙'] });
    expect(d.units).toEqual(['甲', '乙']);
    expect(d.changes.filter((c) => c.unit === '甲').map((c) => c.period)).toEqual(['2017→2018', '2018→2019']);
  });

  it('answers empty rows with no units and no bars', () => {
    expect(yearlyComparisonRows([], { lang: 'en', indicator: 'litigation.loss_rate', years: [2018, 2019] })).toEqual({ labels: [], units: [], years: [2018, 2019], bars: [], changes: [] });
  });

  it('throws when several rows match a unit × year (business scores need a select), and when a year is not an integer', async () => {
    const { rows } = await park();
    expect(() => yearlyComparisonRows(rows, { lang: 'en', indicator: 'business.dimension_score', years: [2019] })).toThrow(/select/);
    expect(() => yearlyComparisonRows(rows, { lang: 'en', indicator: 'litigation.cases', years: [2019.5] })).toThrow(RangeError);
    expect(yearlyComparisonRows(rows, { lang: 'en', indicator: 'business.dimension_score', years: [2019], select: { dimension: '开办企业' } }).bars.length).toBeGreaterThan(0);
  });
});
