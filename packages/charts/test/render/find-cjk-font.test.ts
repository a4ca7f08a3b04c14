import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../../src/render/find-cjk-font.ts';
import { MissingCjkFontError } from '../../src/render/missing-cjk-font-error.ts';

const NOTO_REGULAR = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe('findCjkFont', () => {
  it('finds the installed Noto Sans CJK, Regular and Bold, and the Simplified face by default', () => {
    const font = findCjkFont();
    expect(font.family).toBe('Noto Sans CJK SC');
    expect(font.files.slice(0, 2)).toEqual([NOTO_REGULAR, '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc']);
  });
  it('prefers the Traditional face for zh-Hant', () => {
    expect(findCjkFont({ lang: 'zh-Hant' }).family).toBe('Noto Sans CJK TC');
    expect(findCjkFont({ lang: 'en' }).family).toBe('Noto Sans CJK SC');
  });
  it('uses the given font files as they are when one covers Chinese', () => {
    expect(findCjkFont({ fontFiles: [DEJAVU, NOTO_REGULAR], lang: 'zh-Hant' })).toEqual({ files: [DEJAVU, NOTO_REGULAR], family: 'Noto Sans CJK TC' });
  });
  it('throws MissingCjkFontError saying to install fonts-noto-cjk when the given fonts have no Chinese', () => {
    const attempt = () => findCjkFont({ fontFiles: [DEJAVU] });
    expect(attempt).toThrow(MissingCjkFontError);
    expect(attempt).toThrow(/No font with Chinese characters was found.*apt-get install fonts-noto-cjk.*Checked: \/usr\/share\/fonts\/truetype\/dejavu\/DejaVuSans\.ttf/s);
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
});
