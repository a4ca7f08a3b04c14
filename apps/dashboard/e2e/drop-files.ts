import type { InputFile } from '@fazhi/core';
import type { Page } from '@playwright/test';

/**
 * Drops files on the header's drop zone as a user dragging them from the
 * desktop would: a `drop` event whose `DataTransfer` holds `File`s built in
 * the page from the bytes (base64 on the way in). Does not wait for the load.
 */
export async function dropFiles(page: Page, files: readonly InputFile[]): Promise<void> {
  const specs = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const { name, base64 } of list) dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    return dt;
  }, specs);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await transfer.dispose();
}
