import { readFileSync } from 'node:fs';
import { expect, openView, test, waitForCharts, waitForView } from './dashboard-test.ts';

test('a Doing Business file of one economy and one year draws its score charts in the business view', async ({ page }) => {
  await openView(page, 'overview');
  const bytes = readFileSync(new URL('../../../fixtures/doing-business/afghanistan-2018.csv', import.meta.url));
  await page.getByTestId('load-files').setInputFiles([{ name: 'afghanistan-2018.csv', mimeType: 'text/csv', buffer: bytes }]);
  await expect(page.getByTestId('data-source')).not.toContainText(/示例|Sample/, { timeout: 60_000 });
  await expect(page.getByTestId('load-progress')).toHaveCount(0, { timeout: 60_000 });
  await page.locator('nav a[href^="#/business"]').click();
  await waitForView(page, 'business');
  expect(await waitForCharts(page)).toBeGreaterThanOrEqual(1);
  await expect(page.locator('main figure.chart[data-chart^="business-score-"]')).toHaveCount(1);
});
