import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Makes a temporary folder holding the given files (name → text, written as
 * UTF-8), and returns its path and a cleanup function.
 *
 * @example
 * const dir = tempData({ 'litigation.csv': 'case_no,unit\n1,司法局\n' });
 * dir.remove();
 */
export function tempData(files: Record<string, string | Uint8Array>): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'fazhi-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = join(path, name);
    if (name.endsWith('/')) mkdirSync(full);
    else writeFileSync(full, content);
  }
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * A `temp(files)` for a test file: each call makes a folder with
 * {@link tempData} and every folder is removed after each test.
 *
 * @example
 * const temp = useTempData();
 * it('reads a folder', async () => { const dir = temp({ 'a.csv': 'x\n' }); … });
 */
export function useTempData(): (files: Record<string, string | Uint8Array>) => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length > 0) cleanups.pop()!();
  });
  return (files) => {
    const dir = tempData(files);
    cleanups.push(dir.remove);
    return dir.path;
  };
}
