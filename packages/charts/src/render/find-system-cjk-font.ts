import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartLang } from '../chart-base.ts';
import { cjkFamily, faceSummaries } from './cjk-family.ts';
import type { CjkFont } from './cjk-font.ts';
import { MissingCjkFontError } from './missing-cjk-font-error.ts';
import { renderMessages } from './render-messages.ts';

/**
 * Where {@link findSystemCjkFont} looks for installed fonts.
 *
 * @example
 * const places: SystemFontPlaces = { known: [['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc']], dirs: [], symbols: [] };
 */
export interface SystemFontPlaces {
  /** Groups of files of one CJK font (Regular, Bold …), best first. */
  known: readonly (readonly string[])[];
  /** Folders searched (4 levels deep) for Noto Sans CJK / Source Han Sans files when no known group exists. */
  dirs: readonly string[];
  /** Fonts with the arrows and signs CJK fonts lack; the first present is loaded after the CJK font. */
  symbols: readonly string[];
}

const home = process.env['HOME'] ?? '/nonexistent';

/**
 * The usual places of CJK fonts on Debian/Ubuntu, Fedora, Arch, macOS and
 * Windows, and of DejaVu Sans.
 *
 * @example
 * SYSTEM_FONT_PLACES.known[0]; // ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc']
 */
export const SYSTEM_FONT_PLACES: SystemFontPlaces = {
  known: [
    ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'],
    ['/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc'],
    ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc'],
    ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'],
    ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'],
    ['/System/Library/Fonts/PingFang.ttc'],
    ['/System/Library/Fonts/STHeiti Medium.ttc'],
    ['C:\\Windows\\Fonts\\msyh.ttc', 'C:\\Windows\\Fonts\\msyhbd.ttc'],
  ],
  dirs: ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local/share/fonts'), join(home, '.fonts'), '/Library/Fonts'],
  symbols: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans.ttf'],
};

/**
 * Finds a CJK font installed on the machine: the first group of
 * `places.known` that exists and covers Chinese (Noto Sans CJK first, then
 * WenQuanYi, PingFang, Microsoft YaHei), else any Noto Sans CJK or Source Han
 * Sans file under `places.dirs`, followed by the first of `places.symbols`
 * present. A face counts only if it has glyphs for 中 and 國. Throws
 * {@link MissingCjkFontError}, which says to install `fonts-noto-cjk` or to
 * use the bundled fonts, when there is none.
 *
 * @example
 * findSystemCjkFont('zh-Hant').family; // 'Noto Sans CJK TC' on Debian with fonts-noto-cjk
 */
export function findSystemCjkFont(lang: ChartLang | undefined, places: SystemFontPlaces = SYSTEM_FONT_PLACES): CjkFont {
  const checked: string[] = [];
  for (const group of [...places.known, ...searchDirs(places.dirs)]) {
    const files = group.filter((file) => existsSync(file));
    if (files.length === 0) continue;
    checked.push(...files);
    const faces = files.flatMap((file) => {
      try {
        return faceSummaries(file);
      } catch {
        return [];
      }
    });
    const family = cjkFamily(faces, lang);
    if (family === null) continue;
    const symbols = places.symbols.filter((file) => existsSync(file)).slice(0, 1);
    return { files: [...files, ...symbols], family };
  }
  throw new MissingCjkFontError(renderMessages.noSystemCjkFont(checked), lang);
}

function searchDirs(dirs: readonly string[]): string[][] {
  const files: string[] = [];
  const visit = (dir: string, depth: number): void => {
    if (depth > 4 || !existsSync(dir)) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path, depth + 1);
      else if (/^(NotoSansCJK|NotoSans(SC|TC)|SourceHanSans).*\.(ttc|otf|ttf)$/i.test(entry.name)) files.push(path);
    }
  };
  for (const dir of dirs) visit(dir, 0);
  return files.sort().map((file) => [file]);
}
