import type { IndicatorRow } from '@fazhi/core';
import { TRAFFIC_LIGHT_COLORS } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { trendRows } from '../../src/data/trend-rows.ts';
import { park } from '../fixtures/park.ts';

describe('trendRows', () => {
  it('extends the park\'s incidents (42, 29) to the target year with null points, and takes the status from core (on track, ↑, green)', async () => {
    const { rows } = await park();
    const d = trendRows(rows, { lang: 'zh-Hans', indicator: 'safety.incidents', unit: '*', target: 20, targetYear: 2021 });
    expect(d.points).toEqual([
      { year: 2018, value: 42, text: '42', fraction: '—', changeText: '—' }, { year: 2019, value: 29, text: '29', fraction: '—', changeText: '−13' },
      { year: 2020, value: null, text: '—', fraction: '—', changeText: '—' }, { year: 2021, value: null, text: '—', fraction: '—', changeText: '—' },
    ]);
    expect(d.trend.arrow).toBe('↑');
    expect(d.statusText).toBe('↑ 达成目标或进度达标');
    expect(d.statusColor).toBe(TRAFFIC_LIGHT_COLORS.green);
    expect(d.targetText).toBe('20');
  });

  it('has no status without a target, and fills a gap between years with a null point', () => {
    const row = (year: number, value: number): IndicatorRow => ({ indicator: 'litigation.loss_rate', unit: '甲', year, numerator: 1, denominator: 1, value });
    const d = trendRows([row(2019, 0.2), row(2017, 0.1)], { lang: 'en', indicator: 'litigation.loss_rate', unit: '甲' });
    expect(d.years).toEqual([2017, 2018, 2019]);
    expect(d.points.map((p) => p.text)).toEqual(['10%', '—', '20%']);
    // The tooltip's words: a rate's numerator / denominator, and no change across the gap.
    expect(d.points.map((p) => [p.fraction, p.changeText])).toEqual([['1 / 1', '—'], ['—', '—'], ['1 / 1', '—']]);
    expect([d.statusText, d.statusColor, d.targetText]).toEqual([null, null, null]);
  });

  it('gives each point the change from the year before and the rate\'s numerator / denominator, for the tooltip', () => {
    const row = (year: number, numerator: number, denominator: number): IndicatorRow => ({ indicator: 'litigation.loss_rate', unit: '甲', year, numerator, denominator, value: numerator / denominator });
    const d = trendRows([row(2019, 3, 10), row(2018, 1, 10)], { lang: 'zh-Hans', indicator: 'litigation.loss_rate', unit: '甲' });
    expect(d.points.map((p) => [p.text, p.fraction, p.changeText])).toEqual([['10%', '1 / 10', '—'], ['30%', '3 / 10', '+20个百分点']]);
  });

  it('answers a unit without rows with no points', () => {
    expect(trendRows([], { lang: 'en', indicator: 'safety.deaths', unit: '*' }).points).toEqual([]);
  });
});
