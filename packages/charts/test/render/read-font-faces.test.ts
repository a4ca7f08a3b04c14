import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles } from '../../src/render/bundled-font-files.ts';
import { readFontFaces } from '../../src/render/read-font-faces.ts';
import { fontCollection } from './font-collection.ts';

// The fonts come from npm (package.json of @fazhi/charts), so these tests read the same bytes on every machine.
const { hans, hant, symbols } = bundledFontFiles();

describe('readFontFaces', () => {
  it('reads a single-face .otf: its English family and subfamily, Chinese glyphs 1 em wide', () => {
    const [face, ...rest] = readFontFaces(readFileSync(hans.regular));
    expect(rest).toEqual([]);
    expect(face!.family).toBe('Noto Sans S Chinese');
    expect(face!.subfamily).toBe('Regular');
    expect(face!.unitsPerEm).toBe(1000);
    expect(face!.hasGlyph(0x4e2d)).toBe(true);
    expect(face!.advance(0x570b)).toBe(1);
    expect(face!.advance(0x41)).toBeCloseTo(0.607, 3);
  });
  it('reads every face of a .ttc collection with its English family name', () => {
    const ttc = fontCollection([readFileSync(hans.bold), readFileSync(hant.regular)]);
    const faces = readFontFaces(ttc);
    expect(faces.map((f) => [f.family, f.subfamily])).toEqual([['Noto Sans S Chinese', 'Bold'], ['Noto Sans T Chinese', 'Regular']]);
    expect(faces[1]!.advance(0x570b)).toBe(1);
    expect(faces[1]!.hasGlyph(0x533a)).toBe(false); // 区: Noto Sans Hant has no Simplified-only characters
  });
  it('reads a single-face .ttf, which has no glyph for 中', () => {
    const [face, ...rest] = readFontFaces(readFileSync(symbols.regular));
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
