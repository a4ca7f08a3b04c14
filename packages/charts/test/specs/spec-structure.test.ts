import { TRAFFIC_LIGHT_COLORS } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { compositionSpec } from '../../src/specs/composition-spec.ts';
import { heatmapSpec } from '../../src/specs/heatmap-spec.ts';
import { monthlyComparisonSpec } from '../../src/specs/monthly-comparison-spec.ts';
import { rankingSpec } from '../../src/specs/ranking-spec.ts';
import { trendSpec } from '../../src/specs/trend-spec.ts';
import { yearlyComparisonSpec } from '../../src/specs/yearly-comparison-spec.ts';
import { park } from '../fixtures/park.ts';
import { CHART_LANGS } from '../../src/chart-base.ts';
import { PARK_CHARTS } from './park-specs.ts';

/** Every object in a spec that has a given key. */
function withKey(value: unknown, key: string): Record<string, unknown>[] {
  if (value === null || typeof value !== 'object') return [];
  const here = !Array.isArray(value) && key in value ? [value as Record<string, unknown>] : [];
  return [...here, ...Object.values(value).flatMap((v) => withKey(v, key))];
}

describe('every park chart', () => {
  it.each(CHART_LANGS)('in %s treats years as ordinal integers, never as dates or times', async (lang) => {
    const p = await park();
    for (const { build } of PARK_CHARTS) {
      const spec = build(p, lang);
      const fields = withKey(spec, 'field');
      expect(fields.filter((f) => f.field === 'year').every((f) => f.type === 'ordinal')).toBe(true);
      expect(withKey(spec, 'timeUnit')).toEqual([]);
      expect(fields.some((f) => f.type === 'temporal')).toBe(false);
      const years = withKey(spec, 'values').flatMap((d) => (d.values as Record<string, unknown>[]).map((v) => v.year)).filter((y) => y !== undefined);
      expect(years.every((y) => Number.isInteger(y))).toBe(true);
    }
  });

  it('sets the number and time locale of the language in the config', async () => {
    const p = await park();
    const spec = yearlyComparisonSpec(p.rows, { lang: 'zh-Hans', indicator: 'litigation.loss_rate', years: [2018, 2019] });
    expect(spec.config?.locale?.number?.currency).toEqual(['¥', '']);
  });
});

describe('yearlyComparisonSpec', () => {
  it('sets bars of each year side by side (yOffset by year) and colours changes by better / worse with the traffic-light green and red', async () => {
    const p = await park();
    const spec = yearlyComparisonSpec(p.rows, { lang: 'en', indicator: 'litigation.lost_cases', years: [2018, 2019] });
    expect(withKey(spec, 'yOffset')[0]?.yOffset).toMatchObject({ field: 'year', type: 'ordinal', scale: { domain: [2018, 2019] } });
    const verdict = withKey(spec, 'color').map((e) => e.color as Record<string, unknown>).find((c) => c.field === 'verdict');
    expect(verdict?.scale).toEqual({ domain: ['better', 'worse', 'same', 'none'], range: [TRAFFIC_LIGHT_COLORS.green, TRAFFIC_LIGHT_COLORS.red, '#595959', '#595959'] });
    expect(spec.title).toEqual({ text: 'Cases lost, 2018–2019' });
  });

  it('takes the caller\'s title, width and height', async () => {
    const p = await park();
    const spec = yearlyComparisonSpec(p.rows, { lang: 'en', indicator: 'litigation.lost_cases', years: [2018, 2019], title: 'T', width: 200, height: 300 });
    expect(spec.title).toEqual({ text: 'T' });
    expect(withKey(spec, 'width').map((w) => w.width)).toContain(200);
    expect(withKey(spec, 'height').map((h) => h.height)).toContain(300);
  });

  it('draws one year without a change column', async () => {
    const p = await park();
    const spec = yearlyComparisonSpec(p.rows, { lang: 'en', indicator: 'litigation.lost_cases', years: [2019] });
    expect('hconcat' in spec).toBe(false);
    expect(withKey(spec, 'field').some((f) => f.field === 'verdict')).toBe(false);
  });
});

describe('trendSpec', () => {
  it('draws the target as a dashed rule labelled with its year, and the status arrow in the status colour', async () => {
    const p = await park();
    const spec = trendSpec(p.rows, { lang: 'zh-Hant', indicator: 'safety.incidents', unit: '*', target: 20, targetYear: 2021 });
    expect(spec.title).toEqual({ text: '生產安全事故起數：歷年走勢', subtitle: '↑ 達成目標或進度達標' });
    const marks = withKey(spec, 'mark').map((l) => l.mark as Record<string, unknown>);
    expect(marks.find((m) => m.type === 'rule')).toMatchObject({ strokeDash: [5, 4] });
    expect(marks.find((m) => m.color === TRAFFIC_LIGHT_COLORS.green && m.type === 'text')).toBeDefined();
    expect(JSON.stringify(spec)).toContain('目標 20（2021年）');
  });

  it('has no rule, arrow or subtitle without a target', async () => {
    const p = await park();
    const spec = trendSpec(p.rows, { lang: 'en', indicator: 'litigation.loss_rate', unit: '*' });
    expect(spec.title).toEqual({ text: 'Loss rate over the years' });
    expect(withKey(spec, 'mark').map((l) => (l.mark as { type: string }).type)).toEqual(['line', 'text']);
  });
});

describe('monthlyComparisonSpec', () => {
  it('labels the twelve months 1月…12月 and sets the year before beside the year', async () => {
    const p = await park();
    const spec = monthlyComparisonSpec(p.incidents, { lang: 'zh-Hans', year: 2019, measure: 'incidents' });
    const x = withKey(spec, 'scale').map((e) => e.scale as Record<string, unknown>).find((s) => Array.isArray(s.domain) && (s.domain as unknown[]).includes('1月'));
    expect(x?.domain).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(withKey(spec, 'xOffset')[0]?.xOffset).toMatchObject({ field: 'year', type: 'ordinal', scale: { domain: [2018, 2019] } });
    expect(spec.title).toEqual({ text: '生产安全事故起数：2019年逐月与上年同月对比' });
  });
});

describe('score charts', () => {
  it('rankingSpec draws the requirement as a rule at its value and colours misses red', async () => {
    const p = await park();
    const spec = rankingSpec(p.scores, { lang: 'en', year: 2019, requirement: 70 });
    expect(withKey(spec, 'x').map((e) => e.x)).toContainEqual({ datum: 70, type: 'quantitative' });
    const color = withKey(spec, 'color').map((e) => e.color as { scale?: { domain: string[]; range: string[] } }).find((c) => c.scale?.domain.includes('Missed'));
    expect(color?.scale?.range[color.scale.domain.indexOf('Missed')]).toBe(TRAFFIC_LIGHT_COLORS.red);
    expect(spec.title).toEqual({ text: 'Total ranking, 2019' });
  });

  it('heatmapSpec colours cells met / near / missed with the traffic lights and prints the points', async () => {
    const p = await park();
    const spec = heatmapSpec(p.scores, { lang: 'zh-Hans', year: 2019 });
    const color = withKey(spec, 'color').map((e) => e.color as { field: string; scale: { domain: string[]; range: string[] } }).find((c) => c.field === 'statusLabel');
    expect(color?.scale.domain.slice(0, 3)).toEqual(['达标', '接近', '未达标']);
    expect(color?.scale.range.slice(0, 3)).toEqual([TRAFFIC_LIGHT_COLORS.green, TRAFFIC_LIGHT_COLORS.yellow, TRAFFIC_LIGHT_COLORS.red]);
    expect(withKey(spec, 'text').some((e) => (e.text as { field?: string }).field === 'text')).toBe(true);
  });

  it('compositionSpec stacks dimensions in scheme order and shows points lost pale', async () => {
    const p = await park();
    const spec = compositionSpec(p.scores, { lang: 'en', year: 2019 });
    const opacity = withKey(spec, 'opacity')[0]?.opacity as { scale: { domain: string[]; range: number[] } };
    expect(opacity.scale).toEqual({ domain: ['Points', 'Points lost'], range: [1, 0.3] });
    expect(withKey(spec, 'order').map((e) => e.order)).toContainEqual({ field: 'order', type: 'quantitative' });
  });
});
