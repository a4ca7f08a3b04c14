import { schemeText } from '@fazhi/core';
import { readFileSync } from 'node:fs';
import { expect, openView, test } from './dashboard-test.ts';
import { exampleScheme, REPO_ROOT } from './expected.ts';
import { TZ_TAG } from './test-sets.ts';

// Issue 14, item 4: the scheme editor's errors are where the eye is — on the field whose edit broke the scheme, named
// by the dimension and item as the analyst sees them (the path only in small print), and a YAML syntax error says its
// place once, all in the page's language.

test('an item\'s points that break its dimension\'s sum mark that field (aria-invalid), the message beside it naming the dimension', { tag: TZ_TAG }, async ({ page }) => {
  const { scheme } = exampleScheme();
  const d = scheme.dimensions.findIndex((dim) => dim.items.some((i) => i.rule.type !== 'bonus'));
  const dimension = scheme.dimensions[d]!;
  const i = dimension.items.findIndex((item) => item.rule.type !== 'bonus');
  const points = dimension.items[i]!.points ?? 0;
  await openView(page, 'scheme', 'lang=zh-Hans');
  const input = page.locator(`input[data-path="dimensions[${d}].items[${i}].points"]`);
  await expect(input).toHaveAttribute('aria-invalid', 'false');

  await input.fill(String(points + 1));
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await input.getAttribute('aria-describedby');
  expect(describedBy).not.toBeNull();
  const note = page.locator(`[id="${describedBy}"]`);
  const sum = note.locator('li[data-code="points.dimension_sum"]');
  await expect(sum).toBeVisible();
  // Named as the analyst sees it: the dimension's name first, not dimensions[…]; the path follows in small print.
  await expect(sum.locator('.place')).toHaveText(`维度“${schemeText(dimension.name, 'zh-Hans')}” › 分值`);
  expect(await sum.innerText()).not.toMatch(/^dimensions\[/);
  await expect(sum.locator('small.path code')).toHaveText(`dimensions[${d}].points`);
  // Shown once in the editor: beside the field edited, not again in the dimension's box.
  await expect(page.locator(`fieldset[data-dimension="${dimension.id}"] > ul.findings li[data-code="points.dimension_sum"]`)).toHaveCount(0);
  // The dimension's own points field is not the one marked.
  await expect(page.locator(`input[data-path="dimensions[${d}].points"]`)).toHaveAttribute('aria-invalid', 'false');

  await input.fill(String(points));
  await expect(input).toHaveAttribute('aria-invalid', 'false');
  await expect(input).not.toHaveAttribute('aria-describedby');
  await expect(page.getByTestId('scheme-errors')).toHaveCount(0);
});

test('a YAML syntax error in a loaded scheme file gives its line and column once, in Chinese throughout', { tag: TZ_TAG }, async ({ page }) => {
  const text = readFileSync(`${REPO_ROOT}schemes/sip-example-2019.yaml`, 'utf8').split('\n');
  const line = text.findIndex((l) => /^version:/.test(l));
  text[line] = `\t${text[line]}`;
  await openView(page, 'scheme', 'lang=zh-Hant');
  await page.getByTestId('scheme-file').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text.join('\n')) });
  const errors = page.getByTestId('scheme-errors');
  const syntax = errors.locator('li[data-code="syntax"]');
  await expect(syntax).toHaveCount(1);
  const shown = await syntax.innerText();
  expect(shown).toBe(`第 ${line + 1} 行第 1 列：YAML 語法錯誤：縮排用了 Tab 字元：YAML 只能用空格縮排。請修正此處後重新檢查。`);
  expect(shown.match(/第 \d+ 行/g)).toHaveLength(1);
  expect(shown.replace(/YAML|Tab/g, '')).not.toMatch(/[A-Za-z]{3,}/);
});
