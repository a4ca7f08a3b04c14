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
 * Prints an HTML file to an A4 PDF with the Chromium at `executablePath`
 * (playwright-core drives it; nothing is downloaded), backgrounds included,
 * using the page's own `@page` margins. Any request the page makes to
 * something other than a `file:` or `data:` URL is refused, so a report can
 * never reach out while it is printed. Rejects when Chromium cannot start or
 * print.
 *
 * @example
 * await printPdf('out/report/index.html', 'out/report/report.pdf', '/usr/bin/chromium');
 */
export async function printPdf(htmlPath: string, pdfPath: string, executablePath: string): Promise<void> {
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], timeout: 60_000 });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort();
    });
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
