import type { Download, Locator, Page } from '@playwright/test';
import { expect, openView, sampleTest, test, waitForCharts } from './dashboard-test.ts';
import { TZ_TAG } from './test-sets.ts';
import { saveScreenshot } from './screenshots.ts';

async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await downloadBytes(download) };
}

/** Opens vega-embed's action menu of a chart and downloads one of its images (PNG or SVG). */
async function chartImage(page: Page, figure: Locator, type: 'PNG' | 'SVG'): Promise<{ name: string; bytes: Buffer }> {
  const details = figure.locator('details').first();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const link = figure.locator(`.vega-actions a[download$=".${type.toLowerCase()}"]`);
  await expect(link).toBeVisible();
  // vega-embed renders the image on mousedown and sets it as the link's href: wait for it before the click.
  await link.dispatchEvent('mousedown');
  await expect(link).toHaveAttribute('href', /^(data:|blob:)/);
  return downloadOf(page, () => link.click());
}

sampleTest('the ranking table exports as CSV (UTF-8 BOM, headers and every ranked unit) and as XLSX', async ({ page }) => {
  await openView(page, 'ranking');
  const units = await page.getByTestId('ranking-table').locator('tr[data-unit]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit') ?? ''));
  expect(units.length).toBeGreaterThan(1);
  const exportArea = page.locator('main').filter({ has: page.getByTestId('ranking-table') });

  const csv = await downloadOf(page, () => exportArea.getByTestId('export-csv').first().click());
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.bytes.subarray(3).toString('utf8');
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  expect(lines.length).toBeGreaterThanOrEqual(units.length + 1);
  for (const unit of units) expect(text).toContain(unit);
  // Formula escaping: no cell starts with = + - @ unless it is a number.
  for (const cell of lines.flatMap((l) => l.split(','))) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@]/);

  const xlsx = await downloadOf(page, () => exportArea.getByTestId('export-xlsx').first().click());
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(xlsx.bytes.includes(Buffer.from('xl/worksheets/'))).toBe(true);
});

sampleTest('a chart exports as PNG (PNG signature) and SVG (<svg text) from its action menu, which offers nothing else', async ({ page }) => {
  await openView(page, 'litigation');
  await waitForCharts(page);
  const figure = page.locator('main figure.chart').first();
  const png = await chartImage(page, figure, 'PNG');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(1000);
  const svg = await chartImage(page, figure, 'SVG');
  expect(svg.name).toMatch(/\.svg$/);
  expect(svg.bytes.toString('utf8')).toMatch(/<svg[\s>]/);
  // Only the two image exports: no "open in editor", no source or compiled view.
  const actions = await page.locator('main figure.chart').first().locator('.vega-actions a').allTextContents();
  expect(actions).toHaveLength(2);
  await expect(page.locator('.vega-actions a[href*="vega.github.io"], .vega-actions a:has-text("Editor")')).toHaveCount(0);
});

sampleTest('printing (media print) shows print-filters naming the active year and hides the controls', { tag: TZ_TAG }, async ({ page }, testInfo) => {
  await openView(page, 'litigation', 'year=2018');
  await waitForCharts(page);
  await expect(page.getByTestId('print')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-filters')).toBeVisible();
  await expect(page.getByTestId('print-filters')).toContainText('2018');
  await expect(page.getByTestId('language')).toBeHidden();
  await expect(page.getByTestId('print')).toBeHidden();
  await saveScreenshot(page, testInfo, 'litigation-print-2018');
  await page.emulateMedia({ media: 'screen' });
});

test('an exported CSV escapes a cell that would run as a spreadsheet formula (a unit named =HYPERLINK(…) stays text)', { tag: TZ_TAG }, async ({ page }) => {
  const formula = '=HYPERLINK("http://example.com","x")';
  const csv = [
    '案号,被告单位,审级,立案日期,是否开庭,开庭日期,是否通知负责人出庭,负责人是否出庭,结案日期,裁判结果',
    `（2019）苏0591行初1号,"${formula.replace(/"/g, '""')}",一审,2019-03-01,否,,,,2019-05-01,驳回起诉`,
    '（2019）苏0591行初2号,唯亭街道,一审,2019-04-01,否,,,,2019-06-01,驳回起诉',
  ].join('\r\n');
  await openView(page, 'litigation');
  await page.getByTestId('load-files').setInputFiles({ name: 'litigation.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`, 'utf8') });
  await expect(page.getByTestId('data-source')).not.toContainText(/示例|Sample/, { timeout: 60_000 });
  const table = page.getByTestId('indicator-table');
  await expect(table.locator(`tr[data-unit="${formula.replace(/"/g, '\\"')}"]`).first()).toBeVisible();
  const exportArea = page.locator('div:has(> div > table[data-testid="indicator-table"])');
  const file = await downloadOf(page, () => exportArea.getByTestId('export-csv').first().click());
  const text = file.bytes.subarray(3).toString('utf8');
  // RFC 4180 quoting doubles the inner quotes; OWASP's rule puts a ' before the =.
  expect(text).toContain(`"'${formula.replace(/"/g, '""')}"`);
  expect(text.split(/\r?\n/).some((line) => /(^|,)"?=/.test(line))).toBe(false);
});
