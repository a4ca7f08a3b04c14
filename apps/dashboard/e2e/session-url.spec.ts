import type { Page } from '@playwright/test';
import { commonMessages } from '../src/lib/i18n/common-messages.ts';
import { expect, openView, test, waitForCharts, waitForView } from './dashboard-test.ts';
import { expectedFor, fixtureFiles, repoFile } from './expected.ts';
import { largeLitigationCsv } from './large-litigation.ts';
import { TZ_TAG } from './test-sets.ts';

/** Matches any of the texts exactly (the data source's words in whichever language the page chose). */
function anyOf(texts: readonly string[]): RegExp {
  return new RegExp(`^(${texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}

async function expectSample(page: Page): Promise<void> {
  await expect(page.getByTestId('data-source')).toHaveText(anyOf(Object.values(commonMessages.sampleData)), { timeout: 60_000 });
}

test('own data survives a reload (IndexedDB) and clear-all brings the sample back, also after another reload', async ({ page }) => {
  const file = repoFile('fixtures/messy/litigation.csv');
  const expected = await expectedFor([file]);
  await openView(page, 'quality');
  await expectSample(page);
  await page.getByTestId('load-files').setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.bytes) });
  await expect(page.getByTestId('data-source')).toHaveText(anyOf(Object.values(commonMessages.ownData)), { timeout: 60_000 });
  const used = String(expected.data.files[0]?.rowsUsed);
  await expect(page.getByTestId('file-reports').locator('tr[data-file="litigation.csv"] [data-col="used"]')).toHaveText(used);
  await expect(page.getByTestId('file-reports').locator('tr[data-file]')).toHaveCount(1);

  await page.reload();
  await waitForView(page, 'quality');
  await expect(page.getByTestId('data-source')).toHaveText(anyOf(Object.values(commonMessages.ownData)));
  await expect(page.getByTestId('file-reports').locator('tr[data-file="litigation.csv"] [data-col="used"]')).toHaveText(used);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('clear-all').click();
  await expectSample(page);
  await expect(page.getByTestId('file-reports').locator('tr[data-file]')).toHaveCount(fixtureFiles('fixtures/sip-2019').length);
  await page.reload();
  await waitForView(page, 'quality');
  await expectSample(page);
});

test('a link reproduces the view: #/department/<unit>?year=2018&lang=en opens that unit\'s page for 2018 in English', { tag: TZ_TAG }, async ({ page }) => {
  const expected = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  const unit = expected.rows.find((r) => r.year === 2018 && r.unit !== '*' && r.indicator.startsWith('litigation.'))?.unit ?? '';
  expect(unit).not.toBe('');
  await openView(page, `department/${encodeURIComponent(unit)}`, 'year=2018&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('language')).toHaveValue('en');
  await expect(page.getByTestId('filter-year')).toHaveValue('2018');
  await expect(page.locator('main')).toContainText(unit);
  await expect(page.getByTestId('department-explanations')).toBeVisible();
  await waitForCharts(page);
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/department/${unit}?year=2018&lang=en`);
});

test('changing the year filter writes it to the URL, and opening that URL shows the same year', { tag: TZ_TAG }, async ({ page }) => {
  await openView(page, 'safety');
  await page.getByTestId('filter-year').selectOption('2018');
  await expect(page).toHaveURL(/#\/safety\?year=2018/);
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await waitForView(page, 'safety');
  await expect(page.getByTestId('filter-year')).toHaveValue('2018');
});

test('cancelling a large load stops it and keeps the data shown before it', async ({ page }) => {
  await openView(page, 'overview');
  await expectSample(page);
  const tiles = await page.getByTestId('kpi-tiles').locator('[data-indicator]').count();
  await page.getByTestId('load-files').setInputFiles({ name: 'litigation.csv', mimeType: 'text/csv', buffer: largeLitigationCsv(150_000) });
  await expect(page.getByTestId('load-progress')).toBeVisible();
  await expect(page.getByTestId('load-progress').locator('progress[data-file="litigation.csv"]')).toBeAttached();
  await page.getByTestId('cancel-load').click();
  await expect(page.getByTestId('load-progress')).toHaveCount(0);
  await expectSample(page);
  await expect(page.getByTestId('kpi-tiles').locator('[data-indicator]')).toHaveCount(tiles);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
