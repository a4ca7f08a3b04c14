import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

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
 * const o: PrintPdfOptions = { fontsCss: printFontsCss(bundledFontFiles()) };
 */
export interface PrintPdfOptions {
  /** A style sheet added to the page before printing, whose `@font-face` fonts are all loaded first (see printFontsCss); default none: the page's own fonts, as installed. */
  fontsCss?: string;
}

/**
 * Prints an HTML file to an A4 PDF with the Chromium at `executablePath`
 * (playwright-core drives it; nothing is downloaded), backgrounds included,
 * using the page's own `@page` margins. Any request the page makes to
 * something other than a `file:` or `data:` URL is refused, so a report can
 * never reach out while it is printed. With `fontsCss` that style sheet is
 * added to the page (not to the file) and every font it declares is loaded
 * before printing. Rejects when Chromium cannot start or print, or when a
 * font of `fontsCss` cannot be loaded (the message names it).
 *
 * @example
 * await printPdf('out/report/index.html', 'out/report/report.pdf', '/usr/bin/chromium');
 * await printPdf('out/report/index.html', 'out/report/report.pdf', '/usr/bin/chromium', { fontsCss: printFontsCss(bundledFontFiles()) });
 */
export async function printPdf(htmlPath: string, pdfPath: string, executablePath: string, o: PrintPdfOptions = {}): Promise<void> {
  const { fontsCss } = o;
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], timeout: 60_000 });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
    });
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    if (fontsCss !== undefined) {
      await page.addStyleTag({ content: fontsCss });
      // Fonts load when text needs them; load them all now, so that none is still missing when the PDF is made.
      const failed = await page.evaluate<string[]>(`Promise.all([...document.fonts].map((f) => f.load().catch(() => f)))
        .then(() => [...document.fonts].filter((f) => f.status !== 'loaded').map((f) => f.family + ' ' + f.weight))`);
      if (failed.length > 0) throw new Error(`Chromium could not load the font(s) ${failed.join(', ')}`);
    }
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
