import { describe, expect, it } from 'vitest';
import { normalizeSvg } from '../../src/render/normalize-svg.ts';
import { renderSvg } from '../../src/render/render-svg.ts';
import { textWidth } from '../../src/render/text-width.ts';
import { unitBarsSpec } from './hand-written-specs.ts';

const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('renderSvg', () => {
  it('writes every Chinese axis label whole, without vega’s “…” truncation', async () => {
    const labels = texts(await renderSvg(unitBarsSpec()));
    expect(labels).toEqual(expect.arrayContaining(['苏州工业园区管理委员会', '劳动和社会保障局', '蘇州工業園區司法局', '单位', '年度', '出庭应诉率（%）']));
    expect(labels.filter((t) => t.includes('…'))).toEqual([]);
  });
  it('leaves room left of the plot for the longest label (1 em per character) and the axis title', async () => {
    const svg = await renderSvg(unitBarsSpec());
    const left = Number(/<g fill="none" stroke-miterlimit="4" transform="translate\(([\d.]+),/.exec(svg)![1]);
    expect(left).toBeGreaterThanOrEqual(textWidth('苏州工业园区管理委员会', 11) + 12);
    expect(left).toBeGreaterThanOrEqual(11 * 11 + 12);
  });
  it('keeps a label longer than its limit cut with “…” within the limit', async () => {
    const svg = await renderSvg(unitBarsSpec({ labelLimit: 60 }));
    const cut = texts(svg).filter((t) => t.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const t of cut) expect(textWidth(t, 11)).toBeLessThanOrEqual(60);
  });
  it('marks the language on the root element when asked', async () => {
    expect(await renderSvg(unitBarsSpec(), { lang: 'zh-Hant' })).toMatch(/^<svg lang="zh-Hant" xml:lang="zh-Hant" xmlns=/);
    expect(await renderSvg(unitBarsSpec())).toMatch(/^<svg xmlns=/);
  });
  it('renders the same normalised SVG when renders run concurrently as when they run alone', async () => {
    const alone = normalizeSvg(await renderSvg(unitBarsSpec()));
    const together = await Promise.all([1, 2, 3].map(() => renderSvg(unitBarsSpec())));
    for (const svg of together) expect(normalizeSvg(svg)).toBe(alone);
  });
  it('does not mutate the spec', async () => {
    const spec = unitBarsSpec();
    const before = JSON.stringify(spec);
    await renderSvg(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });
  it('matches the snapshot of the hand-written unit bars', async () => {
    await expect(normalizeSvg(await renderSvg(unitBarsSpec(), { lang: 'zh-Hans' }))).toMatchFileSnapshot('__snapshots__/unit-bars.svg');
  });
});
