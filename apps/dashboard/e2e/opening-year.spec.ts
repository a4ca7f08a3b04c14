import type { Page } from '@playwright/test';
import { chooseLanguage, expect, openView, test } from './dashboard-test.ts';
import { saveScreenshot } from './screenshots.ts';
import { TZ_TAG } from './test-sets.ts';

/**
 * A district's litigation export over four years whose last year holds only
 * the two cases concluded before the export was made: 30 cases a year from
 * 2019 to 2021, 2 in 2022.
 */
function fourYearExport(): { name: string; buffer: Buffer; mimeType: string } {
  const lines = ['case_no,unit,instance,filed_on,hearing_held,heard_on,head_appeared,concluded_on,outcome'];
  const units = ['司法局', '市场监督管理局', '住房和建设局'];
  for (const [year, count] of [[2019, 30], [2020, 30], [2021, 30], [2022, 2]] as const) {
    for (let i = 1; i <= count; i++) {
      const month = String(1 + (i % 6)).padStart(2, '0');
      lines.push(`（${year}）苏0591行初${i}号,${units[i % 3]},一审,${year}-${month}-02,是,${year}-${month}-12,${i % 2 === 0 ? '是' : '否'},${year}-${month}-25,${i % 5 === 0 ? '撤销' : '驳回诉讼请求'}`);
    }
  }
  return { name: 'litigation.csv', buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8'), mimeType: 'text/csv' };
}

async function upload(page: Page): Promise<void> {
  await page.getByTestId('load-files').setInputFiles([fourYearExport()]);
  await expect(page.getByTestId('data-source')).not.toContainText(/示例|Sample/, { timeout: 60_000 });
  await expect(page.getByTestId('load-progress')).toHaveCount(0, { timeout: 60_000 });
}

test('four years whose last one is thin open on the last complete year, say why in each language, and keep the thin year one choice away', { tag: TZ_TAG }, async ({ page }, testInfo) => {
  await openView(page, 'overview');
  await chooseLanguage(page, 'zh-Hant');
  await upload(page);

  await expect(page.locator('#overview-tiles-heading')).toContainText('2021');
  await expect(page.getByTestId('thin-year-note')).toHaveText('2022 年數據不完整：行政訴訟僅 2 條記錄（此前各年中位數 30），故預設顯示 2021 年。');
  await expect(page.getByTestId('filter-year').locator('option').first()).toHaveText('最新完整年度（2021）');
  // The year opened on has its cases: no tile of the litigation file reads "—" for want of data.
  for (const id of ['litigation.lost_cases', 'litigation.loss_rate', 'litigation.head_appearance_rate']) {
    const tile = page.getByTestId('kpi-tiles').locator(`[data-indicator="${id}"]`);
    await expect(tile, id).toBeVisible();
    await expect(tile, id).not.toContainText('—');
  }
  await expect(page.getByTestId('kpi-tiles').locator('[data-indicator="litigation.lost_cases"]')).toContainText('6');
  await saveScreenshot(page, testInfo, 'opening-year-zh-Hant');

  await chooseLanguage(page, 'zh-Hans');
  await expect(page.getByTestId('thin-year-note')).toHaveText('2022 年数据不完整：行政诉讼仅 2 条记录（此前各年中位数 30），故默认显示 2021 年。');
  await saveScreenshot(page, testInfo, 'opening-year-zh-Hans');

  // The thin year is still there to choose; chosen, the note (about the default) goes.
  await page.getByTestId('filter-year').selectOption('2022');
  await expect(page.locator('#overview-tiles-heading')).toContainText('2022');
  await expect(page.getByTestId('thin-year-note')).toHaveCount(0);
});
