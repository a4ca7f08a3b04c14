import { describe, expect, it } from 'vitest';
import { bundledFontFiles } from '../../src/render/bundled-font-files.ts';
import { MissingCjkFontError } from '../../src/render/missing-cjk-font-error.ts';
import { pngSize } from '../../src/render/png-size.ts';
import { renderPng } from '../../src/render/render-png.ts';
import { renderSvg } from '../../src/render/render-svg.ts';
import { svgToPng } from '../../src/render/svg-to-png.ts';
import { narrowMinus } from '../../src/render/narrow-minus.ts';
import { decodePng, inkedPixels, inkedWidth } from './decode-png.ts';
import { unitBarsSpec } from './hand-written-specs.ts';

const svgSize = (svg: string) => {
  const [, width, height] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
};
const textSvg = (text: string, family = 'sans-serif') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="24"><rect width="80" height="24" fill="white"/><text x="2" y="18" font-size="16" font-family='${family}'>${text}</text></svg>`;

describe('svgToPng', () => {
  it('rasterises at 2× by default: the PNG is twice the SVG’s width and height', async () => {
    const svg = await renderSvg(unitBarsSpec());
    const { width, height } = svgSize(svg);
    expect(pngSize(svgToPng(svg))).toEqual({ width: 2 * width, height: 2 * height });
    expect(pngSize(svgToPng(svg, { scale: 1 }))).toEqual({ width, height });
  });
  it('draws Chinese glyphs (ink where the text is) in the default family and in the charts’ font stack', () => {
    for (const family of ['sans-serif', '"Noto Sans CJK SC", "PingFang SC", sans-serif', 'Unknown Font']) {
      expect(inkedPixels(decodePng(svgToPng(textSvg('法治國', family)))), family).toBeGreaterThan(200);
    }
    expect(inkedPixels(decodePng(svgToPng(textSvg(''))))).toBe(0);
  });
  it('draws ➚, which the CJK fonts lack, from the bundled DejaVu Sans, in both languages', () => {
    expect(inkedPixels(decodePng(svgToPng(textSvg('➚'))))).toBeGreaterThan(20);
    expect(inkedPixels(decodePng(svgToPng(textSvg('➚'), { lang: 'zh-Hant' })))).toBeGreaterThan(20);
  });
  it('draws with the bundled fonts only: the PNG is the same as with those files given explicitly', () => {
    const { hans, hant, symbols } = bundledFontFiles();
    const svg = textSvg('國法治 A➚');
    expect(svgToPng(svg)).toEqual(svgToPng(svg, { fontFiles: [hans.regular, hans.bold, hant.regular, hant.bold, symbols.regular, symbols.bold] }));
  });
  it('draws zh-Hant text in Noto Sans Hant’s Taiwan glyph forms and zh-Hans text in Noto Sans Hans’s', () => {
    const hant = svgToPng(textSvg('骨說'), { lang: 'zh-Hant' });
    const hans = svgToPng(textSvg('骨說'), { lang: 'zh-Hans' });
    expect(inkedPixels(decodePng(hant))).toBeGreaterThan(200);
    expect(hant).not.toEqual(hans);
    expect(svgToPng(textSvg('骨說'), { lang: 'en' })).toEqual(hans);
  });
  it('draws Simplified-only characters in a zh-Hant chart from Noto Sans Hans, which Noto Sans Hant lacks', () => {
    expect(inkedPixels(decodePng(svgToPng(textSvg('区检关'), { lang: 'zh-Hant' })))).toBeGreaterThan(200);
  });
  it('throws MissingCjkFontError saying what to do when the given fonts cannot draw Chinese', () => {
    const attempt = () => svgToPng(textSvg('法治'), { fontFiles: [bundledFontFiles().symbols.regular] });
    expect(attempt).toThrow(MissingCjkFontError);
    expect(attempt).toThrow(/add a .ttc\/.otf\/.ttf file with Chinese characters to fontFiles, or leave fontFiles out/);
  });
  it('draws the minus sign narrow (DejaVu Sans), not as the bundled CJK fonts’ 1 em dash', () => {
    const em = 2 * 16; // font-size 16 at the default scale 2
    const narrow = inkedWidth(decodePng(svgToPng(textSvg('\u22121'))));
    const cjkOnly = inkedWidth(decodePng(svgToPng(textSvg('\u22121'), { fontFiles: [bundledFontFiles().hans.regular] })));
    // "−1" is 40 px wide against 44 px with the CJK fonts' dash (bundled fonts only: the same on every machine).
    expect(cjkOnly - narrow).toBeGreaterThanOrEqual(0.1 * em);
  });
  it('narrowMinus wraps only the minus signs of text content, never attributes', () => {
    const svg = '<svg><g aria-label="−1"><text x="1">−13 與 −2</text><text>13</text></g></svg>';
    expect(narrowMinus(svg, 'DejaVu Sans')).toBe(
      '<svg><g aria-label="−1"><text x="1"><tspan font-family="DejaVu Sans">−</tspan>13 與 <tspan font-family="DejaVu Sans">−</tspan>2</text><text>13</text></g></svg>',
    );
  });
  it('refuses a scale that is not a positive number', () => {
    expect(() => svgToPng(textSvg('法治'), { scale: 0 })).toThrow(/invalid scale: 0/);
    expect(() => svgToPng(textSvg('法治'), { scale: Number.NaN })).toThrow(/invalid scale: NaN/);
  });
});

describe('renderPng', () => {
  it('renders a spec at 2× with the language’s face', async () => {
    const svg = await renderSvg(unitBarsSpec());
    const png = await renderPng(unitBarsSpec(), { lang: 'zh-Hant' });
    expect(pngSize(png)).toEqual({ width: 2 * svgSize(svg).width, height: 2 * svgSize(svg).height });
    expect(inkedPixels(decodePng(png))).toBeGreaterThan(1000);
  });
});
