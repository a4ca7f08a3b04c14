import type { ChartLang } from '../chart-base.ts';
import { bundledFontFiles } from './bundled-font-files.ts';
import { cjkFamily, faceSummaries, type FaceSummary } from './cjk-family.ts';
import type { CjkFont } from './cjk-font.ts';
import { findSystemCjkFont } from './find-system-cjk-font.ts';
import type { FontSource } from './font-source.ts';
import { MissingCjkFontError } from './missing-cjk-font-error.ts';
import { renderMessages } from './render-messages.ts';

/**
 * Options of {@link findCjkFont}.
 *
 * @example
 * const o: FindCjkFontOptions = { lang: 'zh-Hant', fonts: 'system' };
 */
export interface FindCjkFontOptions {
  /** Font files to use, one of them covering Chinese; they win over `fonts`. Default: none. */
  fontFiles?: readonly string[];
  /** `bundled`: the fonts that come from npm with `@fazhi/charts` (the same on every machine); `system`: an installed CJK font. Default `bundled`. */
  fonts?: FontSource;
  /** Prefer a Traditional (zh-Hant) or Simplified (zh-Hans, en) face, and the language of the error; default: the Simplified face, errors in English. */
  lang?: ChartLang;
}

const found = new Map<string, CjkFont>();

/**
 * The fonts that draw the charts' text in PNGs. By default (`fonts:
 * 'bundled'`) the fonts that come with `@fazhi/charts` from npm
 * ({@link bundledFontFiles}), so a PNG is the same on every machine and needs
 * no installed font: Noto Sans Hant first for zh-Hant (family `Noto Sans T
 * Chinese`, Taiwan's glyph forms), Noto Sans Hans first otherwise (`Noto Sans
 * S Chinese`), the other one next for any character the first lacks, then
 * DejaVu Sans for symbols such as ➚; this never throws for want of a font.
 * With `fonts: 'system'` an installed CJK font ({@link findSystemCjkFont});
 * with `fontFiles` exactly those files. Only these two can throw
 * {@link MissingCjkFontError}: when no font covering Chinese is found or a
 * given file cannot be read. Results are cached per options.
 *
 * @example
 * findCjkFont().family;                     // 'Noto Sans S Chinese'
 * findCjkFont({ lang: 'zh-Hant' }).family;  // 'Noto Sans T Chinese'
 * findCjkFont({ lang: 'zh-Hant' }).files.length; // 6
 * @example
 * // An installed font instead (throws MissingCjkFontError on a machine without one):
 * findCjkFont({ fonts: 'system', lang: 'zh-Hant' }).family; // 'Noto Sans CJK TC' on Debian with fonts-noto-cjk
 */
export function findCjkFont(o: FindCjkFontOptions = {}): CjkFont {
  const { fontFiles, fonts = 'bundled', lang } = o;
  const key = JSON.stringify([fontFiles ?? null, fontFiles ? null : fonts, lang ?? null]);
  const cached = found.get(key);
  if (cached) return cached;
  const result = fontFiles ? fromGivenFiles(fontFiles, lang) : fonts === 'system' ? findSystemCjkFont(lang) : bundled(lang);
  found.set(key, result);
  return result;
}

function bundled(lang: ChartLang | undefined): CjkFont {
  const { hans, hant, symbols } = bundledFontFiles();
  const [first, second] = lang === 'zh-Hant' ? [hant, hans] : [hans, hant];
  return { files: [first.regular, first.bold, second.regular, second.bold, symbols.regular, symbols.bold], family: first.family };
}

function fromGivenFiles(fontFiles: readonly string[], lang: ChartLang | undefined): CjkFont {
  const faces: FaceSummary[] = [];
  for (const file of fontFiles) {
    try {
      faces.push(...faceSummaries(file));
    } catch (e) {
      throw new MissingCjkFontError(renderMessages.unreadableFontFile(file, e instanceof Error ? e.message : String(e)), lang);
    }
  }
  const family = cjkFamily(faces, lang);
  if (family === null) throw new MissingCjkFontError(renderMessages.noCjkFont(fontFiles), lang);
  return { files: [...fontFiles], family };
}
