import type { Download, Locator, Page } from '@playwright/test';
import { expect, openView, sampleTest, waitForCharts } from './dashboard-test.ts';
import { TZ_TAG } from './test-sets.ts';

async function csvOf(page: Page, dialog: Locator): Promise<{ name: string; lines: string[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-csv').click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await (download as Download).createReadStream()) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).subarray(3).toString('utf8');
  return { name: download.suggestedFilename(), lines: text.split('\r\n').filter((l) => l !== '') };
}

/** The dialog's parts: for each, the record count it states, what the records add up to, and the rows of its table. */
async function parts(dialog: Locator): Promise<{ part: string; count: number; sum: number; rows: number }[]> {
  const headings = dialog.locator('h3[data-part]');
  // The dialog opens before the worker's records arrive: wait for its first part, or the count below may read none.
  await expect(headings.first()).toBeVisible();
  const out = [];
  for (let i = 0; i < (await headings.count()); i++) {
    const h = headings.nth(i);
    const part = (await h.getAttribute('data-part'))!;
    const count = Number(await h.getAttribute('data-count'));
    out.push({ part, count, sum: Number(await h.getAttribute('data-sum')), rows: count === 0 ? 0 : await dialog.locator(`table[data-part="${part}"] tbody tr`).count() });
  }
  return out;
}

const number = (text: string) => Number(text.replace(/[^\d.]/g, ''));

sampleTest('a KPI tile\'s value opens the records behind it (by mouse and by Enter), they add up to the tile, export as CSV and XLSX, and Escape closes and returns focus', { tag: TZ_TAG }, async ({ page }) => {
  await openView(page, 'overview');
  const tile = page.getByTestId('kpi-tiles').locator('[data-indicator="litigation.lost_cases"]');
  const button = tile.getByTestId('tile-records');
  const shown = number(await button.innerText());
  await button.click();
  const dialog = page.getByTestId('evidence-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('h3[data-part]')).toHaveCount(1);
  const [numerator] = await parts(dialog);
  expect(numerator).toEqual({ part: 'numerator', count: shown, sum: shown, rows: shown });
  await expect(dialog.locator('table[data-part="numerator"] thead')).toContainText('case_no');
  await expect(dialog.locator('table[data-part="numerator"] tbody tr').first()).toContainText('litigation.csv');
  const csv = await csvOf(page, dialog);
  // Named in the page's language after the dialog's title and what was clicked (indicator, unit, year).
  const names: Record<string, RegExp> = {
    'zh-Hant': /^數值背後的紀錄-敗訴案件數-全區-\d{4}\.csv$/, 'zh-Hans': /^数值背后的记录-败诉案件数-全区-\d{4}\.csv$/, en: /^records-behind-the-number-cases-lost-whole-jurisdiction-\d{4}\.csv$/,
  };
  expect(csv.name).toMatch(names[await page.getByTestId('language').inputValue()]!);
  expect(csv.lines).toHaveLength(shown + 1);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('evidence-dialog')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveAccessibleName(/.+/);
  await page.getByTestId('evidence-close').click();
  await expect(page.getByTestId('evidence-dialog')).toHaveCount(0);
  await expect(button).toBeFocused();
});

sampleTest('a rate\'s cell in an area\'s indicator table opens its numerator and denominator records, each adding up to the row', { tag: TZ_TAG }, async ({ page }) => {
  await openView(page, 'litigation');
  const row = page.getByTestId('indicator-table').locator('tr[data-indicator="litigation.loss_rate"][data-unit="*"]');
  const numeratorText = number(await row.locator('td[data-col="numerator"]').innerText());
  const denominatorText = number(await row.locator('td[data-col="denominator"]').innerText());
  await row.locator('td[data-col="value"] button').click();
  const dialog = page.getByTestId('evidence-dialog');
  await expect(dialog.locator('h3[data-part]')).toHaveCount(2);
  const [numerator, denominator] = await parts(dialog);
  expect(numerator).toEqual({ part: 'numerator', count: numeratorText, sum: numeratorText, rows: numeratorText });
  expect(denominator).toEqual({ part: 'denominator', count: denominatorText, sum: denominatorText, rows: denominatorText });
  await expect(dialog.getByTestId('evidence-figure')).toContainText(`= ${numeratorText} / ${denominatorText}`);
  const csv = await csvOf(page, dialog);
  expect(csv.lines).toHaveLength(numeratorText + denominatorText + 1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

sampleTest('an item\'s explanation on a department page opens the records its rule read', { tag: TZ_TAG }, async ({ page }) => {
  await openView(page, `department/${encodeURIComponent('苏州工业园区劳动和社会保障局')}`);
  const sentence = page.getByTestId('department-explanations').locator('li[data-item="lost-cases"] button');
  const cases = number((await sentence.innerText()).split(/[×x]/)[0] ?? '');
  await sentence.click();
  const dialog = page.getByTestId('evidence-dialog');
  await expect(dialog.locator('h3[data-part]')).toHaveCount(1);
  const [numerator] = await parts(dialog);
  expect(numerator).toEqual({ part: 'numerator', count: cases, sum: cases, rows: cases });
  await expect(dialog.locator('table[data-part="numerator"] tbody')).toContainText('苏州工业园区劳动和社会保障局');
  await page.keyboard.press('Escape');
  await expect(sentence).toBeFocused();
});

sampleTest('a chart\'s printed value opens the records behind its bar, and its "show records" list does the same from the keyboard', { tag: TZ_TAG }, async ({ page }) => {
  await openView(page, 'litigation');
  await waitForCharts(page);
  const figure = page.locator('main figure.chart[data-chart^="litigation-lost-cases-by-unit"]');
  const label = figure.locator('svg g.mark-text.role-mark text').filter({ hasText: /^[1-9]\d*$/ }).first();
  const value = number(await label.textContent() ?? '');
  await label.click({ force: true });
  const dialog = page.getByTestId('evidence-dialog');
  await expect(dialog).toBeVisible();
  const [clicked] = await parts(dialog);
  expect(clicked).toEqual({ part: 'numerator', count: value, sum: value, rows: value });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('main[data-view="litigation"]')).toBeVisible();

  const list = figure.getByTestId('chart-records');
  await list.locator('summary').focus();
  await page.keyboard.press('Enter');
  const first = list.getByRole('button').first();
  const shown = number((await first.innerText()).split(':').at(-1) ?? '');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  const [listed] = await parts(dialog);
  expect(listed).toEqual({ part: 'numerator', count: shown, sum: shown, rows: shown });
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();
});
