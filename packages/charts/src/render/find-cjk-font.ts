import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartLang } from '../chart-base.ts';
import { MissingCjkFontError } from './missing-cjk-font-error.ts';
import { readFontFaces } from './read-font-faces.ts';
import { renderMessages } from './render-messages.ts';

/**
 * Options of {@link findCjkFont}.
 *
 * @example
 * const o: FindCjkFontOptions = { lang: 'zh-Hant' };
 */
export interface FindCjkFontOptions {
  /** Font files to use instead of looking for installed ones; default: look in the usual places. */
  fontFiles?: readonly string[];
  /** Prefer a Traditional (zh-Hant) or Simplified (zh-Hans, en) face, and the language of the error; default: the Simplified face, errors in English. */
  lang?: ChartLang;
}

/**
 * The fonts the PNG renderer loads, and the family it draws text in by default.
 *
 * @example
 * const font: CjkFont = { files: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'], family: 'Noto Sans CJK SC' };
 */
export interface CjkFont {
  /** Font files to load: the CJK font(s), then symbol fallbacks (DejaVu Sans has ➚ and ➘). */
  files: string[];
  /** The family of a face covering Chinese, e.g. `Noto Sans CJK SC`. */
  family: string;
}

/** Installed CJK fonts, best first (Debian/Ubuntu, Fedora, Arch, macOS, Windows). */
const KNOWN_CJK_FONTS: readonly (readonly string[])[] = [
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'],
  ['/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc'],
  ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc'],
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'],
  ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'],
  ['/System/Library/Fonts/PingFang.ttc'],
  ['/System/Library/Fonts/STHeiti Medium.ttc'],
  ['C:\\Windows\\Fonts\\msyh.ttc', 'C:\\Windows\\Fonts\\msyhbd.ttc'],
];

/** Fonts with the arrows and signs CJK fonts lack, loaded after the CJK font when present. */
const SYMBOL_FALLBACKS: readonly string[] = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
];

/** Directories searched for Noto Sans CJK / Source Han Sans when none of the known files exists. */
const FONT_DIRS: readonly string[] = ['/usr/share/fonts', '/usr/local/share/fonts', join(process.env['HOME'] ?? '/nonexistent', '.local/share/fonts'), join(process.env['HOME'] ?? '/nonexistent', '.fonts'), '/Library/Fonts'];

/** What the search needs of a face; kept instead of the face so the font's bytes are not held. */
interface FaceSummary {
  family: string;
  coversChinese: boolean;
}

const facesByFile = new Map<string, FaceSummary[]>();
const found = new Map<string, CjkFont>();

/**
 * Finds the fonts that draw the charts' Chinese text in PNGs: the given
 * `fontFiles`, or else an installed CJK font (Noto Sans CJK first, then WenQuanYi,
 * PingFang, Microsoft YaHei, then any Noto Sans CJK or Source Han Sans file under
 * the usual font directories). A face counts only if it has glyphs for 中 and 國.
 * Throws {@link MissingCjkFontError}, which says to install `fonts-noto-cjk`,
 * when there is none. Results are cached per options.
 *
 * @example
 * findCjkFont({ lang: 'zh-Hant' }).family; // 'Noto Sans CJK TC' on Debian with fonts-noto-cjk
 */
export function findCjkFont(o: FindCjkFontOptions = {}): CjkFont {
  const { fontFiles, lang } = o;
  const key = JSON.stringify([fontFiles ?? null, lang ?? null]);
  const cached = found.get(key);
  if (cached) return cached;
  const result = fontFiles ? fromGivenFiles(fontFiles, lang) : fromInstalledFonts(lang);
  found.set(key, result);
  return result;
}

function fromGivenFiles(fontFiles: readonly string[], lang: ChartLang | undefined): CjkFont {
  const faces: FaceSummary[] = [];
  for (const file of fontFiles) {
    try {
      faces.push(...facesOf(file));
    } catch (e) {
      throw new MissingCjkFontError(renderMessages.unreadableFontFile(file, e instanceof Error ? e.message : String(e)), lang);
    }
  }
  const family = cjkFamily(faces, lang);
  if (family === null) throw new MissingCjkFontError(renderMessages.noCjkFont(fontFiles), lang);
  return { files: [...fontFiles], family };
}

function fromInstalledFonts(lang: ChartLang | undefined): CjkFont {
  const checked: string[] = [];
  const groups = [...KNOWN_CJK_FONTS, ...searchFontDirs()];
  for (const group of groups) {
    const files = group.filter((file) => existsSync(file));
    if (files.length === 0) continue;
    checked.push(...files);
    const faces = files.flatMap((file) => {
      try {
        return facesOf(file);
      } catch {
        return [];
      }
    });
    const family = cjkFamily(faces, lang);
    if (family === null) continue;
    const fallbacks = SYMBOL_FALLBACKS.filter((file) => existsSync(file)).slice(0, 1);
    return { files: [...files, ...fallbacks], family };
  }
  throw new MissingCjkFontError(renderMessages.noCjkFont(checked), lang);
}

function searchFontDirs(): string[][] {
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
  for (const dir of FONT_DIRS) visit(dir, 0);
  return files.sort().map((file) => [file]);
}

function facesOf(file: string): FaceSummary[] {
  let faces = facesByFile.get(file);
  if (!faces) {
    faces = readFontFaces(readFileSync(file)).map((face) => ({ family: face.family, coversChinese: face.hasGlyph(0x4e2d) && face.hasGlyph(0x570b) }));
    facesByFile.set(file, faces);
  }
  return faces;
}

function cjkFamily(faces: readonly FaceSummary[], lang: ChartLang | undefined): string | null {
  const cjk = faces.filter((face) => face.coversChinese && !/mono/i.test(face.family));
  const preferred = lang === 'zh-Hant' ? [/\bTC\b/, /\bHK\b/, /\bSC\b/] : [/\bSC\b/, /\bTC\b/];
  for (const pattern of preferred) {
    const face = cjk.find((f) => pattern.test(f.family));
    if (face) return face.family;
  }
  return cjk[0]?.family ?? faces.find((face) => face.coversChinese)?.family ?? null;
}
