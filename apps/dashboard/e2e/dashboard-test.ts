import { test as base, expect, type Page } from '@playwright/test';

/** What a page reported that it should not have: console errors, uncaught exceptions, CSP violations. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

interface Fixtures {
  /** The page's problems so far; every test ends by asserting there are none (see `problems` below). */
  problems: PageProblems;
}

declare global {
  interface Window {
    /** CSP violations the page saw, recorded by the init script before any of the app's code runs. */
    __cspViolations?: string[];
  }
}

/**
 * Playwright's `test` with one automatic check: on every page of every test,
 * console errors, uncaught exceptions and Content Security Policy violations
 * (the `securitypolicyviolation` event, recorded from the first script on)
 * are collected, and the test fails if there was any. A test that provokes
 * one on purpose empties `problems` itself after checking it.
 */
export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use) => {
      const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.pageErrors.push(error.message));
      await use(problems);
      if (!page.isClosed()) problems.cspViolations.push(...(await cspViolations(page)));
      expect(problems, 'no console error, uncaught exception or CSP violation').toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    },
    { auto: true },
  ],
});

export { expect };

/** The CSP violations the page recorded since it was last loaded (see the init script of `test`). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__cspViolations ?? [])]).catch(() => []);
}

/**
 * Opens a view by its URL (`#/<view>?<query>`) and waits until the data
 * is loaded and shown: the view's root is there and no load is under way.
 */
export async function openView(page: Page, view: string, query = ''): Promise<void> {
  await page.goto(`./#/${view}${query === '' ? '' : `?${query}`}`);
  await waitForView(page, view.split('/')[0] ?? view);
}

/** Waits until `main[data-view=<view>]` shows loaded data and nothing is loading. */
export async function waitForView(page: Page, view: string): Promise<void> {
  await expect(page.locator(`main[data-view="${view}"]`)).toBeVisible();
  await expect(page.getByTestId('load-progress')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('filter-year')).toBeVisible({ timeout: 60_000 });
}

/** Waits until every chart of the view has drawn its SVG. Resolves the number of charts. */
export async function waitForCharts(page: Page, minimum = 1): Promise<number> {
  const figures = page.locator('main figure.chart');
  await expect.poll(async () => figures.count(), { message: `at least ${minimum} chart(s)` }).toBeGreaterThanOrEqual(minimum);
  const count = await figures.count();
  await expect(page.locator('main figure.chart svg.marks')).toHaveCount(count, { timeout: 45_000 });
  return count;
}

/** Switches the language with the header's select. */
export async function chooseLanguage(page: Page, lang: 'zh-Hant' | 'zh-Hans' | 'en'): Promise<void> {
  await page.getByTestId('language').selectOption(lang);
}
