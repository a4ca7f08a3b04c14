import { checkScheme, scoreUnits, treatmentSummary } from '@fazhi/core';
import { readFileSync } from 'node:fs';
import { expect, openView, test } from './dashboard-test.ts';
import { expectedFor, fixtureFiles, REPO_ROOT } from './expected.ts';
import { TZ_TAG } from './test-sets.ts';

// Issue 15, data treatment: a scheme's `treatment` is applied wherever it scores, so the dashboard's ranking is
// fazhi score's, and it says how many values were changed under the table.

test('a scheme with a data treatment scores the treated values and says how many it changed under the ranking table', { tag: TZ_TAG }, async ({ page }) => {
  const text = `${readFileSync(`${REPO_ROOT}schemes/sip-example-2019.yaml`, 'utf8')}\ntreatment:\n  imputation: median\n`;
  const check = checkScheme(text, { fileName: 'treated.yaml' });
  if (!check.ok) throw new Error('the treated scheme does not check');
  const { data, rows } = await expectedFor(fixtureFiles('fixtures/sip-2019'));
  const scores = scoreUnits(rows, check.scheme, check.stamp, { years: [2019], unitRecords: data.records.units }).filter((s) => s.year === 2019);
  const summary = treatmentSummary(scores);
  expect(summary).not.toBeNull();

  await openView(page, 'ranking', 'lang=zh-Hans&year=2019');
  await expect(page.getByTestId('treatment-summary')).toHaveCount(0);
  await page.goto('./#/scheme?lang=zh-Hans&year=2019');
  await page.getByTestId('scheme-file').setInputFiles({ name: 'treated.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await page.goto('./#/ranking?lang=zh-Hans&year=2019');
  await expect(page.getByTestId('treatment-summary')).toHaveText(summary!['zh-Hans']);
  // The ranking table's order is scoreUnits' on the treated values.
  const ranked = scores.filter((s) => s.rank !== null).map((s) => s.unit);
  await expect.poll(async () => (await page.locator('[data-testid="ranking-table"] tbody tr[data-unit]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit'))))
    .filter((u) => u !== null && ranked.includes(u))).toEqual(ranked);
});
