import { chooseLanguage, expect, openView, sampleTest, waitForCharts } from './dashboard-test.ts';
import { ONCE_TAG } from './test-sets.ts';

// The litigation view's loss-rate trend of 2019 (its data-chart is charts' chartName, the same in every language) and
// what its downloads are called in each language: <view>-<chart title>-<year>, not visualization.png nor the id.
const DOWNLOADS = [
  ['zh-Hant', 'png', '行政訴訟-敗訴率-歷年走勢-2019.png'],
  ['zh-Hans', 'svg', '行政诉讼-败诉率-历年走势-2019.svg'],
  ['en', 'png', 'litigation-loss-rate-over-the-years-2019.png'],
] as const;
const TABLES = { 'zh-Hant': '行政訴訟-指標明細-2019.csv', 'zh-Hans': '行政诉讼-指标明细-2019.csv', en: 'litigation-indicators-2019.csv' } as const;

sampleTest('a chart\'s PNG and SVG downloads and the table\'s CSV are named in the page\'s language after the view, the chart and the year', { tag: ONCE_TAG }, async ({ page }) => {
  // Once (in 'utc'): it picks each language itself and the year is the data's (year=2019), so neither the time zone
  // nor the browser's locale can change a name.
  await openView(page, 'litigation', 'year=2019');
  const figure = page.locator('main figure.chart[data-chart="litigation-loss-rate-trend-2019"]');
  for (const [lang, type, expected] of DOWNLOADS) {
    await chooseLanguage(page, lang);
    await waitForCharts(page);
    const details = figure.locator('details:not([data-testid])').first();
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    const link = figure.locator(`.vega-actions a[download$=".${type}"]`);
    await expect(link).toBeVisible();
    // vega-embed renders the image on mousedown and sets it as the link's href: wait for it before the click.
    await link.dispatchEvent('mousedown');
    await expect(link).toHaveAttribute('href', /^(data:|blob:)/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename(), lang).toBe(expected);
    await details.locator('summary').click();
    const [table] = await Promise.all([page.waitForEvent('download'), page.locator('.indicator-table').getByTestId('export-csv').click()]);
    expect(table.suggestedFilename(), lang).toBe(TABLES[lang]);
  }
});
