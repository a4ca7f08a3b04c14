import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles } from '../../src/render/bundled-font-files.ts';
import { GLYPH_WIDTHS } from '../../src/render/glyph-widths.ts';
import { readFontFaces } from '../../src/render/read-font-faces.ts';

const face = (path: string) => readFontFaces(readFileSync(path))[0]!;

describe('GLYPH_WIDTHS', () => {
  it('has every printable ASCII character', () => {
    for (let c = 0x20; c <= 0x7e; c += 1) expect(GLYPH_WIDTHS.has(String.fromCharCode(c)), String.fromCharCode(c)).toBe(true);
  });
  it('agrees with the bundled Noto Sans Hans and Hant, Regular and Bold, the fonts the PNGs embed (regenerate with scripts/glyph-widths.ts if not)', () => {
    const { hans, hant } = bundledFontFiles();
    for (const [regularFile, boldFile] of [[hans.regular, hans.bold], [hant.regular, hant.bold]] as const) {
      const regular = face(regularFile);
      const bold = face(boldFile);
      for (const [char, [r, b]] of GLYPH_WIDTHS) {
        expect(regular.advance(char.codePointAt(0)!), `${char} in ${regularFile}`).toBeCloseTo(r, 3);
        expect(bold.advance(char.codePointAt(0)!), `${char} in ${boldFile}`).toBeCloseTo(b, 3);
      }
    }
  });
});
