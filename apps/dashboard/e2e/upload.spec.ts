import { kpiTiles } from '@fazhi/charts';
import type { InputFile } from '@fazhi/core';
import type { Page } from '@playwright/test';
import { expect, openView, test, waitForView } from './dashboard-test.ts';
import { expectedFor, indicatorValue, repoFile, type Expected } from './expected.ts';
import { saveScreenshot } from './screenshots.ts';
import { TZ_TAG } from './test-sets.ts';

/** Picks files with the header's file input, as an analyst would, and waits until they are loaded. */
async function upload(page: Page, files: readonly InputFile[]): Promise<void> {
  await page.getByTestId('load-files').setInputFiles(files.map((f) => ({ name: f.name, mimeType: f.name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', buffer: Buffer.from(f.bytes) })));
  await expect(page.getByTestId('data-source')).not.toContainText(/示例|Sample/, { timeout: 60_000 });
  await expect(page.getByTestId('load-progress')).toHaveCount(0, { timeout: 60_000 });
}

/** Checks the quality view's per-file accounting against @fazhi/core's reports of the same bytes. */
async function expectFileReports(page: Page, expected: Expected): Promise<void> {
  await page.locator('nav a[href^="#/quality"]').click();
  await waitForView(page, 'quality');
  for (const report of expected.data.files) {
    const row = page.getByTestId('file-reports').locator(`tr[data-file="${report.file}"]`);
    await expect(row.locator('[data-col="read"]'), `${report.file} read`).toHaveAttribute('data-value', String(report.rowsRead));
    await expect(row.locator('[data-col="used"]'), `${report.file} used`).toHaveAttribute('data-value', String(report.rowsUsed));
    await expect(row.locator('[data-col="used"]')).toContainText(String(report.rowsUsed % 1000));
    await expect(row.locator('[data-col="skipped"]'), `${report.file} skipped`).toHaveAttribute('data-value', String(report.rowsSkipped));
    if (report.dataset !== null) await expect(row.locator('[data-col="dataset"]')).toContainText(/\S/);
  }
}

test('a GBK CSV and an XLSX file upload through load-files: the quality view shows their rows used and the overview their indicator values', { tag: TZ_TAG }, async ({ page }, testInfo) => {
  const files = [repoFile('fixtures/messy/litigation.csv'), repoFile('fixtures/messy/enforcement_reviews.xlsx')];
  const expected = await expectedFor(files);
  expect(expected.data.files.map((f) => f.encoding)).toContain('gb18030');
  await openView(page, 'overview');
  await upload(page, files);

  await expectFileReports(page, expected);
  await expect(page.getByTestId('file-reports').locator('tr[data-file="litigation.csv"] [data-col="encoding"]')).toContainText(/gb|GB/);
  await saveScreenshot(page, testInfo, 'upload-quality');

  // The overview's tiles show the uploaded files' values as @fazhi/charts formats them for 2019.
  await page.locator('nav a[href^="#/overview"]').click();
  await waitForView(page, 'overview');
  const tiles = kpiTiles(expected.rows, { lang: 'zh-Hans', year: 2019 });
  for (const id of ['litigation.cases', 'litigation.head_appearance_rate', 'enforcement.mean_score'] as const) {
    const tile = tiles.find((t) => t.indicator === id);
    const shown = page.getByTestId('kpi-tiles').locator(`[data-indicator="${id}"]`);
    if (tile === undefined || (await shown.count()) === 0) continue;
    expect(tile.value).toBe(indicatorValue(expected.rows, id, 2019));
    await expect(shown).toContainText(tile.formatted);
  }
  const litigationCases = tiles.find((t) => t.indicator === 'litigation.cases');
  const headRate = tiles.find((t) => t.indicator === 'litigation.head_appearance_rate');
  const shownAny = page.getByTestId('kpi-tiles').locator('[data-indicator="litigation.cases"], [data-indicator="litigation.head_appearance_rate"]');
  await expect(shownAny.first(), 'a litigation tile from the uploaded GBK file').toBeVisible();
  expect([litigationCases?.formatted, headRate?.formatted].some((f) => f !== undefined && f !== '—')).toBe(true);

  // The area views count the uploaded records: cases of the GBK file, reviewed files of the XLSX file (park-wide row).
  for (const [view, indicator] of [['litigation', 'litigation.cases'], ['enforcement', 'enforcement.files_reviewed']] as const) {
    await page.locator(`nav a[href^="#/${view}"]`).click();
    await waitForView(page, view);
    const value = indicatorValue(expected.rows, indicator, 2019);
    expect(value).toBeGreaterThan(0);
    await expect(page.getByTestId('indicator-table').locator(`tr[data-indicator="${indicator}"][data-unit="*"] [data-col="value"]`)).toHaveText(String(value));
    await expect(page.locator('main figure.chart svg.marks').first()).toBeVisible();
  }
  await saveScreenshot(page, testInfo, 'upload-enforcement');
});

test('a file with bad rows shows each issue (row, column, raw value, message) in issues-table and the other files still load', { tag: TZ_TAG }, async ({ page }, testInfo) => {
  const files = ['safety_incidents.csv', 'decisions.csv', 'litigation.csv', '2019年复议案件台账.csv'].map((name) => repoFile(`fixtures/messy/${name}`));
  const expected = await expectedFor(files);
  await openView(page, 'overview');
  await upload(page, files);
  await expectFileReports(page, expected);

  const issues = page.getByTestId('issues-table').locator('tr[data-issue]');
  await expect(issues).toHaveCount(expected.data.issues.length);
  for (const issue of expected.data.issues) {
    let row = page.getByTestId('issues-table').locator(`tr[data-issue="${issue.code}"][data-issue-file="${issue.file}"]`);
    if (issue.row !== null) row = row.filter({ has: page.locator('[data-col="row"]', { hasText: new RegExp(`^${issue.row}$`) }) });
    if (issue.column !== null) await expect(row.first().locator('[data-col="column"]')).toHaveText(issue.column);
    if (issue.value !== null) await expect(row.first().locator('[data-col="value"]')).toHaveText(issue.value);
    await expect(row.first(), `issue ${issue.code} ${issue.file}:${issue.row}`).toContainText(issue.message['zh-Hans'].slice(0, 8));
  }
  // decisions.csv lost every row (no 承办单位 column) but litigation and reconsideration still count.
  await page.locator('nav a[href^="#/overview"]').click();
  await waitForView(page, 'overview');
  await expect(page.getByTestId('kpi-tiles').locator('[data-indicator^="litigation."]').first()).toBeVisible();
  await saveScreenshot(page, testInfo, 'bad-rows-overview');
});

test('issues-table sorts by a column when its header button is pressed', async ({ page }) => {
  const files = ['safety_incidents.csv', 'litigation.csv'].map((name) => repoFile(`fixtures/messy/${name}`));
  await openView(page, 'overview');
  await upload(page, files);
  await page.locator('nav a[href^="#/quality"]').click();
  await waitForView(page, 'quality');
  const table = page.getByTestId('issues-table');
  const buttons = table.locator('th button');
  await expect(buttons.first()).toBeVisible();
  const before = await table.locator('tr[data-issue]').allInnerTexts();
  const count = await buttons.count();
  let changed = false;
  for (let i = 0; i < count && !changed; i++) {
    await buttons.nth(i).click();
    const after = await table.locator('tr[data-issue]').allInnerTexts();
    expect([...after].sort()).toEqual([...before].sort());
    changed = after.join('\n') !== before.join('\n');
  }
  expect(changed, 'some header reorders the issues').toBe(true);
});

test('forcing a file\'s encoding in file-reports reads it again that way (numbers as core gives them), and automatic restores the detection', async ({ page }) => {
  const file = repoFile('fixtures/messy/documents.csv');
  const detected = await expectedFor([file]);
  const forced = await expectedFor([{ ...file, encoding: 'gb18030' }]);
  expect(detected.data.files[0]?.encoding).toBe('big5');
  expect(forced.data.files[0]?.rowsUsed).not.toBe(detected.data.files[0]?.rowsUsed);
  await openView(page, 'overview');
  await upload(page, [file]);
  await page.locator('nav a[href^="#/quality"]').click();
  await waitForView(page, 'quality');
  const row = () => page.getByTestId('file-reports').locator('tr[data-file="documents.csv"]');
  await expect(row().locator('[data-col="encoding"]')).toHaveAttribute('data-encoding', 'big5');

  await row().getByTestId('encoding-override').selectOption('gb18030');
  await expect(row().locator('[data-col="encoding"]')).toHaveAttribute('data-encoding', 'gb18030', { timeout: 30_000 });
  await expect(row().locator('[data-col="used"]')).toHaveAttribute('data-value', String(forced.data.files[0]?.rowsUsed));

  await row().getByTestId('encoding-override').selectOption('');
  await expect(row().locator('[data-col="encoding"]')).toHaveAttribute('data-encoding', 'big5', { timeout: 30_000 });
  await expect(row().locator('[data-col="used"]')).toHaveAttribute('data-value', String(detected.data.files[0]?.rowsUsed));
});

test('forcing a file\'s dataset in file-reports reads it as that dataset', async ({ page }) => {
  const file = repoFile('fixtures/messy/2019年复议案件台账.csv');
  const detected = await expectedFor([file]);
  const forced = await expectedFor([{ ...file, dataset: 'litigation' }]);
  expect(detected.data.files[0]?.dataset).toBe('reconsideration');
  await openView(page, 'overview');
  await upload(page, [file]);
  await page.locator('nav a[href^="#/quality"]').click();
  await waitForView(page, 'quality');
  const row = page.getByTestId('file-reports').locator(`tr[data-file="${file.name}"]`);
  await expect(row.locator('[data-col="dataset"]')).toHaveAttribute('data-dataset', 'reconsideration');
  await row.getByTestId('dataset-override').selectOption('litigation');
  await expect(row.locator('[data-col="dataset"]')).toHaveAttribute('data-dataset', 'litigation', { timeout: 30_000 });
  await expect(row.locator('[data-col="used"]')).toHaveAttribute('data-value', String(forced.data.files[0]?.rowsUsed));
  await expect(page.getByTestId('issues-table').locator('tr[data-issue]')).toHaveCount(forced.data.issues.length);
});
