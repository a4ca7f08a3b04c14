import type { ColumnMap, InputFile } from '@fazhi/core';
import { expect, openView, test, waitForView } from './dashboard-test.ts';
import { dropFiles } from './drop-files.ts';
import { expectedFor, indicatorValue } from './expected.ts';
import { saveScreenshot } from './screenshots.ts';
import { TZ_TAG } from './test-sets.ts';

/**
 * The tester's file of issue 12: enforcement reviews whose pass/fail column
 * is headed 基本要求 (no alias of basic_pass); ten reviews of 司法局 in 2019,
 * three of which failed the basic requirements.
 */
function reviewsCsv(): InputFile {
  const rows = [62, 70, 75, 80, 66, 71, 64, 78, 69, 73].map((score, i) => `J${i + 1},司法局,2019,${i < 3 ? '否' : '是'},${score}`);
  return { name: '執法案卷評查.csv', bytes: new TextEncoder().encode(`案卷編號,被評查單位,年度,基本要求,總分\n${rows.join('\n')}\n`) };
}

test('an unknown header gets a drop-down under its file: choosing its column reads the files again with the mapping, the quality view lists it, a reload keeps it, undo takes it back', { tag: TZ_TAG }, async ({ page }, testInfo) => {
  const file = reviewsCsv();
  const columnMap: ColumnMap = { enforcement_reviews: { 基本要求: 'basic_pass' } };
  const before = await expectedFor([file]);
  const after = await expectedFor([file], { columnMap });
  expect(before.data.issues.map((i) => [i.code, i.column])).toEqual([['column.unknown-needed', '基本要求']]);
  expect(after.data.files[0]?.mapped).toEqual([{ header: '基本要求', column: 'basic_pass' }]);
  expect(indicatorValue(before.rows, 'enforcement.pass_rate', 2019)).toBe(1);
  expect(indicatorValue(after.rows, 'enforcement.pass_rate', 2019)).toBe(0.7);

  await openView(page, 'overview');
  await dropFiles(page, [file]);
  await expect(page.getByTestId('data-source')).not.toContainText(/示例|Sample/, { timeout: 30_000 });
  const passRate = page.getByTestId('indicator-table').locator('tr[data-indicator="enforcement.pass_rate"][data-unit="*"] [data-col="value"]');
  await openView(page, 'enforcement');
  const unmapped = await passRate.innerText();

  await openView(page, 'quality');
  const issues = page.getByTestId('issues-table').locator('tr[data-issue]');
  await expect(issues).toHaveCount(1);
  await expect(issues.first()).toHaveAttribute('data-issue', 'column.unknown-needed');
  const select = page.locator(`tr[data-unmatched-for="${file.name}"]`).getByTestId('column-map');
  await expect(select).toHaveCount(1);
  await expect(select).toHaveAttribute('data-header', '基本要求');
  await expect(select).toHaveValue('');
  // Every column of the dataset is offered; the closest, as the warning names it, comes first.
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(options[0]).toBe('');
  expect(options[1]).toBe('basic_pass');
  expect(options.slice(1).sort()).toEqual(['basic_pass', 'file_no', 'reviewed_on', 'reviewer', 'score', 'unit', 'year']);

  await select.selectOption('basic_pass');
  const mapping = page.getByTestId('column-mapping').locator('tr[data-mapping-header="基本要求"]');
  await expect(mapping).toHaveAttribute('data-mapping-column', 'basic_pass', { timeout: 30_000 });
  await expect(mapping.locator('[data-col="files"]')).toHaveText(file.name);
  await expect(issues).toHaveCount(after.data.issues.length);
  await expect(select).toHaveValue('basic_pass');
  await saveScreenshot(page, testInfo, 'column-map-quality');
  await openView(page, 'enforcement');
  await expect(passRate).not.toHaveText(unmapped);
  await expect(passRate).toContainText('70');
  const mapped = await passRate.innerText();

  // The saved session keeps the mapping: after a reload the files are read with it again.
  await page.reload();
  await waitForView(page, 'enforcement');
  await expect(passRate).toHaveText(mapped);
  await openView(page, 'quality');
  await expect(mapping).toHaveAttribute('data-mapping-column', 'basic_pass');
  await expect(select).toHaveValue('basic_pass');

  await mapping.getByTestId('column-map-undo').click();
  await expect(page.getByTestId('column-mapping')).toHaveCount(0, { timeout: 30_000 });
  await expect(issues).toHaveCount(1);
  await expect(select).toHaveValue('');
  await openView(page, 'enforcement');
  await expect(passRate).toHaveText(unmapped);
});
