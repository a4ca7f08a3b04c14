import { expect, openView, sampleTest } from './dashboard-test.ts';

// A phone-width window (360 px): no view is wider than the screen. Wide tables and charts scroll inside their cards
// (app.css, .card); the page itself never scrolls sideways. At 360 px the scheme view was 623 px wide (its items
// table and the scheme's hash), the quality view 708 px (visually-hidden texts placed beyond its scrolling table),
// the robustness view 692 px and a department page 363 px (its unit picker).

sampleTest('on a 360 px wide screen no view scrolls sideways: what is wider scrolls inside its card', async ({ page }) => {
  const size = page.viewportSize();
  await openView(page, 'overview');
  const views = (await page.locator('nav.views a').evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/^#\//, '').split('?')[0]!)))
    .filter((v) => v !== '');
  expect(views.length).toBeGreaterThan(10);
  await openView(page, 'ranking');
  const unit = await page.locator('[data-testid="ranking-table"] tr[data-unit]').first().getAttribute('data-unit');
  try {
    await page.setViewportSize({ width: 360, height: 800 });
    const wide: string[] = [];
    for (const view of [...views, `department/${unit}`]) {
      await openView(page, view);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${view}: ${width} px`);
    }
    expect(wide).toEqual([]);
  } finally {
    if (size !== null) await page.setViewportSize(size);
  }
});
