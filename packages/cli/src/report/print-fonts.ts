import { basename } from 'node:path';
import type { BundledFontFiles } from '@fazhi/charts/render';

/**
 * The address the printed page loads the bundled fonts from. `.invalid`
 * never resolves: printPdf answers these requests itself from the files in
 * `node_modules`, and nothing leaves the machine.
 *
 * @example
 * PRINT_FONT_ORIGIN; // 'https://fonts.fazhi.invalid/'
 */
export const PRINT_FONT_ORIGIN = 'https://fonts.fazhi.invalid/';

/**
 * Fonts for printing: the style sheets to add to the page, and the file each
 * font URL is served from.
 *
 * @example
 * const fonts: PrintFonts = { faces: '@font-face { … }', stacks: 'html { font-family: … }', files: new Map([['https://fonts.fazhi.invalid/a.otf', '/fonts/a.otf']]) };
 */
export interface PrintFonts {
  /** The `@font-face` rules. */
  faces: string;
  /** The rules that set the page's and the SVG texts' font stacks to those faces. */
  stacks: string;
  /** Font URL → absolute path of the file that answers it. */
  files: ReadonlyMap<string, string>;
}

/**
 * What makes Chromium print the report with the fonts bundled from npm, the
 * ones the PNG charts are drawn with: an `@font-face` per file (Regular 400
 * and Bold 700, at {@link PRINT_FONT_ORIGIN}), and a font stack set on the
 * page and on every SVG text (CSS wins over the SVGs' `font-family`
 * attributes) in the PNGs' order: Noto Sans Hans, Noto Sans Hant, DejaVu
 * Sans for zh-Hans and en; Hant first on a zh-Hant page; before them all,
 * DejaVu Sans for the minus sign alone (`unicode-range: U+2212`). So the PDF shows no
 * empty boxes on a machine without a CJK font, and looks the same on every
 * machine. It is added to the page only while printing; `index.html` stays
 * self-contained, with no URL in it. (The fonts are served rather than
 * linked by `file:` URL: Chromium refuses `file:` fonts on a machine with no
 * font installed at all.)
 *
 * @example
 * const fonts = printFonts(bundledFontFiles());
 * fonts.faces.includes('font-family: "fazhi Noto Sans S Chinese"'); // true
 * fonts.files.get('https://fonts.fazhi.invalid/NotoSansHans-Regular.otf') === bundledFontFiles().hans.regular; // true
 */
export function printFonts(bundled: BundledFontFiles): PrintFonts {
  const families = [bundled.hans, bundled.hant, bundled.symbols];
  const files = new Map<string, string>();
  const faces = families.flatMap((family) =>
    ([[family.regular, 400], [family.bold, 700]] as const).map(([file, weight]) => {
      const url = `${PRINT_FONT_ORIGIN}${encodeURIComponent(basename(file))}`;
      files.set(url, file);
      return `@font-face { font-family: "fazhi ${family.family}"; src: url("${url}"); font-weight: ${weight}; font-style: normal; }`;
    }));
  // The CJK fonts' minus is a dash 1 em wide ("−40" reads "—40"): DejaVu Sans draws U+2212, as in the PNGs (narrowMinus).
  for (const [file, weight] of [[bundled.symbols.regular, 400], [bundled.symbols.bold, 700]] as const) {
    faces.push(`@font-face { font-family: "fazhi minus"; src: url("${PRINT_FONT_ORIGIN}${encodeURIComponent(basename(file))}"); font-weight: ${weight}; font-style: normal; unicode-range: U+2212; }`);
  }
  const stack = (order: typeof families) => `"fazhi minus", ${order.map((family) => `"fazhi ${family.family}"`).join(', ')}, sans-serif`;
  const stacks = [
    `html, html svg text { font-family: ${stack(families)}; }`,
    `html:lang(zh-Hant), html:lang(zh-Hant) svg text { font-family: ${stack([bundled.hant, bundled.hans, bundled.symbols])}; }`,
  ].join('\n');
  return { faces: faces.join('\n'), stacks, files };
}
