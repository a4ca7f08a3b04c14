import { describe, expect, it } from 'vitest';
import { MissingCjkFontError } from '../../src/render/missing-cjk-font-error.ts';
import { pngSize } from '../../src/render/png-size.ts';
import { renderPng } from '../../src/render/render-png.ts';
import { renderSvg } from '../../src/render/render-svg.ts';
import { svgToPng } from '../../src/render/svg-to-png.ts';
import { decodePng, inkedPixels } from './decode-png.ts';
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
  it('draws ➚, which Noto Sans CJK lacks, from the symbol fallback font', () => {
    expect(inkedPixels(decodePng(svgToPng(textSvg('➚'))))).toBeGreaterThan(20);
  });
  it('throws MissingCjkFontError telling to install fonts-noto-cjk when the given fonts cannot draw Chinese', () => {
    const attempt = () => svgToPng(textSvg('法治'), { fontFiles: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] });
    expect(attempt).toThrow(MissingCjkFontError);
    expect(attempt).toThrow(/sudo apt-get install fonts-noto-cjk/);
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
