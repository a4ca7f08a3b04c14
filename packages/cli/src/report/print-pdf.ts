import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { PrintFonts } from './print-fonts.ts';

/**
 * The flags Chromium is launched with: headless, and the ones that let it run
 * as root in a container and make no network request of its own
 * (TOOLCHAIN.md).
 *
 * @example
 * CHROMIUM_FLAGS.includes('--no-sandbox'); // true
 */
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
] as const;

/**
 * Options of {@link printPdf}.
 *
 * @example
 * const o: PrintPdfOptions = { fonts: printFonts(bundledFontFiles()) };
 */
export interface PrintPdfOptions {
  /** Fonts to print with (see printFonts): their style sheet is added to the page, their URLs are answered from their files, and all are loaded first; default none: the page's own fonts, as installed. */
  fonts?: PrintFonts;
}

/**
 * Prints an HTML file to an A4 PDF with the Chromium at `executablePath`
 * (playwright-core drives it; nothing is downloaded), backgrounds included,
 * using the page's own `@page` margins. Any request the page makes to
 * something other than a `file:` or `data:` URL or one of `fonts`' files is
 * refused, so a report can never reach out while it is printed. With `fonts`
 * their style sheet is added to the page (not to the file), each font URL is
 * answered with its file, and every font is loaded before printing. Rejects
 * when Chromium cannot start or print, or when a font cannot be loaded (the
 * message names it).
 *
 * @example
 * await printPdf('out/report/index.html', 'out/report/report.pdf', '/usr/bin/chromium');
 * await printPdf('out/report/index.html', 'out/report/report.pdf', '/usr/bin/chromium', { fonts: printFonts(bundledFontFiles()) });
 */
export async function printPdf(htmlPath: string, pdfPath: string, executablePath: string, o: PrintPdfOptions = {}): Promise<void> {
  const { fonts } = o;
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], timeout: 60_000 });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      const font = fonts?.files.get(url);
      // The page's origin is file: (opaque), so a font from another origin needs CORS' permission.
      if (font !== undefined) return route.fulfill({ path: font, headers: { 'Access-Control-Allow-Origin': '*' } });
      return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
    });
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    if (fonts !== undefined) {
      // Fonts load when text needs them: load them all now, so that none is still missing when the PDF is made. And
      // load them before any rule uses them: on a machine with no font installed at all, Chromium fails the loads
      // of faces the page's text already asks for (NetworkError), and would print empty boxes.
      await page.addStyleTag({ content: fonts.faces });
      const failed = await page.evaluate<string[]>(`Promise.all([...document.fonts].map((f) => f.load().catch(() => f)))
        .then(() => [...document.fonts].filter((f) => f.status !== 'loaded').map((f) => f.family + ' ' + f.weight))`);
      if (failed.length > 0) throw new Error(`Chromium could not load the font(s) ${failed.join(', ')}`);
      await page.addStyleTag({ content: fonts.stacks });
    }
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
