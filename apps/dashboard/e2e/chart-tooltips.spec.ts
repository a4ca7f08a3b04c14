import { expect, openView, sampleTest, waitForCharts } from './dashboard-test.ts';
import { TZ_TAG } from './test-sets.ts';

/** The tooltip's "change from last year" line in each language, as @fazhi/charts titles it. */
const CHANGE_TITLE: Record<string, string> = { 'zh-Hant': '較上年', 'zh-Hans': '较上年', en: 'Change from last year' };

sampleTest('hovering a bar shows its unit, year, value and change in the page\'s language under the strict CSP, and the same words are a table away for the keyboard', { tag: TZ_TAG }, async ({ page }) => {
  await openView(page, 'litigation');
  await waitForCharts(page);
  const lang = await page.getByTestId('language').inputValue();
  const figure = page.locator('main figure.chart').first();
  const bar = figure.locator('svg path[aria-roledescription="bar"]').first();
  await bar.hover();
  const tooltip = page.locator('#vg-tooltip-element');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(CHANGE_TITLE[lang] ?? CHANGE_TITLE.en!);
  const shown = (await tooltip.innerText()).replace(/\s+/g, ' ');

  // Without a mouse: Tab to the chart's data table, open it with Enter, and read the same lines.
  const summary = figure.getByTestId('chart-data').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = figure.getByTestId('chart-data').locator('table').first();
  await expect(table).toBeVisible();
  await expect(table.locator('thead')).toContainText(CHANGE_TITLE[lang] ?? CHANGE_TITLE.en!);
  const rows = await table.locator('tbody tr').allInnerTexts();
  const cells = rows.map((r) => r.split('\t').map((c) => c.trim()));
  // The hovered bar's row: every cell of it is in the tooltip.
  expect(cells.some((row) => row.every((cell) => shown.includes(cell))), `a table row matching the tooltip "${shown}"`).toBe(true);
  await page.keyboard.press('Enter');
});
