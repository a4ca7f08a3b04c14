import { pathToFileURL } from 'node:url';
import type { BundledFontFiles } from '@fazhi/charts/render';

/**
 * The style sheet that makes Chromium print the report with the fonts
 * bundled from npm, the ones the PNG charts are drawn with: an `@font-face`
 * per file (a `file:` URL to the OTF/TTF in `node_modules`, Regular 400 and
 * Bold 700), and a font stack set on the page and on every SVG text (CSS
 * wins over the SVGs' `font-family` attributes): Noto Sans Hans, Noto Sans
 * Hant, DejaVu Sans for zh-Hans and en; Hant first on a zh-Hant page. So
 * the PDF shows no empty boxes on a machine without a CJK font, and looks
 * the same on every machine. It is added to the page only while printing;
 * `index.html` stays self-contained, with no URL in it.
 *
 * @example
 * printFontsCss(bundledFontFiles()).includes('font-family: "fazhi Noto Sans S Chinese"'); // true
 */
export function printFontsCss(files: BundledFontFiles): string {
  const families = [files.hans, files.hant, files.symbols];
  const faces = families.flatMap((family) =>
    ([[family.regular, 400], [family.bold, 700]] as const).map(([file, weight]) =>
      `@font-face { font-family: "fazhi ${family.family}"; src: url("${pathToFileURL(file).href}"); font-weight: ${weight}; font-style: normal; }`));
  const stack = (order: typeof families) => `${order.map((family) => `"fazhi ${family.family}"`).join(', ')}, sans-serif`;
  return [
    ...faces,
    `html, html svg text { font-family: ${stack(families)}; }`,
    `html:lang(zh-Hant), html:lang(zh-Hant) svg text { font-family: ${stack([files.hant, files.hans, files.symbols])}; }`,
  ].join('\n');
}
