import type { Page } from '@playwright/test';
import { expect, openView, sampleTest, test, waitForCharts } from './dashboard-test.ts';

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

sampleTest('every chart has a text description (role=img with an aria-label, and a caption)', async ({ page }) => {
  await openView(page, 'litigation');
  const count = await waitForCharts(page);
  const described = page.locator('main figure.chart [role="img"][aria-label]:not([aria-label=""])');
  await expect(described).toHaveCount(count);
  const captions = await page.locator('main figure.chart figcaption').allTextContents();
  expect(captions.filter((c) => c.trim() !== '')).toHaveLength(count);
});
