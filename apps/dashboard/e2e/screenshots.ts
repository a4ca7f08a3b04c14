import type { Page, TestInfo } from '@playwright/test';
import { REPO_ROOT } from './expected.ts';

/**
 * Saves a full-page screenshot as a test artifact under
 * `.reports/screenshots/<project>/<name>.png` (gitignored) and attaches it
 * to the test's report.
 */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = `${REPO_ROOT}.reports/screenshots/${testInfo.project.name}/${name}.png`;
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
