import type { Page } from '@playwright/test';
import { expect, openView, POLL, test, waitForView } from './dashboard-test.ts';

/** The robustness status line's state: what it says it is doing, and the runs done of runs due. */
async function status(page: Page): Promise<{ status: string; done: number; total: number }> {
  const line = page.getByTestId('robustness-status');
  return {
    status: (await line.getAttribute('data-status')) ?? '',
    done: Number(await line.getAttribute('data-done')),
    total: Number(await line.getAttribute('data-total')),
  };
}

/** Sets the runs and the Sobol N of the next analysis and starts it. */
async function run(page: Page, runs: number, sobol: number): Promise<void> {
  await page.getByTestId('robustness-runs').fill(String(runs));
  await page.getByTestId('robustness-sobol').fill(String(sobol));
  await page.getByTestId('robustness-run').click();
}

test('the Robustness view: the example scheme, progress and results that sharpen, cancel, then the sentence on the department page', async ({ page }) => {
  await openView(page, 'robustness');
  // The example scheme has no uncertainty section: the view says how to add one and offers the example that has one.
  await expect(page.getByTestId('robustness-no-uncertainty')).toBeVisible();
  await expect(page.getByTestId('robustness-no-uncertainty').locator('pre')).toContainText('uncertainty:');
  await page.getByTestId('robustness-load-example').click();
  await expect(page.getByTestId('robustness-controls')).toBeVisible();

  // A long analysis: progress, and results drawn from the runs so far while it runs; cancel stops it where it is.
  await run(page, 200_000, 0);
  await expect.poll(async () => (await status(page)).done, POLL).toBeGreaterThanOrEqual(1000);
  expect(await status(page)).toMatchObject({ status: 'running', total: 200_000 });
  await expect(page.getByTestId('robustness-ranks').locator('figure svg.marks')).toBeVisible();
  expect(Number(await page.getByTestId('robustness-ranks').getAttribute('data-runs'))).toBeGreaterThan(0);
  await page.getByTestId('robustness-cancel').click();
  await expect(page.getByTestId('robustness-status')).toHaveAttribute('data-status', 'cancelled');
  const stopped = (await status(page)).done;
  await page.waitForTimeout(300);
  expect((await status(page)).done).toBe(stopped);
  expect(stopped).toBeLessThan(200_000);
  await expect(page.getByTestId('robustness-cancel')).toHaveCount(0);

  // A short one to the end: the rank intervals, the Sobol bars and table, the units in words, the coherence table.
  await run(page, 1500, 32);
  await expect(page.getByTestId('robustness-status')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  expect(await status(page)).toMatchObject({ done: 1500 + 32 * 12, total: 1500 + 32 * 12 });
  await expect(page.getByTestId('robustness-ranks')).toHaveAttribute('data-runs', '1500');
  await expect(page.locator('figure[data-chart^="robustness-ranks-"] svg.marks')).toBeVisible();
  await expect(page.locator('figure[data-chart^="robustness-sobol-"] svg.marks')).toBeVisible();
  await expect(page.getByTestId('robustness-sobol-table').locator('tbody tr')).toHaveCount(10);
  const units = page.getByTestId('robustness-units').locator('tbody tr');
  expect(await units.count()).toBeGreaterThan(20);
  await expect(page.getByTestId('robustness-coherence')).toBeVisible();
  for (const id of ['robustness-units', 'robustness-sobol-table', 'robustness-coherence']) {
    expect(await page.getByTestId(id).innerText()).not.toMatch(/NaN|undefined/);
  }

  // The department page of the first unit says its sentence, the one in the view's table.
  const unit = (await units.first().getAttribute('data-unit')) ?? '';
  const sentence = (await units.first().locator('td').last().innerText()).trim();
  expect(sentence.length).toBeGreaterThan(5);
  await page.goto(`./#/department/${encodeURIComponent(unit)}`);
  await waitForView(page, 'department');
  await expect(page.getByTestId('department-robustness')).toContainText(sentence);
  await expect(page.getByTestId('department-robustness')).toHaveAttribute('data-status', 'done');
});
