import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Regular and Bold files of one bundled font family, and the family name
 * its `name` table gives (the name the SVG and resvg know it by).
 *
 * @example
 * const hans: BundledFamily = bundledFontFiles().hans;
 * hans.family;                                    // 'Noto Sans S Chinese'
 * hans.regular.endsWith('NotoSansHans-Regular.otf'); // true
 */
export interface BundledFamily {
  /** The family name in the font's `name` table, e.g. `Noto Sans S Chinese`. */
  family: string;
  /** Absolute path of the Regular (400) face. */
  regular: string;
  /** Absolute path of the Bold (700) face. */
  bold: string;
}

/**
 * The fonts that come with `@fazhi/charts` from npm, by role.
 *
 * @example
 * const { hans, hant, symbols } = bundledFontFiles();
 * symbols.family; // 'DejaVu Sans'
 */
export interface BundledFontFiles {
  /** Noto Sans Hans (`Noto Sans S Chinese`, package `@embedpdf/fonts-sc`, OFL-1.1): Simplified glyph forms; it also covers every Traditional character the Hant font has. */
  hans: BundledFamily;
  /** Noto Sans Hant (`Noto Sans T Chinese`, package `@embedpdf/fonts-tc`, OFL-1.1): Traditional (Taiwan) glyph forms. */
  hant: BundledFamily;
  /** DejaVu Sans (package `dejavu-fonts-ttf`, Bitstream Vera licence): the arrows and signs the CJK fonts lack, such as ➚ and ➘. */
  symbols: BundledFamily;
}

let files: BundledFontFiles | undefined;

/**
 * The paths of the fonts `@fazhi/charts` depends on from npm, resolved from
 * this module (so they are found wherever the package is installed, with no
 * system font): Noto Sans Hans and Hant (Regular, Bold) for Chinese and
 * Latin, DejaVu Sans (Book, Bold) for the symbols the CJK fonts lack. The PNG
 * renderer draws with them unless asked for system fonts; `fazhi report
 * --pdf` hands the same files to Chromium. Throws when a package is not
 * installed (a broken install, not a missing system font).
 *
 * @example
 * bundledFontFiles().hant.bold.endsWith('NotoSansHant-Bold.otf'); // true
 */
export function bundledFontFiles(): BundledFontFiles {
  if (files) return files;
  const require = createRequire(import.meta.url);
  // The @embedpdf packages export only their entry (dist/index.cjs); the fonts sit beside dist/.
  const sc = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  const tc = join(dirname(require.resolve('@embedpdf/fonts-tc')), '..', 'fonts');
  const dejavu = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  files = {
    hans: { family: 'Noto Sans S Chinese', regular: join(sc, 'NotoSansHans-Regular.otf'), bold: join(sc, 'NotoSansHans-Bold.otf') },
    hant: { family: 'Noto Sans T Chinese', regular: join(tc, 'NotoSansHant-Regular.otf'), bold: join(tc, 'NotoSansHant-Bold.otf') },
    symbols: { family: 'DejaVu Sans', regular: join(dejavu, 'DejaVuSans.ttf'), bold: join(dejavu, 'DejaVuSans-Bold.ttf') },
  };
  return files;
}
