import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFontFaces } from '../../src/render/read-font-faces.ts';

// fonts-noto-cjk and fonts-dejavu-core are required on every machine that renders PNGs (see docs/report.md, .ci/run).
const NOTO_REGULAR = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe('readFontFaces', () => {
  it('reads every face of a .ttc collection with its English family name', () => {
    const families = readFontFaces(readFileSync(NOTO_REGULAR)).map((f) => f.family);
    expect(families).toEqual(expect.arrayContaining(['Noto Sans CJK SC', 'Noto Sans CJK TC', 'Noto Sans CJK JP']));
  });
  it('maps Chinese characters to glyphs 1 em wide in Noto Sans CJK SC', () => {
    const sc = readFontFaces(readFileSync(NOTO_REGULAR)).find((f) => f.family === 'Noto Sans CJK SC')!;
    expect(sc.subfamily).toBe('Regular');
    expect(sc.hasGlyph(0x4e2d)).toBe(true);
    expect(sc.advance(0x570b)).toBe(1);
    expect(sc.advance(0x41)).toBeCloseTo(0.608, 3);
  });
  it('reads a single-face .ttf, which has no glyph for 中', () => {
    const [face, ...rest] = readFontFaces(readFileSync(DEJAVU));
    expect(rest).toEqual([]);
    expect(face!.family).toBe('DejaVu Sans');
    expect(face!.hasGlyph(0x4e2d)).toBe(false);
    expect(face!.advance(0x4e2d)).toBeNull();
    expect(face!.hasGlyph(0x279a)).toBe(true);
  });
  it('throws on bytes that are not a font, echoing what they start with', () => {
    expect(() => readFontFaces(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow(/not a font file: it starts with "<svg"/);
    expect(() => readFontFaces(new Uint8Array(3))).toThrow(/not a font file: 3 bytes/);
  });
});
