import type { Page } from '@playwright/test';
import { median } from './bench-page.ts';

/** Times of one analysis in the Robustness view, from the click on its run button (ms). */
export interface RobustnessViewTimes {
  /** The first results drawn: the rank intervals of the first snapshot (500 runs). */
  first: number;
  /** The Monte Carlo's last snapshot drawn: the rank intervals over every run. */
  monteCarlo: number;
  /** The final report: the Sobol analysis done and drawn. */
  final: number;
}

/**
 * The Robustness view on the park sample in Chromium: the view opened, the
 * example scheme with an uncertainty section loaded, then `runs` Monte Carlo
 * runs and a Sobol analysis at N = `sobol` started with the run button; times
 * from that click to the first results, to the last Monte Carlo snapshot and
 * to the final report, read in the page (a MutationObserver on the view's
 * status and rank section, performance.now()). The analysis the view starts
 * by itself when the scheme loads is superseded by the click (cancelled).
 *
 * @example
 * const times = await robustnessViewTimes(page, 'http://localhost:4185/', 10_000, 1024);
 */
export async function robustnessViewTimes(page: Page, base: string, runs: number, sobol: number): Promise<RobustnessViewTimes> {
  await page.goto(`${base}#/robustness`);
  await page.getByTestId('robustness-load-example').click({ timeout: 60_000 });
  await page.getByTestId('robustness-run').waitFor({ timeout: 60_000 });
  await page.getByTestId('robustness-runs').fill(String(runs));
  await page.getByTestId('robustness-sobol').fill(String(sobol));
  await page.evaluate((due: number) => {
    const times = { t0: 0, first: Number.NaN, monteCarlo: Number.NaN, final: Number.NaN };
    (window as unknown as { __robustness: typeof times }).__robustness = times;
    const check = (): void => {
      if (times.t0 === 0) return;
      const now = performance.now() - times.t0;
      const shown = Number(document.querySelector('[data-testid="robustness-ranks"]')?.getAttribute('data-runs') ?? 0);
      const status = document.querySelector('[data-testid="robustness-status"]')?.getAttribute('data-status');
      if (Number.isNaN(times.first) && status === 'running' && shown > 0) times.first = now;
      if (Number.isNaN(times.monteCarlo) && shown === due) times.monteCarlo = now;
      if (Number.isNaN(times.final) && status === 'done') times.final = now;
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
    document.querySelector('[data-testid="robustness-run"]')?.addEventListener('click', () => { times.t0 = performance.now(); }, { capture: true });
  }, runs);
  await page.getByTestId('robustness-run').click();
  await page.locator('[data-testid="robustness-status"][data-status="done"]').waitFor({ timeout: 600_000 });
  return page.evaluate(() => {
    const { first, monteCarlo, final } = (window as unknown as { __robustness: RobustnessViewTimes }).__robustness;
    return { first, monteCarlo, final };
  });
}

/**
 * Medians of {@link robustnessViewTimes} over `repetitions` fresh pages.
 *
 * @example
 * const { first, final } = await robustnessViewMedians(freshPage, base, 3, 10_000, 1024);
 */
export async function robustnessViewMedians(
  freshPage: () => Promise<{ page: Page; close: () => Promise<void> }>, base: string, repetitions: number, runs: number, sobol: number,
): Promise<RobustnessViewTimes> {
  const all: RobustnessViewTimes[] = [];
  for (let i = 0; i < repetitions; i++) {
    const { page, close } = await freshPage();
    all.push(await robustnessViewTimes(page, base, runs, sobol));
    await close();
  }
  return { first: median(all.map((t) => t.first)), monteCarlo: median(all.map((t) => t.monteCarlo)), final: median(all.map((t) => t.final)) };
}
