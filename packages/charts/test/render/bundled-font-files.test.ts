import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles } from '../../src/render/bundled-font-files.ts';
import { readFontFaces } from '../../src/render/read-font-faces.ts';

const face = (file: string) => readFontFaces(readFileSync(file))[0]!;

describe('bundledFontFiles', () => {
  const files = bundledFontFiles();
  it('resolves every font to an absolute path inside its npm package, found without any system font', () => {
    for (const family of Object.values(files)) {
      for (const file of [family.regular, family.bold]) {
        expect(isAbsolute(file), file).toBe(true);
        expect(existsSync(file), file).toBe(true);
        expect(file).toMatch(/node_modules\/(@embedpdf\/fonts-(sc|tc)\/fonts|dejavu-fonts-ttf\/ttf)\//);
      }
    }
  });
  it('gives each family the name and weight its files carry', () => {
    for (const family of Object.values(files)) {
      expect([face(family.regular).family, face(family.bold).family]).toEqual([family.family, family.family]);
      expect(face(family.bold).subfamily).toBe('Bold');
    }
  });
  it('Noto Sans Hans has every ideograph Noto Sans Hant has, so it can draw Traditional text too; DejaVu Sans has the arrows both lack', () => {
    const hans = face(files.hans.regular);
    const hant = face(files.hant.regular);
    const missing: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c += 1) if (hant.hasGlyph(c) && !hans.hasGlyph(c)) missing.push(String.fromCodePoint(c));
    expect(missing).toEqual([]);
    for (const c of '法治國區園檢說戶') expect(hans.hasGlyph(c.codePointAt(0)!), c).toBe(true);
    for (const c of '➚➘') {
      expect([hans.hasGlyph(c.codePointAt(0)!), hant.hasGlyph(c.codePointAt(0)!), face(files.symbols.regular).hasGlyph(c.codePointAt(0)!)], c).toEqual([false, false, true]);
    }
  });
  it('returns the same object on every call', () => {
    expect(bundledFontFiles()).toBe(files);
  });
});
