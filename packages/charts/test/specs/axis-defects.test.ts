import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/render/render-svg.ts';
import { rankingSpec } from '../../src/specs/ranking-spec.ts';
import { trendSpec } from '../../src/specs/trend-spec.ts';
import { yearlyComparisonSpec } from '../../src/specs/yearly-comparison-spec.ts';
import { makeScore } from '../support/make-score.ts';

/** The texts of an SVG, in order. */
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

describe('axes drawn without a value to scale', () => {
  it('the ranking of a year in which no unit could be scored has no axis label such as 0.000000', async () => {
    const scores = ['甲局', '乙局'].map((unit) => makeScore({ unit, year: 2019, total: null, rank: null }));
    const labels = texts(await renderSvg(rankingSpec(scores, { lang: 'zh-Hans', year: 2019 })));
    expect(labels.filter((t) => /^\d/.test(t))).not.toContainEqual(expect.stringMatching(/\.\d{3,}/));
    expect(labels).not.toContain('0.000000');
  });
});

describe('a yearly comparison whose every value is 0', () => {
  it('prints each "0%" beside its (empty) bar at the axis\'s 0, not in the middle of the plot', async () => {
    const row = (unit: string, year: number) => ({ indicator: 'litigation.loss_rate', unit, year, numerator: 0, denominator: 5, value: 0 });
    const rows = ['甲局', '乙局'].flatMap((u) => [row(u, 2018), row(u, 2019)]);
    const svg = await renderSvg(yearlyComparisonSpec(rows, { lang: 'en', indicator: 'litigation.loss_rate', years: [2018, 2019] }));
    const xs = [...svg.matchAll(/<text[^>]*transform="translate\(([-\d.]+),[-\d.]+\)"[^>]*>0%<\/text>/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThanOrEqual(4);
    for (const x of xs) expect(x).toBeLessThan(20);
  });
});

describe('a business score trend', () => {
  it('has a tick at or above its highest point (84.9 was drawn above the top tick, 80)', async () => {
    const rows = [2018, 2019].map((year, i) => ({ indicator: 'business.score', unit: '*', year, numerator: 0, denominator: null, value: [80.2, 84.9][i]! }));
    const svg = await renderSvg(trendSpec(rows, { lang: 'en', indicator: 'business.score', unit: '*' }));
    const ticks = texts(svg).filter((t) => /^\d+(\.\d+)?$/.test(t) && !['2018', '2019', '80.2', '84.9'].includes(t)).map(Number);
    expect(ticks.length).toBeGreaterThan(1);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(84.9);
  });
});
