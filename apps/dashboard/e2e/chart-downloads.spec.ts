import { expect, openView, sampleTest, waitForCharts } from './dashboard-test.ts';

sampleTest('a chart\'s PNG and SVG downloads are named after the chart (view, chart, years), not visualization.png', async ({ page }) => {
  await openView(page, 'litigation');
  await waitForCharts(page);
  const figure = page.locator('main figure.chart').first();
  const name = await figure.getAttribute('data-chart');
  expect(name).toMatch(/^litigation-.+-\d{4}/);
  const details = figure.locator('details:not([data-testid])').first();
  for (const type of ['png', 'svg']) {
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    const link = figure.locator(`.vega-actions a[download$=".${type}"]`);
    await expect(link).toBeVisible();
    // vega-embed renders the image on mousedown and sets it as the link's href: wait for it before the click.
    await link.dispatchEvent('mousedown');
    await expect(link).toHaveAttribute('href', /^(data:|blob:)/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${name}.${type}`);
  }
});
