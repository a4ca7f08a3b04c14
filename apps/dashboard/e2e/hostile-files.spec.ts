import type { FileReport, InputFile, Issue } from '@fazhi/core';
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { qualityMessages } from '../src/lib/i18n/quality-messages.ts';
import { VIEW_IDS } from '../src/lib/state/view-id.ts';
import { expect, openView, test } from './dashboard-test.ts';
import { dropFiles } from './drop-files.ts';
import { expectedFor, REPO_ROOT, repoFile, type Expected } from './expected.ts';
import { saveScreenshot } from './screenshots.ts';

// The hostile corpus (fixtures/hostile/data and its fuzz/ folder) replayed as a user would: dropped on the dashboard
// in a few batches next to a good file, on one page. What each file must show is what @fazhi/core reports for the
// same bytes (computed here in Node), and the issue codes its README lists for it.

/** A corpus file and what its folder's README lists for it. */
interface CorpusFile {
  file: InputFile;
  /** The issue codes of the README's "issues" column (for the file loaded alone). */
  codes: string[];
}

/** The files of a corpus folder, each with the issue codes its README's table lists; fails when a file is not listed. */
function corpus(folder: string): CorpusFile[] {
  const readme = readFileSync(`${REPO_ROOT}${folder}/README.md`, 'utf8');
  const listed = new Map<string, string[]>();
  let issuesAt = -1;
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[1] === 'file') issuesAt = cells.indexOf('issues');
    const name = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (name === undefined || issuesAt < 0) continue;
    listed.set(name, [...new Set([...(cells[issuesAt] ?? '').matchAll(/`([a-z]+\.[a-z0-9-]+)`/g)].map((m) => m[1] as string))]);
  }
  const names = readdirSync(`${REPO_ROOT}${folder}`, { withFileTypes: true }).filter((e) => e.isFile() && e.name !== 'README.md').map((e) => e.name).sort();
  expect([...listed.keys()].sort(), `${folder}/README.md lists every file of the folder`).toEqual(names);
  return names.map((name) => ({ file: repoFile(`${folder}/${name}`), codes: listed.get(name) ?? [] }));
}

/** Drops the files and waits until the file table lists every file loaded so far. */
async function dropAndWait(page: Page, files: readonly InputFile[], total: number): Promise<void> {
  await dropFiles(page, files);
  await expect(page.getByTestId('load-progress')).toHaveCount(0, { timeout: 30_000 });
  await openView(page, 'quality');
  await expect(page.getByTestId('file-reports').locator('tr[data-file]')).toHaveCount(total, { timeout: 30_000 });
}

/** An issue as the issues table shows it, and as core gives it (its message in any of the three languages). */
const issueKey = (i: { file: string; code: string; severity: string; row: string; column: string }) => `${i.file} | ${i.severity} ${i.code} | row ${i.row} | column ${i.column}`;
const coreKey = (i: Issue) => issueKey({ ...i, row: i.row === null ? '—' : String(i.row), column: i.column ?? '—' });

/** Checks the quality view against core's load of the same files: every file's accounting, format, dataset and issues. */
async function expectQualityAsCore(page: Page, loaded: readonly CorpusFile[], expected: Expected): Promise<void> {
  // Read in one go (the table is complete once it lists every file): one round trip instead of one per cell.
  const files = await page.getByTestId('file-reports').locator('tr[data-file]').evaluateAll((rows) =>
    rows.map((r) => {
      const cell = (col: string) => r.querySelector(`[data-col="${col}"]`);
      return {
        file: r.getAttribute('data-file'),
        format: cell('format')?.getAttribute('data-format'),
        formatText: cell('format')?.firstChild?.textContent?.trim(),
        dataset: cell('dataset')?.getAttribute('data-dataset'),
        read: cell('read')?.getAttribute('data-value'),
        used: cell('used')?.getAttribute('data-value'),
        skipped: cell('skipped')?.getAttribute('data-value'),
        failed: r.classList.contains('has-errors'),
      };
    }),
  );
  const core = expected.data.files.map((f) => ({
    file: f.file, format: f.format, dataset: f.dataset ?? '', read: String(f.rowsRead), used: String(f.rowsUsed), skipped: String(f.rowsSkipped),
    failed: expected.data.issues.some((i) => i.file === f.file && i.severity === 'error'),
  }));
  expect(files.map(({ formatText: _, ...f }) => f), 'the file table shows what core reports for each file').toEqual(core);
  // The format in words of the page's language (never an English word such as "BINARY" inside Chinese text).
  for (const f of files) expect(Object.values(qualityMessages.formats[f.format as FileReport['format']]), `${f.file} format`).toContain(f.formatText);

  const shown = await page.getByTestId('issues-table').locator('tr[data-issue]').evaluateAll((rows) =>
    rows.map((r) => {
      const cell = (col: string) => r.querySelector(`[data-col="${col}"]`)?.textContent?.trim() ?? '';
      return { file: r.getAttribute('data-issue-file') ?? '', code: r.getAttribute('data-issue') ?? '', severity: r.getAttribute('data-severity') ?? '', row: cell('row'), column: cell('column'), message: cell('message') };
    }),
  );
  expect(shown.map(issueKey).sort(), 'the issues table lists exactly the issues core reports').toEqual(expected.data.issues.map(coreKey).sort());
  for (const issue of expected.data.issues) {
    const texts = shown.filter((s) => issueKey(s) === coreKey(issue)).map((s) => s.message);
    expect(texts.some((t) => Object.values(issue.message).includes(t)), `${coreKey(issue)}: core's message`).toBe(true);
  }

  for (const { file, codes } of loaded) {
    const codesShown = new Set(shown.filter((s) => s.file === file.name).map((s) => s.code));
    for (const code of codes) expect(codesShown.has(code), `${file.name} shows ${code}, as its README says`).toBe(true);
    // A file refused as a whole (an error about the file, not a row) is shown as failed: marked, and no row used.
    if (expected.data.issues.some((i) => i.file === file.name && i.severity === 'error' && i.row === null)) {
      expect(files.find((f) => f.file === file.name), `${file.name} shown as failed`).toMatchObject({ failed: true, used: '0' });
    }
  }
}

/** No blank screen, no failed load, no "NaN" in the page's text or markup (charts and attributes included). */
async function expectSound(page: Page, view: string): Promise<void> {
  await expect(page.getByRole('alert'), `${view}: no load failure or refusal notice`).toHaveCount(0);
  const main = page.locator(`main[data-view="${view}"]`);
  await expect(main).toBeVisible();
  expect((await main.innerText()).trim().length, `${view}: the view shows something`).toBeGreaterThan(40);
  // Charts draw after the view: wait until each chart figure has its SVG, so that NaN in a mark would be seen.
  const charts = await main.locator('figure.chart').count();
  await expect(main.locator('figure.chart svg.marks')).toHaveCount(charts, { timeout: 30_000 });
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const at = html.indexOf('NaN');
  expect(at, `${view}: "NaN" in the page: …${html.slice(Math.max(0, at - 120), at + 40)}…`).toBe(-1);
}

/**
 * A litigation file of 40 cases whose filing date is unreadable (待定) and that have no hearing or closing date: read
 * and used, but counted in no year (issue 12's 200,000 rows with unreadable dates, made small).
 */
function undatedLitigation(): CorpusFile {
  const lines = Array.from({ length: 40 }, (_, i) => `蘇0591行初${i + 1}號,唯亭街道,待定`);
  return { file: { name: 'litigation-undated.csv', bytes: new TextEncoder().encode(`案號,被告單位,立案日期\n${lines.join('\n')}\n`) }, codes: ['value.date', 'file.undated-rows'] };
}

/**
 * Issue 12's one-line file, at 1 MB: `a,a,a,…` with no line break (524,288 cells in one row; the CLI needed 4.9 GB
 * for it, and a 5 MB one took Chromium to 14 GB for 35–53 s and failed the good file dropped with it). Now it is
 * refused at its 1,001st cell, whatever its length.
 */
function oneLineFile(): CorpusFile {
  return { file: { name: 'litigation-one-line.csv', bytes: new TextEncoder().encode('a,'.repeat(524_288)) }, codes: ['file.wide-row'] };
}

test('the hostile corpus (and a one-line file of 524,288 cells) dropped in batches next to a good file: each file is shown failed or with its expected issues, the good file still loads, rows in no year add up and explain an empty overview, every view renders without NaN or errors', async ({ page }, testInfo) => {
  const good = repoFile('fixtures/sip-2019/safety_incidents.csv');
  const hostile = corpus('fixtures/hostile/data');
  const fuzz = corpus('fixtures/hostile/data/fuzz');
  expect(hostile.length).toBeGreaterThanOrEqual(13);
  expect(fuzz.length).toBeGreaterThanOrEqual(3);
  const formats = hostile.filter((c) => ['xls', 'pdf', 'png', 'zip', 'html', 'binary'].some((k) => c.file.name.endsWith(`-${k}.csv`)) || c.file.name === 'enforcement_reviews.csv');
  const batches = [hostile.filter((c) => !formats.includes(c)), formats, fuzz, [oneLineFile()]];
  expect(batches.flat()).toHaveLength(hostile.length + fuzz.length + 1);
  const overviewReason = page.getByTestId('overview-empty-reason');

  // First alone: every row counts in no year. The quality view adds the rows up and says so; the overview says why it
  // has no year to show instead of looking empty.
  const undated = undatedLitigation();
  const alone = await expectedFor([undated.file]);
  expect(alone.data.files[0]).toMatchObject({ rowsRead: 40, rowsUsed: 40, rowsSkipped: 0, rowsUndated: 40 });
  await openView(page, 'overview');
  await dropAndWait(page, [undated.file], 1);
  await expectQualityAsCore(page, [undated], alone);
  const summary = page.getByTestId('quality-summary');
  for (const [key, value] of [['read', 40], ['used', 40], ['skipped', 0], ['undated', 40]] as const) await expect(summary).toHaveAttribute(`data-${key}`, String(value));
  await expect(page.getByTestId('quality-undated')).toContainText('40');
  await expect(page.getByTestId('file-reports').locator(`tr[data-file="${undated.file.name}"] [data-col="undated"]`)).toHaveAttribute('data-value', '40');
  await expectSound(page, 'quality');
  await saveScreenshot(page, testInfo, 'undated-quality');
  await openView(page, 'overview');
  await expect(overviewReason).toHaveAttribute('data-reason', 'undated');
  await expect(overviewReason).toContainText('40');
  await expectSound(page, 'overview');
  await saveScreenshot(page, testInfo, 'undated-overview');

  // Then the corpus in three drops and the one-line file in a fourth, the good file with the first; each drop adds to the files already loaded.
  const loaded: CorpusFile[] = [undated];
  for (const [i, batch] of batches.entries()) {
    loaded.push(...batch);
    const files = [good, ...loaded.map((c) => c.file)];
    const expected = await expectedFor(files);
    await dropAndWait(page, i === 0 ? [good, ...batch.map((c) => c.file)] : batch.map((c) => c.file), files.length);
    await expectQualityAsCore(page, loaded, expected);
    // The undated file's 40 rows, and any corpus file's own (the GB18030 file cut inside a character has one).
    await expect(summary).toHaveAttribute('data-undated', String(expected.data.files.reduce((sum, f) => sum + f.rowsUndated, 0)));

    // The good file is read in full, whatever was dropped with it, and the overview shows its indicators.
    const report = expected.data.files.find((f) => f.file === good.name);
    expect(report?.rowsUsed).toBeGreaterThan(0);
    expect(report?.rowsUsed).toBe(report?.rowsRead);
    expect(expected.data.issues.filter((x) => x.file === good.name)).toEqual([]);
    await expectSound(page, 'quality');
    await openView(page, 'overview');
    await expect(page.getByTestId('kpi-tiles').locator('[data-indicator^="safety."]').first(), 'the good file\'s indicators').toBeVisible();
    await expect(overviewReason).toHaveCount(0);
    await expectSound(page, 'overview');
  }

  // Every view of the dashboard on the whole corpus (the department view needs a unit: the ranking links to it).
  for (const view of VIEW_IDS.filter((v) => v !== 'department' && v !== 'overview')) {
    await openView(page, view);
    await expectSound(page, view);
  }
});
