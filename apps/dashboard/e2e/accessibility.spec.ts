import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chooseLanguage, expect, openView, sampleTest, test, waitForCharts } from './dashboard-test.ts';
import { ONCE_TAG } from './test-sets.ts';

const VIEWS = ['overview', 'documents', 'litigation', 'reconsideration', 'enforcement', 'decisions', 'safety', 'business', 'ranking', 'quality', 'scheme'];

/**
 * Form controls (input, select, textarea, button) without an accessible
 * name: no label element, aria-label, aria-labelledby, title or (buttons)
 * text. A small stand-in for axe's "label" and "button-name" rules.
 */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = (el: Element): boolean => {
      const text = (s: string | null | undefined): boolean => s !== null && s !== undefined && s.trim() !== '';
      if (text(el.getAttribute('aria-label')) || text(el.getAttribute('title'))) return true;
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy !== null && labelledBy.split(/\s+/).some((id) => text(document.getElementById(id)?.textContent))) return true;
      const labels = (el as HTMLInputElement).labels;
      if (labels !== null && labels !== undefined && [...labels].some((l) => text(l.textContent))) return true;
      if (el instanceof HTMLButtonElement || (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type))) {
        return text(el.textContent) || text((el as HTMLInputElement).value) || [...el.querySelectorAll('img[alt]')].some((img) => text(img.getAttribute('alt')));
      }
      return false;
    };
    return [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
      .filter((el) => !named(el))
      .map((el) => el.outerHTML.slice(0, 160));
  });
}

/** Presses Tab until the focused element matches the selector (at most `limit` times); resolves whether it got there. */
async function tabUntil(page: Page, selector: string, limit = 80): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    if (reached) return true;
  }
  return false;
}

sampleTest('every form control on every view has an accessible name', async ({ page }) => {
  await openView(page, 'overview');
  for (const view of VIEWS) {
    await page.locator(`nav a[href^="#/${view}"]`).click();
    await expect(page.locator(`main[data-view="${view}"]`)).toBeVisible();
    if (!['overview', 'quality', 'scheme'].includes(view)) await waitForCharts(page);
    expect(await unnamedControls(page), `unnamed controls on ${view}`).toEqual([]);
  }
});

test('the load button and the view links are reached with Tab; Enter on the load button opens the file chooser and Enter on a link opens its view', async ({ page }) => {
  await openView(page, 'overview');
  expect(await tabUntil(page, '[data-testid="drop-zone"] button, [data-testid="load-files"]'), 'load button reached by Tab').toBe(true);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  expect(chooser.isMultiple()).toBe(true);
  expect(await tabUntil(page, 'nav a[href^="#/litigation"]'), 'litigation link reached by Tab').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main[data-view="litigation"]')).toBeVisible();
  await waitForCharts(page);
});

sampleTest('every chart has a text description (the SVG\'s aria-label, and a caption) and a named export menu outside it', async ({ page }) => {
  await openView(page, 'litigation');
  const count = await waitForCharts(page);
  const described = page.locator('main figure.chart svg.marks[aria-label]:not([aria-label=""])');
  await expect(described).toHaveCount(count);
  // The export menu is a control: never inside a role=img, and named (its summary shows an icon alone).
  await expect(page.locator('main figure.chart [role="img"] details')).toHaveCount(0);
  await expect(page.locator('main figure.chart details:not([data-testid]) > summary[aria-label]:not([aria-label=""])')).toHaveCount(count);
  await expect(described).toHaveCount(count);
  const captions = await page.locator('main figure.chart figcaption').allTextContents();
  expect(captions.filter((c) => c.trim() !== '')).toHaveLength(count);
});

/** axe-core's rules of WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The views axe checks in each language: every view in 简体中文; in 繁體中文 and English the views whose markup the
 * language changes most (the overview's tiles, an area's charts and table, the ranking, the quality view's tables) —
 * the structure is the same in every language, and all 33 scans take 70 s, a fifth of the whole browser run.
 * FAZHI_AXE_ALL=1 scans every view in every language.
 */
const AXE_VIEWS: Readonly<Record<'zh-Hant' | 'zh-Hans' | 'en', readonly string[]>> = process.env.FAZHI_AXE_ALL === '1'
  ? { 'zh-Hant': VIEWS, 'zh-Hans': VIEWS, en: VIEWS }
  : { 'zh-Hant': ['overview', 'litigation', 'ranking', 'quality'], 'zh-Hans': VIEWS, en: ['overview', 'litigation', 'ranking', 'quality'] };

sampleTest('axe-core finds no WCAG 2.1 A/AA violation on every view in 简体 and the main views in 繁體 and English (run under the page\'s CSP)', { tag: ONCE_TAG }, async ({ page }) => {
  // The rules read structure, names and colours, not dates: once (in 'utc') is enough, and the run is long.
  test.setTimeout(180_000);
  const found: string[] = [];
  await openView(page, 'overview');
  for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
    await chooseLanguage(page, lang);
    for (const view of AXE_VIEWS[lang]) {
      await page.locator(`nav a[href^="#/${view}"]`).click();
      await expect(page.locator(`main[data-view="${view}"]`)).toBeVisible();
      if (!['overview', 'quality', 'scheme'].includes(view)) await waitForCharts(page);
      // Evaluated through the DevTools protocol, as Playwright evaluates: no script element, so script-src 'self' stands.
      // The marks inside a chart's SVG are vega's own (each with its aria-label); the SVG itself, its name, the
      // export menu and the data table are checked. Checking every mark took 5–23 s a view.
      const { violations } = await new AxeBuilder({ page }).exclude('figure.chart svg.marks > g').withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
      for (const v of violations) found.push(`${lang} ${view}: ${v.id} (${v.impact ?? ''}) ×${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
    }
  }
  expect(found).toEqual([]);
});
