import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { E2E_PORT, e2eDist } from './e2e/e2e-dist.ts';
import { e2eFontConfig } from './e2e/font-config.ts';
import { ONCE_GREP, TZ_GREP } from './e2e/test-sets.ts';

/**
 * The dashboard's end-to-end tests: Playwright drives Debian's Chromium
 * (no browser download; `FAZHI_CHROMIUM` overrides `/usr/bin/chromium`)
 * against the production build served by `vite preview` on port 4185. The
 * build is not made here: `scripts/test.mjs` (and `pnpm e2e`) runs
 * `vite build` first, so the tests always read `dist/` (or `FAZHI_E2E_DIST`).
 * The JSON report goes to `.reports/playwright.json` at the repo root,
 * screenshots to `.reports/screenshots/`.
 *
 * Two projects. 'utc' (timezoneId UTC, locale en-US) runs every test.
 * 'shanghai' (Asia/Shanghai, zh-CN) runs only the tests tagged `@tz`
 * (`test('…', { tag: TZ_TAG }, …)`, selected by `grep: TZ_GREP`): those whose
 * result can depend on the time zone or the locale. The rule: a test is
 * tagged when what it checks comes from a date or a year (the years of the
 * data, the year filter, `year=` in the URL, the printed date), from a number
 * or date formatted for a language (KPI tiles, `Intl`), or from the language
 * (the default language, switching it, `lang=` in the URL, `<html lang>`,
 * the words of one language). Everything else (charts drawn, accessible
 * names, CSP, export file formats, the offline cache, row counts read as
 * `data-value`, scheme edits, cancelling) cannot change with the time zone or
 * the locale and runs once. How it is checked: e2e/test-sets.spec.ts (in
 * 'utc') reads every spec file with the TypeScript parser and fails when a
 * test whose code — or the code of its file's functions it calls — matches
 * one of `TZ_MARKERS` (e2e/test-sets.ts: a year literal, `year=`,
 * `filter-year`, `print-filters`, `chooseLanguage`, `lang=`, `kpiTiles`,
 * `.formatted`, `Intl.` …) is not tagged. Tagging more is allowed.
 *
 * Most tests that only read the bundled sample use `sampleTest`
 * (e2e/dashboard-test.ts): one page per worker, loaded once, instead of a new
 * context and a fresh load of the app and the sample per test; the same
 * spec checks that none of them changes the data, the scheme or the session.
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
  // Two shared cores: one browser at a time keeps timings (load, redraw) honest and the machine usable. Two workers
  // were measured slower here (162 s against 144 s for the whole run, under the same load).
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
    // Chinese drawn with the fonts @fazhi/charts installs from npm, whatever the machine has (e2e/font-config.ts).
    launchOptions: { executablePath: process.env.FAZHI_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs, env: { ...process.env, FONTCONFIG_FILE: e2eFontConfig() } },
  },
  projects: [
    { name: 'utc', use: { ...devices['Desktop Chrome'], viewport: { width: 1360, height: 900 }, timezoneId: 'UTC', locale: 'en-US' } },
    // Only the tests tagged @tz, less those tagged @once (see e2e/test-sets.ts).
    { name: 'shanghai', grep: TZ_GREP, grepInvert: ONCE_GREP, use: { ...devices['Desktop Chrome'], viewport: { width: 1360, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' } },
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
