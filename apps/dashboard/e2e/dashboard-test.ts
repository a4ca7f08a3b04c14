import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';

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

/** The worker's page on the bundled sample, shared by the tests written with `sampleTest`. */
interface SamplePage {
  page: Page;
  /** The language the page chose on its first load (the language select's value), restored before each test. */
  lang: string;
}

interface WorkerFixtures {
  /** One context and page per worker, opened on the bundled sample once; see `sampleTest`. */
  samplePage: SamplePage;
}

declare global {
  interface Window {
    /** CSP violations the page saw, recorded by the init script before any of the app's code runs. */
    __cspViolations?: string[];
  }
}

/** The problems collected on each page, so that a page shared by several tests is watched once. */
const watched = new WeakMap<Page, PageProblems>();

/** Starts collecting a page's console errors, uncaught exceptions and CSP violations (from its next load on). */
async function watchPage(page: Page): Promise<PageProblems> {
  const known = watched.get(page);
  if (known !== undefined) return known;
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  watched.set(page, problems);
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
  return problems;
}

/**
 * Playwright's `test` with one automatic check: on every page of every test,
 * console errors, uncaught exceptions and Content Security Policy violations
 * (the `securitypolicyviolation` event, recorded from the first script on)
 * are collected, and the test fails if there was any. A test that provokes
 * one on purpose empties `problems` itself after checking it.
 *
 * Each test gets its own context and page (Playwright's default). For the
 * tests that only read the bundled sample see `sampleTest`.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  problems: [
    async ({ page }, use) => {
      // On a shared page the collector lives as long as the page: whatever it caught before this test (the first
      // load, or between tests) is still in it and fails this test. A test that failed ends its worker, page and all.
      const problems = await watchPage(page);
      await use(problems);
      const seen = page.isClosed() ? [] : await cspViolations(page);
      expect({ ...problems, cspViolations: [...problems.cspViolations, ...seen] }, 'no console error, uncaught exception or CSP violation').toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
    },
    { auto: true },
  ],
  samplePage: [
    async ({ browser }, use, workerInfo) => {
      // The project's context options (time zone, locale, viewport, device), as Playwright's own `context` gets them.
      const o = workerInfo.project.use;
      const options: BrowserContextOptions = {};
      for (const key of ['baseURL', 'viewport', 'userAgent', 'deviceScaleFactor', 'isMobile', 'hasTouch', 'locale', 'timezoneId', 'acceptDownloads', 'colorScheme'] as const) {
        if (o[key] !== undefined) Object.assign(options, { [key]: o[key] });
      }
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await watchPage(page);
      await openView(page, 'overview');
      // The shared page runs in the project's time zone and locale, as a page of Playwright's own context would.
      const zone = await page.evaluate(() => ({ timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone, locale: navigator.language }));
      expect(zone).toEqual({ timezoneId: o.timezoneId, locale: o.locale });
      const lang = await page.getByTestId('language').inputValue();
      await use({ page, lang });
      // Every test has been checked by now. Playwright traces this context test by test (retain-on-failure) and
      // deletes the passed tests' trace files; closing the context then can fail writing to them (ENOENT), which
      // would be charged to the worker's last test. Stop the tracing first and let neither step fail the run.
      await context.tracing.stop().catch(() => {});
      await context.close().catch(() => {});
    },
    { scope: 'worker' },
  ],
});

/**
 * `test` on the worker's shared page: the bundled sample, loaded once per
 * worker (and project) instead of once per test, which is where most of a
 * test's time went. Only for tests that read the sample: they open their view
 * by its URL (`openView`, a same-page hash change), read, download, switch
 * the language or the print media, and leave the data, the scheme and the
 * saved session as they found them — no file input, scheme edit, reload,
 * offline switch or provoked error (e2e/test-sets.spec.ts checks the code of
 * every `sampleTest` for those). Before each test the page is put back to
 * how its first load left it: screen media, nothing focused, the first
 * language; view, year and unit come from the test's own URL. The page keeps
 * the `problems` check; a failed test ends the worker, so the next test gets
 * a fresh page. Playwright's trace and failure screenshot cover this context
 * too (it records every context that exists when a test starts).
 */
export const sampleTest = test.extend({
  page: async ({ samplePage }, use) => {
    const { page, lang } = samplePage;
    await page.emulateMedia({ media: null });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const select = page.getByTestId('language');
    if ((await select.inputValue()) !== lang) {
      await select.selectOption(lang);
      await expect(select).toHaveValue(lang);
    }
    await use(page);
  },
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

/** Polling intervals for `expect.poll` on page state: short, as web-first assertions retry (the default backs off to 1 s). */
export const POLL = { intervals: [50, 100, 250] };

/** Waits until every chart of the view has drawn its SVG. Resolves the number of charts. */
export async function waitForCharts(page: Page, minimum = 1): Promise<number> {
  const figures = page.locator('main figure.chart');
  // A web-first assertion (retried within milliseconds), not expect.poll, whose back-off waits up to a second.
  await expect(figures.nth(Math.max(minimum, 1) - 1), `at least ${minimum} chart(s)`).toBeAttached();
  // Figures and their SVGs counted together until every figure has its SVG on two polls in a row: a view may add a
  // figure after the first were counted (one counted 3 figures, then drew 4 SVGs, and a count taken once never
  // matched).
  let last: number | null = null;
  const settled = async (): Promise<number | null> => {
    const [count, svgs] = await Promise.all([figures.count(), page.locator('main figure.chart svg.marks').count()]);
    const now = count >= minimum && svgs === count ? count : null;
    const stable = now !== null && now === last;
    last = now;
    return stable ? now : null;
  };
  await expect.poll(settled, { timeout: 45_000, ...POLL }).not.toBeNull();
  return last!;
}

/** Switches the language with the header's select. */
export async function chooseLanguage(page: Page, lang: 'zh-Hant' | 'zh-Hans' | 'en'): Promise<void> {
  await page.getByTestId('language').selectOption(lang);
}
