import { kpiTiles } from '@fazhi/charts';
import type { Page } from '@playwright/test';
import { commonMessages } from '../src/lib/i18n/common-messages.ts';
import { chooseLanguage, expect, openView, sampleTest, waitForCharts } from './dashboard-test.ts';
import { TZ_TAG } from './test-sets.ts';
import { expectedFor, fixtureFiles } from './expected.ts';

const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;
const HTML_LANG = { 'zh-Hant': 'zh-Hant-TW', 'zh-Hans': 'zh-Hans-CN', en: 'en' } as const;

/** Vega's title marks in the view's charts. */
const TITLES = 'main figure.chart svg.marks .role-title-text';

/** The titles drawn in the view's charts (vega's title marks). */
async function chartTitles(page: Page): Promise<string[]> {
  return page.locator(TITLES).allTextContents();
}

sampleTest('switching the language changes the navigation labels, the chart titles and the tiles\' numbers in 繁體, 简体 and English', { tag: TZ_TAG }, async ({ page }) => {
  const expected = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  const year = Math.max(...expected.rows.map((r) => r.year));
  await openView(page, 'overview');
  const titles: Record<string, string[]> = {};
  for (const lang of LANGS) {
    await chooseLanguage(page, lang);
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
    await expect(page).toHaveURL(new RegExp(`lang=${lang}`));
    await expect(page.locator('nav a[href^="#/litigation"]')).toHaveText(commonMessages.views.litigation[lang]);
    await expect(page.locator('nav a[href^="#/ranking"]')).toHaveText(commonMessages.views.ranking[lang]);

    // Tiles: label, value and change as @fazhi/charts words and formats them in this language.
    for (const tile of kpiTiles(expected.rows, { lang, year }).filter((t) => t.change !== null).slice(0, 4)) {
      const shown = page.getByTestId('kpi-tiles').locator(`[data-indicator="${tile.indicator}"]`);
      if ((await shown.count()) === 0) continue;
      await expect(shown).toContainText(tile.label);
      await expect(shown).toContainText(tile.formatted);
      await expect(shown).toContainText(tile.changeFormatted);
    }

    await page.locator('nav a[href^="#/litigation"]').click();
    await expect(page.locator('main[data-view="litigation"]')).toBeVisible();
    await waitForCharts(page);
    await expect(page.locator(TITLES).first(), 'a chart title drawn').toBeAttached();
    titles[lang] = await chartTitles(page);
    await page.locator('nav a[href^="#/overview"]').click();
  }
  expect(titles.en?.join(' ')).toMatch(/[A-Za-z]{3}/);
  expect(titles['zh-Hans']?.join(' ')).toMatch(/[\u4e00-\u9fff]/);
  expect(titles['zh-Hant']).not.toEqual(titles['zh-Hans']);
  expect(titles.en).not.toEqual(titles['zh-Hans']);
});

sampleTest('a rate tile\'s change reads 个百分点 in 简体, 個百分點 in 繁體 and English words in English', { tag: TZ_TAG }, async ({ page }) => {
  const expected = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  const year = Math.max(...expected.rows.map((r) => r.year));
  await openView(page, 'overview');
  const tiles = page.getByTestId('kpi-tiles').locator('[data-indicator]');
  await expect(tiles.first()).toBeVisible();
  const shownIds = await tiles.evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
  const rate = kpiTiles(expected.rows, { lang: 'zh-Hans', year }).find((t) => shownIds.includes(t.indicator) && t.changeFormatted.includes('个百分点'));
  expect(rate, 'a shown rate tile changed from the year before').toBeDefined();
  const shown = page.getByTestId('kpi-tiles').locator(`[data-indicator="${rate?.indicator ?? ''}"]`);
  for (const lang of LANGS) {
    await chooseLanguage(page, lang);
    const tile = kpiTiles(expected.rows, { lang, year }).find((t) => t.indicator === rate?.indicator);
    await expect(shown).toContainText(tile?.changeFormatted ?? '?');
  }
  await expect(shown).not.toContainText('个百分点');
});
