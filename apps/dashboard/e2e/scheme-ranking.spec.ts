import type { Page } from '@playwright/test';
import { expect, openView, POLL, test, waitForView } from './dashboard-test.ts';
import { expectedFor, findReorderingMove, fixtureFiles, type Ranked } from './expected.ts';
import { saveScreenshot } from './screenshots.ts';
import { TZ_TAG } from './test-sets.ts';

const YEAR = 2019;

/** The ranking table's units and ranks, top to bottom. */
async function shownRanking(page: Page): Promise<Ranked[]> {
  const rows = page.getByTestId('ranking-table').locator('tr[data-unit]');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cell = tr.querySelector('[data-col="rank"]');
      const raw = cell?.getAttribute('data-value') ?? (cell?.textContent ?? '').replace(/[^\d]/g, '');
      return { unit: tr.getAttribute('data-unit') ?? '', rank: raw === '' ? Number.NaN : Number(raw) };
    }),
  );
}

/** Sets an item's points in the scheme view (fill + change, as typing and leaving the field). */
async function setPoints(page: Page, item: string, points: number): Promise<void> {
  const input = page.locator(`input[data-item="${item}"][data-field="points"]`);
  await input.fill(String(points));
  await input.dispatchEvent('change');
}

test('moving points between two items in the scheme view reorders ranking-table as scoreUnits does', { tag: TZ_TAG }, async ({ page }, testInfo) => {
  const expected = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  const move = findReorderingMove(expected.rows, YEAR);

  await openView(page, 'ranking', `year=${YEAR}`);
  const before = await shownRanking(page);
  expect(before.filter((r) => Number.isFinite(r.rank))).toEqual(move.before);

  await page.locator('nav a[href^="#/scheme"]').click();
  await waitForView(page, 'scheme');
  await setPoints(page, move.from.item, move.from.points);
  await setPoints(page, move.to.item, move.to.points);
  await expect(page.getByTestId('scheme-errors')).not.toBeVisible();

  await page.locator('nav a[href^="#/ranking"]').click();
  await waitForView(page, 'ranking');
  await expect.poll(async () => (await shownRanking(page)).filter((r) => Number.isFinite(r.rank)), POLL).toEqual(move.after);
  await saveScreenshot(page, testInfo, 'ranking-after-points-move');

  // The reset button brings the example scheme and its order back.
  await page.locator('nav a[href^="#/scheme"]').click();
  await waitForView(page, 'scheme');
  await page.getByTestId('scheme-reset').click();
  await expect(page.locator(`input[data-item="${move.from.item}"][data-field="points"]`)).not.toHaveValue(String(move.from.points));
  await page.locator('nav a[href^="#/ranking"]').click();
  await waitForView(page, 'ranking');
  await expect.poll(async () => (await shownRanking(page)).filter((r) => Number.isFinite(r.rank)), POLL).toEqual(move.before);
});

test('item points that no longer add up to their dimension\'s points are reported in scheme-errors', async ({ page }) => {
  const expected = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  const move = findReorderingMove(expected.rows, YEAR);
  await openView(page, 'scheme');
  await setPoints(page, move.from.item, move.from.points);
  await expect(page.getByTestId('scheme-errors')).toBeVisible();
  await expect(page.getByTestId('scheme-errors')).toContainText(/\S/);
});

test('the edited scheme downloads as a file that carries the edit', async ({ page }) => {
  const expected = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  const move = findReorderingMove(expected.rows, YEAR);
  await openView(page, 'scheme');
  await setPoints(page, move.from.item, move.from.points);
  await setPoints(page, move.to.item, move.to.points);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scheme-download').click()]);
  const text = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(download.suggestedFilename()).toMatch(/\.(ya?ml|json)$/);
  expect(text).toContain(move.from.item);
  expect(text).toMatch(new RegExp(`${move.to.item}[\\s\\S]{0,400}points["']?:\\s*${move.to.points}\\b`));
});
