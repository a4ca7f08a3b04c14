import { JURISDICTION } from '@fazhi/core';
import { chooseLanguage, expect, openView, sampleTest, test, waitForCharts } from './dashboard-test.ts';
import { expectedFor, fixtureFiles } from './expected.ts';
import { saveScreenshot } from './screenshots.ts';
import { TZ_TAG } from './test-sets.ts';

const AREAS = ['documents', 'litigation', 'reconsideration', 'enforcement', 'decisions', 'safety', 'business'] as const;

test('the first screen shows the bundled park sample with no upload: the sample is named and KPI tiles appear', { tag: TZ_TAG }, async ({ page }, testInfo) => {
  await page.goto('./');
  await expect(page.locator('main[data-view="overview"]')).toBeVisible();
  await expect(page.getByTestId('data-source')).toContainText('2018');
  await expect(page.getByTestId('kpi-tiles').locator('[data-indicator]').first()).toBeVisible({ timeout: 30_000 });
  const expected = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  const indicators = await page.getByTestId('kpi-tiles').locator('[data-indicator]').evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-indicator')));
  expect(indicators.length).toBeGreaterThan(0);
  // Every tile names an indicator the sample has rows for.
  for (const id of indicators) expect(expected.rows.some((r) => r.indicator === id && r.unit === JURISDICTION), `${id} is computed from the sample`).toBe(true);
  await expect(page.getByTestId('load-files')).toBeAttached();
  await saveScreenshot(page, testInfo, 'overview-zh-Hans');
});

for (const area of AREAS) {
  sampleTest(`the ${area} view of the sample draws its charts (an SVG in every figure.chart)`, async ({ page }, testInfo) => {
    await openView(page, area);
    const charts = await waitForCharts(page);
    expect(charts).toBeGreaterThanOrEqual(1);
    await saveScreenshot(page, testInfo, `${area}-zh-Hans`);
  });
}

sampleTest('the ranking view of the sample shows the ranking table in rank order and its charts', async ({ page }, testInfo) => {
  await openView(page, 'ranking');
  const rows = page.getByTestId('ranking-table').locator('tr[data-unit]');
  await expect(rows.first()).toBeVisible();
  const ranks = await rows.locator('[data-col="rank"]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value') ?? ''));
  const numbers = ranks.filter((r) => r !== '').map(Number);
  expect(numbers.length).toBeGreaterThan(1);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  await waitForCharts(page);
  await saveScreenshot(page, testInfo, 'ranking-zh-Hans');
});

sampleTest('the department view of a ranked unit shows its explanations and charts', async ({ page }, testInfo) => {
  await openView(page, 'ranking');
  const unit = await page.getByTestId('ranking-table').locator('tr[data-unit]').first().getAttribute('data-unit');
  expect(unit).not.toBeNull();
  await openView(page, `department/${encodeURIComponent(unit ?? '')}`);
  await expect(page.getByTestId('department-explanations')).toBeVisible();
  await expect(page.getByTestId('department-explanations').locator('li').first()).toBeVisible();
  await waitForCharts(page);
  await saveScreenshot(page, testInfo, 'department-zh-Hans');
});

sampleTest('the quality view of the sample lists every file with rows read, used and skipped, and the issues table', async ({ page }, testInfo) => {
  await openView(page, 'quality');
  const expected = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  for (const report of expected.data.files) {
    const row = page.getByTestId('file-reports').locator(`tr[data-file="${report.file}"]`);
    await expect(row.locator('[data-col="read"]')).toHaveAttribute('data-value', String(report.rowsRead));
    await expect(row.locator('[data-col="used"]')).toHaveAttribute('data-value', String(report.rowsUsed));
  }
  await expect(page.getByTestId('issues-table')).toBeAttached();
  await saveScreenshot(page, testInfo, 'quality-zh-Hans');
});

sampleTest('the scheme view shows the example scheme with editable points, weights and targets', async ({ page }, testInfo) => {
  await openView(page, 'scheme');
  await expect(page.locator('input[data-item][data-field="points"]').first()).toBeVisible();
  await expect(page.getByTestId('scheme-file')).toBeAttached();
  await expect(page.getByTestId('scheme-download')).toBeVisible();
  await saveScreenshot(page, testInfo, 'scheme-zh-Hans');
  // The top 5 beside the editor (20rem wide at every width where it is beside it) keeps each header on one line when
  // a unit's name is long, as in a district's export: the first unit cell is given such a name, here in the page only.
  const preview = page.getByTestId('scheme-preview');
  const cell = preview.locator('tbody td:nth-child(2)').first();
  const name = await cell.textContent();
  await cell.evaluate((td) => { td.textContent = '苏州工业园区规划建设委员会（交通运输局）综合行政执法大队'; });
  const lines = await preview.locator('thead th').evaluateAll((cells) => cells.map((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    return { header: th.textContent, lines: Math.round(range.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight)) };
  }));
  await cell.evaluate((td, text) => { td.textContent = text; }, name);
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.filter((l) => l.lines !== 1), 'headers of the top 5 wrapped').toEqual([]);
});

for (const lang of ['zh-Hant', 'en'] as const) {
  sampleTest(`overview, litigation and ranking render in ${lang} (screenshots)`, { tag: TZ_TAG }, async ({ page }, testInfo) => {
    for (const view of ['overview', 'litigation', 'ranking']) {
      await openView(page, view, `lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-Hant-TW');
      if (view !== 'overview') await waitForCharts(page);
      await saveScreenshot(page, testInfo, `${view}-${lang}`);
    }
    await chooseLanguage(page, 'zh-Hans');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans-CN');
  });
}

sampleTest('clicking a unit\'s bar in an area chart drills down to that department\'s page', async ({ page }) => {
  await openView(page, 'litigation');
  await waitForCharts(page);
  const bar = page.locator('main figure.chart').first().locator('svg.marks .mark-rect path').first();
  await bar.click({ force: true });
  await expect(page.locator('main[data-view="department"]')).toBeVisible();
  await expect(page).toHaveURL(/#\/department\/[^?]+/);
  const unit = decodeURIComponent(/#\/department\/([^?]+)/.exec(page.url())?.[1] ?? '');
  await expect(page.locator('main')).toContainText(unit);
});

sampleTest('clicking a cell of the ranking view\'s heatmap drills down to that unit\'s department page', async ({ page }) => {
  await openView(page, 'ranking');
  await waitForCharts(page);
  const cell = page.locator('main figure.chart[data-chart^="heatmap"] svg.marks .mark-rect path').first();
  await cell.click({ force: true });
  await expect(page.locator('main[data-view="department"]')).toBeVisible();
  const unit = decodeURIComponent(/#\/department\/([^?]+)/.exec(page.url())?.[1] ?? '');
  expect(unit).not.toBe('');
  await expect(page.getByTestId('department-explanations')).toBeVisible();
});
