import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLYPH_WIDTHS } from '../../src/render/glyph-widths.ts';
import { readFontFaces } from '../../src/render/read-font-faces.ts';

const face = (path: string) => readFontFaces(readFileSync(path)).find((f) => f.family === 'Noto Sans CJK SC')!;

describe('GLYPH_WIDTHS', () => {
  it('has every printable ASCII character', () => {
    for (let c = 0x20; c <= 0x7e; c += 1) expect(GLYPH_WIDTHS.has(String.fromCharCode(c)), String.fromCharCode(c)).toBe(true);
  });
  it('agrees with the installed Noto Sans CJK SC Regular and Bold (regenerate with scripts/glyph-widths.ts if not)', () => {
    const regular = face('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
    const bold = face('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc');
    for (const [char, [r, b]] of GLYPH_WIDTHS) {
      expect(regular.advance(char.codePointAt(0)!), char).toBeCloseTo(r, 3);
      expect(bold.advance(char.codePointAt(0)!), char).toBeCloseTo(b, 3);
    }
  });
});
