import { chooseLanguage, expect, openView, sampleTest, waitForCharts } from './dashboard-test.ts';
import { TZ_TAG } from './test-sets.ts';

const SCRIPTS = [['zh-Hant', '蘇州工業園區', '苏州工业园区'], ['zh-Hans', '苏州工业园区', '蘇州工業園區']] as const;

sampleTest('charts, tables and the unit filter print unit names in the reader\'s script: Traditional in 繁體中文, Simplified in 简体中文', { tag: TZ_TAG }, async ({ page }) => {
  await openView(page, 'litigation');
  // The sample spells its units in Simplified (苏州工业园区…); a row's data-unit keeps the data's spelling.
  const tableCells = page.locator('[data-testid="indicator-table"] tbody tr[data-unit^="苏州工业园区"] > td:nth-child(2)');
  for (const [lang, shown, notShown] of SCRIPTS) {
    await chooseLanguage(page, lang);
    await waitForCharts(page);
    const labels = (await page.locator('main figure.chart').first().locator('svg text').allTextContents()).join(' ');
    expect(labels, lang).toContain(shown);
    expect(labels, lang).not.toContain(notShown);
    await expect(tableCells.first(), `indicator table, ${lang}`).toContainText(shown);
    expect((await tableCells.allTextContents()).join(' '), `indicator table, ${lang}`).not.toContain(notShown);
    const options = (await page.locator('[data-testid="filter-unit"] option').allTextContents()).join(' ');
    expect(options, `unit filter, ${lang}`).toContain(shown);
    expect(options, `unit filter, ${lang}`).not.toContain(notShown);
  }
  // The ranking table, on the same page (a hash change, no reload).
  await page.locator('nav a[href^="#/ranking"]').click();
  const rankingUnits = page.locator('[data-testid="ranking-table"] tbody tr[data-unit^="苏州工业园区"] [data-col="unit"]');
  for (const [lang, shown, notShown] of SCRIPTS) {
    await chooseLanguage(page, lang);
    await expect(rankingUnits.first(), `ranking table, ${lang}`).toContainText(shown);
    expect((await rankingUnits.allTextContents()).join(' '), `ranking table, ${lang}`).not.toContain(notShown);
  }
});
