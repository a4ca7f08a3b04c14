import type { InputFile } from '@fazhi/core';
import type { Page } from '@playwright/test';
import { dropFiles } from './drop-files.ts';
import { expect, openView, POLL, test, waitForView } from './dashboard-test.ts';
import { expectedFor, repoFile } from './expected.ts';

// Issue 14, item 5: a second file named like a loaded one never replaces it in silence. The drop asks (replace, keep
// both, cancel), one answer serves every such file of the drop, and the page says what it did with both row counts.

/** The park's litigation file cut to its header and first `rows` data lines: a second, smaller litigation.csv. */
function cutFile(path: string, rows: number): InputFile {
  const text = Buffer.from(repoFile(path).bytes).toString('utf8');
  const kept = text.split('\n').slice(0, rows + 1).join('\n');
  return { name: path.split('/').pop() ?? path, bytes: new Uint8Array(Buffer.from(`${kept}\n`)) };
}

async function rowsRead(file: InputFile): Promise<number> {
  const report = (await expectedFor([file])).data.files[0];
  if (report === undefined) throw new Error(`no report for ${file.name}`);
  return report.rowsRead;
}

/** The quality view's rows read per file, as the page shows them. */
async function fileRows(page: Page): Promise<Record<string, number>> {
  const rows = page.getByTestId('file-reports').locator('tr[data-file]');
  const out: Record<string, number> = {};
  for (const row of await rows.all()) out[(await row.getAttribute('data-file')) ?? ''] = Number(await row.locator('[data-col="read"]').getAttribute('data-value'));
  return out;
}

/**
 * Opens the quality view and waits until its table of files shows `expected` (rows read per file). Polled: the view
 * can be there before its table has drawn its rows, and a single read then saw no file at all (`{}`, once in a full
 * run on a loaded machine).
 */
async function expectFileRows(page: Page, expected: Record<string, number>): Promise<void> {
  await page.locator('nav a[href^="#/quality"]').click();
  await waitForView(page, 'quality');
  await expect.poll(() => fileRows(page), POLL).toEqual(expected);
}

async function loaded(page: Page): Promise<void> {
  await expect(page.getByTestId('file-conflict')).toHaveCount(0);
  await expect(page.getByTestId('load-progress')).toHaveCount(0, { timeout: 60_000 });
}

test('a second litigation.csv asks first: cancel keeps the first, keep both loads it beside, replace says both row counts', async ({ page }) => {
  const first = repoFile('fixtures/sip-2019/litigation.csv');
  const second = cutFile('fixtures/sip-2019/litigation.csv', 24);
  const [firstRows, secondRows] = [await rowsRead(first), await rowsRead(second)];
  expect(secondRows).toBe(24);
  expect(firstRows).toBeGreaterThan(secondRows);
  await openView(page, 'overview');
  await dropFiles(page, [first]);
  await expect(page.getByTestId('data-source')).not.toContainText(/示例|Sample/, { timeout: 60_000 });
  await loaded(page);
  // Nothing is asked when the sample is replaced by one's own files.
  await expectFileRows(page, { 'litigation.csv': firstRows });

  // Cancel: the question names the loaded file and its rows; nothing changes.
  await dropFiles(page, [second]);
  const dialog = page.getByTestId('file-conflict');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('li[data-file="litigation.csv"]')).toContainText(String(firstRows));
  await dialog.locator('button[data-choice="cancel"]').click();
  await loaded(page);
  await expect(page.getByTestId('load-notice')).toBeVisible();
  await expectFileRows(page, { 'litigation.csv': firstRows });

  // Escape is a cancel too.
  await dropFiles(page, [second]);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await loaded(page);
  await expectFileRows(page, { 'litigation.csv': firstRows });

  // Keep both: the new file is loaded under a numbered name, the first one stays; cases in both are duplicates.
  await dropFiles(page, [second]);
  await dialog.locator('button[data-choice="add-both"]').click();
  await loaded(page);
  const outcome = page.getByTestId('load-outcome');
  await expect(outcome).toContainText('litigation (2).csv');
  await expect(outcome).toContainText(String(firstRows));
  await expect(outcome).toContainText(String(secondRows));
  await expectFileRows(page, { 'litigation.csv': firstRows, 'litigation (2).csv': secondRows });
  await expect(page.getByTestId('issues-table').locator('tr[data-issue="row.duplicate"]').first()).toBeAttached();

  // Replace: the page says what it replaced, with the rows before and after.
  await dropFiles(page, [second]);
  await expect(dialog.locator('li')).toHaveCount(1);
  await dialog.locator('button[data-choice="replace"]').click();
  await loaded(page);
  await expect(outcome).toContainText('litigation.csv');
  await expect(outcome).toContainText(String(firstRows));
  await expect(outcome).toContainText(String(secondRows));
  await expectFileRows(page, { 'litigation.csv': secondRows, 'litigation (2).csv': secondRows });
});

test('one answer serves every file of the drop named like a loaded one, picked through the file input as well', async ({ page }) => {
  const litigation = repoFile('fixtures/sip-2019/litigation.csv');
  const units = repoFile('fixtures/sip-2019/units.csv');
  const documents = repoFile('fixtures/sip-2019/documents.csv');
  const [litigationRows, unitsRows, documentsRows] = [await rowsRead(litigation), await rowsRead(units), await rowsRead(documents)];
  await openView(page, 'overview');
  await dropFiles(page, [litigation, units]);
  await expect(page.getByTestId('data-source')).not.toContainText(/示例|Sample/, { timeout: 60_000 });
  await loaded(page);

  let questions = 0;
  await page.exposeFunction('__countQuestion', () => (questions += 1));
  await page.evaluate(() => {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLElement && n.matches('[data-testid="file-conflict"]')) void (window as unknown as { __countQuestion: () => void }).__countQuestion();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId('load-files').setInputFiles([litigation, units, documents].map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) })));
  const dialog = page.getByTestId('file-conflict');
  await expect(dialog.locator('li')).toHaveCount(2);
  await dialog.locator('button[data-choice="add-both"]').click();
  await loaded(page);
  expect(questions).toBe(1);
  await expectFileRows(page, {
    'litigation.csv': litigationRows, 'units.csv': unitsRows, 'litigation (2).csv': litigationRows, 'units (2).csv': unitsRows, 'documents.csv': documentsRows,
  });
});
