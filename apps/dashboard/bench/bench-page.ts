import type { Page } from '@playwright/test';

/** What the benchmark's init script records in the page (see {@link installProbes}). */
export interface PageProbes {
  /** performance.now() when the first KPI tile appeared; null until it has. */
  firstTile: number | null;
  /** performance.now() when the first chart's SVG appeared; null until it has. */
  firstChart: number | null;
  /** Longest main-thread task seen by PerformanceObserver('longtask'), ms; 0 when none exceeded 50 ms. */
  longestTask: number;
  /** Longest gap between two requestAnimationFrame callbacks, ms (a frozen page shows a long gap). */
  longestFrameGap: number;
  /** How many animation frames showed new load progress values (a changed bar value, counted once per frame). */
  progressUpdates: number;
}

declare global {
  interface Window {
    __bench?: PageProbes & { resetResponsiveness(): void };
  }
}

/**
 * Installs the benchmark's probes before any of the app's code runs: when
 * the first tile and the first chart appear, the longest long task and
 * animation-frame gap, and the number of frames with new progress values.
 */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probes = {
      firstTile: null as number | null,
      firstChart: null as number | null,
      longestTask: 0,
      longestFrameGap: 0,
      progressUpdates: 0,
      resetResponsiveness(): void {
        probes.longestTask = 0;
        probes.longestFrameGap = 0;
        probes.progressUpdates = 0;
        last = performance.now();
      },
    };
    window.__bench = probes;
    let last = performance.now();
    let progressSeen = '';
    const frame = (now: number): void => {
      probes.longestFrameGap = Math.max(probes.longestFrameGap, now - last);
      last = now;
      // Svelte sets a progress bar's value as a property (no attribute mutation): compare the values each frame.
      const bars = [...document.querySelectorAll<HTMLProgressElement>('progress[data-file]')].map((p) => (p.hasAttribute('value') ? p.value : -1)).join();
      if (bars !== progressSeen && bars !== '') probes.progressUpdates += 1;
      progressSeen = bars;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probes.longestTask = Math.max(probes.longestTask, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser: the frame gap still measures responsiveness.
    }
    new MutationObserver(() => {
      if (probes.firstTile === null && document.querySelector('[data-testid="kpi-tiles"] [data-indicator]') !== null) probes.firstTile = performance.now();
      if (probes.firstChart === null && document.querySelector('figure.chart svg.marks') !== null) probes.firstChart = performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
}

/** The probes' current values. */
export async function readProbes(page: Page): Promise<PageProbes> {
  return page.evaluate(() => {
    const p = window.__bench;
    return { firstTile: p?.firstTile ?? null, firstChart: p?.firstChart ?? null, longestTask: p?.longestTask ?? 0, longestFrameGap: p?.longestFrameGap ?? 0, progressUpdates: p?.progressUpdates ?? 0 };
  });
}

/** The page's first-contentful-paint time (ms since navigation start), or null. */
export async function firstContentfulPaint(page: Page): Promise<number | null> {
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
}

/** The median of numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
