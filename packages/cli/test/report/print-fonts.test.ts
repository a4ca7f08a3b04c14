import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledFontFiles } from '@fazhi/charts/render';
import { describe, expect, it } from 'vitest';
import { printFontsCss } from '../../src/report/print-fonts-css.ts';

const files = bundledFontFiles();
const css = printFontsCss(files);

describe('printFontsCss', () => {
  it('declares each bundled font file, Regular 400 and Bold 700, by a file: URL that exists', () => {
    const faces = [...css.matchAll(/@font-face \{ font-family: "([^"]+)"; src: url\("([^"]+)"\); font-weight: (\d+);/g)].map((m) => [m[1], m[2], m[3]]);
    expect(faces.map(([family, , weight]) => `${family} ${weight}`)).toEqual([
      'fazhi Noto Sans S Chinese 400', 'fazhi Noto Sans S Chinese 700', 'fazhi Noto Sans T Chinese 400', 'fazhi Noto Sans T Chinese 700',
      'fazhi DejaVu Sans 400', 'fazhi DejaVu Sans 700',
    ]);
    for (const [, url] of faces) {
      expect(url).toMatch(/^file:\/\//);
      expect(existsSync(fileURLToPath(url!)), url).toBe(true);
    }
    expect(css).not.toMatch(/https?:/);
  });
  it('sets the page’s and every SVG text’s fonts in the PNGs’ order: Hans, Hant, DejaVu; Hant first on a zh-Hant page', () => {
    expect(css).toContain('html, html svg text { font-family: "fazhi Noto Sans S Chinese", "fazhi Noto Sans T Chinese", "fazhi DejaVu Sans", sans-serif; }');
    expect(css).toContain('html:lang(zh-Hant), html:lang(zh-Hant) svg text { font-family: "fazhi Noto Sans T Chinese", "fazhi Noto Sans S Chinese", "fazhi DejaVu Sans", sans-serif; }');
  });
});
