import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
