import { expect, test, waitForView } from './dashboard-test.ts';

test('once opened, the dashboard works offline: a reload without network shows the sample again from the service worker cache', async ({ page, context }) => {
  await page.goto('./#/overview');
  await waitForView(page, 'overview');
  const tiles = await page.locator('[data-indicator]').count();
  expect(tiles).toBeGreaterThan(0);
  // The worker precaches every file of the build at install; wait until it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller === null) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await waitForView(page, 'overview');
  await expect(page.locator('[data-indicator]')).toHaveCount(tiles);
  // The lazily loaded chart library comes from the cache too.
  await expect(page.locator('main figure.chart svg.marks').first()).toBeVisible({ timeout: 45_000 });
  await context.setOffline(false);
});
