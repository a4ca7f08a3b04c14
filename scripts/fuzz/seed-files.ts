import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputFile } from '../../packages/core/src/load/data-set.ts';

/** The fixture folders the fuzzer starts from, relative to the repository root. */
export const SEED_FOLDERS = ['fixtures/sip-2019', 'fixtures/messy', 'fixtures/hostile/data'] as const;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The fixture files the fuzzer mutates (READMEs and sub-folders left out),
 * each cut to its first `rows` lines + 1 when `rows` is given (cut at a LF
 * byte, which is a line break in UTF-8, GB18030 and Big5 alike), so that
 * a run of many inputs stays fast. Sorted by folder and name.
 *
 * @example
 * const seeds = seedFiles({ rows: 30 }); // [{ name: 'activities.csv', bytes }, …]
 */
export function seedFiles({ rows }: { rows?: number } = {}): InputFile[] {
  const out: InputFile[] = [];
  for (const folder of SEED_FOLDERS) {
    const dir = join(ROOT, folder);
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.md'))
      .map((e) => e.name)
      .sort();
    for (const name of names) {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      out.push({ name, bytes: rows === undefined || isZip(bytes) ? bytes : firstLines(bytes, rows + 1) });
    }
  }
  return out;
}

/** An XLSX workbook (a ZIP file), whatever its name: it is never cut. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** The bytes up to and including the `lines`-th LF (all of them when there are fewer). */
function firstLines(bytes: Uint8Array, lines: number): Uint8Array {
  let seen = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a && ++seen === lines) return bytes.slice(0, i + 1);
  }
  return bytes;
}
