import { bundledFontFiles } from '@fazhi/charts/render';
import { describe, expect, it } from 'vitest';
import { PRINT_FONT_ORIGIN, printFonts } from '../../src/report/print-fonts.ts';

const bundled = bundledFontFiles();
const { faces: faceRules, stacks, files } = printFonts(bundled);

describe('printFonts', () => {
  it('declares each bundled font file, Regular 400 and Bold 700, at a URL of the .invalid print origin answered by that file', () => {
    const faces = [...faceRules.matchAll(/@font-face \{ font-family: "([^"]+)"; src: url\("([^"]+)"\); font-weight: (\d+);/g)].map((m) => [m[1]!, m[2]!, m[3]!] as const);
    expect(faces.map(([family, , weight]) => `${family} ${weight}`)).toEqual([
      'fazhi Noto Sans S Chinese 400', 'fazhi Noto Sans S Chinese 700', 'fazhi Noto Sans T Chinese 400', 'fazhi Noto Sans T Chinese 700',
      'fazhi DejaVu Sans 400', 'fazhi DejaVu Sans 700', 'fazhi minus 400', 'fazhi minus 700',
    ]);
    expect(faces.map(([, url]) => files.get(url))).toEqual([
      bundled.hans.regular, bundled.hans.bold, bundled.hant.regular, bundled.hant.bold, bundled.symbols.regular, bundled.symbols.bold,
      bundled.symbols.regular, bundled.symbols.bold,
    ]);
    // The minus faces draw U+2212 alone: the CJK fonts' minus is a 1 em dash.
    expect(faceRules.match(/font-family: "fazhi minus";[^}]*unicode-range: U\+2212;/g)).toHaveLength(2);
    expect(files.size).toBe(6);
    for (const [url] of files) expect(url.startsWith(PRINT_FONT_ORIGIN)).toBe(true);
    expect(new URL(PRINT_FONT_ORIGIN).hostname.endsWith('.invalid')).toBe(true);
  });
  it('sets the page’s and every SVG text’s fonts in the PNGs’ order: the minus, Hans, Hant, DejaVu; Hant first on a zh-Hant page', () => {
    expect(stacks).toContain('html, html svg text { font-family: "fazhi minus", "fazhi Noto Sans S Chinese", "fazhi Noto Sans T Chinese", "fazhi DejaVu Sans", sans-serif; }');
    expect(stacks).toContain('html:lang(zh-Hant), html:lang(zh-Hant) svg text { font-family: "fazhi minus", "fazhi Noto Sans T Chinese", "fazhi Noto Sans S Chinese", "fazhi DejaVu Sans", sans-serif; }');
  });
});
