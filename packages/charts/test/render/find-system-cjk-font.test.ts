import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles } from '../../src/render/bundled-font-files.ts';
import { findSystemCjkFont, SYSTEM_FONT_PLACES } from '../../src/render/find-system-cjk-font.ts';
import { MissingCjkFontError } from '../../src/render/missing-cjk-font-error.ts';

// A fake font tree built from the npm fonts, so the search is tested the same way on every machine.
const { hans, hant, symbols } = bundledFontFiles();
const root = mkdtempSync(join(tmpdir(), 'fazhi-fonts-'));
mkdirSync(join(root, 'opentype', 'noto'), { recursive: true });
symlinkSync(hans.regular, join(root, 'opentype', 'noto', 'NotoSansCJKsc-Regular.otf'));
symlinkSync(hant.regular, join(root, 'opentype', 'noto', 'NotoSansCJKtc-Regular.otf'));
symlinkSync(symbols.regular, join(root, 'DejaVuSans.ttf'));
const nowhere = join(root, 'nowhere');

describe('findSystemCjkFont', () => {
  it('takes the first known group that exists and covers Chinese, then the first symbol font present', () => {
    const places = { known: [[join(nowhere, 'a.ttc')], [symbols.regular], [hans.regular, hans.bold]], dirs: [], symbols: [join(nowhere, 'b.ttf'), symbols.regular] };
    expect(findSystemCjkFont('zh-Hant', places)).toEqual({ files: [hans.regular, hans.bold, symbols.regular], family: 'Noto Sans S Chinese' });
  });
  it('else searches the font folders for Noto Sans CJK / Source Han Sans files, in name order', () => {
    const places = { known: [], dirs: [nowhere, root], symbols: [join(root, 'DejaVuSans.ttf')] };
    expect(findSystemCjkFont('zh-Hant', places)).toEqual({ files: [join(root, 'opentype', 'noto', 'NotoSansCJKsc-Regular.otf'), join(root, 'DejaVuSans.ttf')], family: 'Noto Sans S Chinese' });
  });
  it('throws MissingCjkFontError saying to install fonts-noto-cjk or use the bundled fonts, listing what it checked', () => {
    const attempt = () => findSystemCjkFont('en', { known: [[symbols.regular]], dirs: [nowhere], symbols: [] });
    expect(attempt).toThrow(MissingCjkFontError);
    expect(attempt).toThrow(/^No installed font with Chinese characters was found.*sudo apt-get install fonts-noto-cjk.*fonts that come with @fazhi\/charts.*Checked: .*DejaVuSans\.ttf\.$/s);
    expect(() => findSystemCjkFont('zh-Hans', { known: [], dirs: [], symbols: [] })).toThrow(/^系统中找不到含中文字形的字体.*fonts-noto-cjk/s);
  });
  it('looks first where Debian’s fonts-noto-cjk installs Noto Sans CJK', () => {
    expect(SYSTEM_FONT_PLACES.known[0]).toEqual(['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc']);
  });
});
