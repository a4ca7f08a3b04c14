import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles } from '../../src/render/bundled-font-files.ts';
import { findCjkFont } from '../../src/render/find-cjk-font.ts';
import { MissingCjkFontError } from '../../src/render/missing-cjk-font-error.ts';
import { readFontFaces } from '../../src/render/read-font-faces.ts';

const { hans, hant, symbols } = bundledFontFiles();

describe('findCjkFont', () => {
  it('by default returns the fonts bundled from npm: Noto Sans Hans, then Hant, then DejaVu Sans, Regular and Bold each', () => {
    expect(findCjkFont()).toEqual({ files: [hans.regular, hans.bold, hant.regular, hant.bold, symbols.regular, symbols.bold], family: 'Noto Sans S Chinese' });
    expect(findCjkFont({ lang: 'en' })).toEqual(findCjkFont({ fonts: 'bundled', lang: 'zh-Hans' }));
  });
  it('puts Noto Sans Hant first for zh-Hant, Hans next for the characters Hant lacks', () => {
    expect(findCjkFont({ lang: 'zh-Hant' })).toEqual({ files: [hant.regular, hant.bold, hans.regular, hans.bold, symbols.regular, symbols.bold], family: 'Noto Sans T Chinese' });
  });
  it('names the family as the font files themselves do (the name resvg matches)', () => {
    for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
      const font = findCjkFont({ lang });
      expect(readFontFaces(readFileSync(font.files[0]!))[0]!.family).toBe(font.family);
    }
  });
  it('uses the given font files as they are when one covers Chinese, choosing the face of the language', () => {
    expect(findCjkFont({ fontFiles: [symbols.regular, hans.regular], lang: 'zh-Hant' })).toEqual({ files: [symbols.regular, hans.regular], family: 'Noto Sans S Chinese' });
    expect(findCjkFont({ fontFiles: [hans.regular, hant.regular], lang: 'zh-Hant' }).family).toBe('Noto Sans T Chinese');
    expect(findCjkFont({ fontFiles: [hans.regular, hant.regular], fonts: 'system' }).family).toBe('Noto Sans S Chinese');
  });
  it('throws MissingCjkFontError when the given fonts have no Chinese, naming them and the bundled fonts', () => {
    const attempt = () => findCjkFont({ fontFiles: [symbols.regular] });
    expect(attempt).toThrow(MissingCjkFontError);
    expect(attempt).toThrow(/^None of the font files given has Chinese characters.*leave fontFiles out.*Checked: .*DejaVuSans\.ttf\.$/s);
  });
  it('throws MissingCjkFontError naming a font file that cannot be read, in the requested language', () => {
    try {
      findCjkFont({ fontFiles: ['/nonexistent/NotoSansCJK.ttc'], lang: 'zh-Hant' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MissingCjkFontError);
      const error = e as MissingCjkFontError;
      expect(error.message).toMatch(/^無法讀取字型檔 \/nonexistent\/NotoSansCJK\.ttc：.*ENOENT/);
      expect(error.messages.en).toMatch(/^Cannot read the font file \/nonexistent\/NotoSansCJK\.ttc: /);
    }
  });
  it('with fonts: "system" returns an installed font covering Chinese or throws MissingCjkFontError, never the bundled fonts', () => {
    let font;
    try {
      font = findCjkFont({ fonts: 'system' });
    } catch (e) {
      expect(e).toBeInstanceOf(MissingCjkFontError);
      expect((e as Error).message).toMatch(/^No installed font with Chinese characters was found.*fonts-noto-cjk/s);
      return;
    }
    expect(font.files).not.toContain(hans.regular);
    expect(font.files.flatMap((file) => readFontFaces(readFileSync(file))).some((f) => f.hasGlyph(0x4e2d))).toBe(true);
  });
});
