import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { E2E_PORT, e2eDist } from './e2e/e2e-dist.ts';

/**
 * The dashboard's end-to-end tests: Playwright drives Debian's Chromium
 * (no browser download; `FAZHI_CHROMIUM` overrides `/usr/bin/chromium`)
 * against the production build served by `vite preview` on port 4185. The
 * build is not made here: `scripts/test.mjs` (and `pnpm e2e`) runs
 * `vite build` first, so the tests always read `dist/` (or `FAZHI_E2E_DIST`).
 * Every test runs twice, under UTC and under Asia/Shanghai with a Chinese
 * locale. The JSON report goes to `.reports/playwright.json` at the repo
 * root, screenshots to `.reports/screenshots/`.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  outputDir: `${root}.reports/playwright-output`,
  // Two shared cores: one browser at a time keeps timings (load, redraw) honest and the machine usable.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: `${root}.reports/playwright.json` }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}/`,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1360, height: 900 },
    launchOptions: { executablePath: process.env.FAZHI_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'utc', use: { ...devices['Desktop Chrome'], viewport: { width: 1360, height: 900 }, timezoneId: 'UTC', locale: 'en-US' } },
    { name: 'shanghai', use: { ...devices['Desktop Chrome'], viewport: { width: 1360, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' } },
  ],
  webServer: {
    command: `pnpm exec vite preview --port ${E2E_PORT} --strictPort --outDir "${e2eDist()}"`,
    url: `http://localhost:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
