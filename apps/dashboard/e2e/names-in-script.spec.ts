import { chooseLanguage, expect, openView, sampleTest, waitForCharts } from './dashboard-test.ts';
import { TZ_TAG } from './test-sets.ts';

sampleTest('chart labels print unit names in the reader\'s script: Traditional in 繁體中文, Simplified in 简体中文', { tag: TZ_TAG }, async ({ page }) => {
  await openView(page, 'litigation');
  for (const [lang, shown, notShown] of [['zh-Hant', '蘇州工業園區', '苏州工业园区'], ['zh-Hans', '苏州工业园区', '蘇州工業園區']] as const) {
    await chooseLanguage(page, lang);
    await waitForCharts(page);
    const labels = (await page.locator('main figure.chart').first().locator('svg text').allTextContents()).join(' ');
    expect(labels, lang).toContain(shown);
    expect(labels, lang).not.toContain(notShown);
  }
});
