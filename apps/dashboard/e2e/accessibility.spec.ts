import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { chooseLanguage, expect, openView, sampleTest, test, waitForCharts } from './dashboard-test.ts';
import { ONCE_TAG } from './test-sets.ts';

/** The views with a link in the navigation, in its order (the department page is reached from the ranking). */
const VIEWS = ['overview', 'documents', 'litigation', 'reconsideration', 'enforcement', 'decisions', 'safety', 'business', 'ranking', 'robustness', 'quality', 'scheme'];
/** The views that draw charts once their data is there (the robustness view draws none for the sample's scheme, which has no uncertain inputs). */
const WITHOUT_CHARTS = ['overview', 'robustness', 'quality', 'scheme'];

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
 * axe-core's source, the copy @axe-core/playwright depends on (resolved from that package, so both are always the
 * same version). The test evaluates it in the page once and then calls `axe.run` itself: `AxeBuilder.analyze()`
 * evaluated the 550 KB source again on every scan and, to merge frames (the dashboard has none), opened a blank page
 * per scan to finish the run there — 2–6 s a view against 0.2–0.9 s for the same rules and result.
 */
const AXE_SOURCE = (createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;

/** One violation as the test reports it: the rule, its impact and the first nodes. */
interface Violation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[] }[];
}

// Every form control's accessible name is checked on the same walk through the views (it was a walk of its own).
sampleTest('axe-core finds no WCAG 2.1 A/AA violation and every form control has an accessible name, on any view in any language (run under the page\'s CSP)', { tag: ONCE_TAG }, async ({ page }) => {
  // The rules read structure, names and colours, not dates: once (in 'utc') is enough, and the run is long.
  test.setTimeout(180_000);
  const found: string[] = [];
  const scan = async (lang: string, view: string): Promise<void> => {
    await expect(page.locator(`main[data-view="${view}"]`)).toBeVisible();
    if (!WITHOUT_CHARTS.includes(view)) await waitForCharts(page);
    // The marks inside a chart's SVG are vega's own (each with its aria-label); the SVG itself, its name, the
    // export menu and the data table are checked. Checking every mark took 5–23 s a view.
    const violations = await page.evaluate(({ tags }) => {
      const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: Violation[] }> } }).axe;
      return axe.run({ exclude: ['figure.chart svg.marks > g'] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((r) => r.violations);
    }, { tags: WCAG_TAGS });
    for (const v of violations) found.push(`${lang} ${view}: ${v.id} (${v.impact ?? ''}) ×${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
    for (const control of await unnamedControls(page)) found.push(`${lang} ${view}: unnamed control ${control}`);
  };
  await openView(page, 'overview');
  // Evaluated through the DevTools protocol, as Playwright evaluates: no script element, so script-src 'self' stands.
  // Views change by their links and languages by the header's select, so axe stays loaded on this one page.
  await page.evaluate(AXE_SOURCE);
  for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
    await chooseLanguage(page, lang);
    for (const view of VIEWS) {
      await page.locator(`nav a[href^="#/${view}"]`).click();
      await scan(lang, view);
      if (view === 'ranking') {
        // The department page, by the ranking table's first unit link.
        await page.locator('[data-testid="ranking-table"] tbody a').first().click();
        await scan(lang, 'department');
      }
    }
  }
  expect(found).toEqual([]);
});
