import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { InputFile } from '@fazhi/core';

/**
 * File extensions read as data, lower-cased; anything else in the folder is ignored.
 *
 * @example
 * DATA_EXTENSIONS.includes('.xlsx'); // true
 */
export const DATA_EXTENSIONS = ['.csv', '.tsv', '.xlsx'] as const;

/**
 * A folder read successfully: its data files as bytes, in file-name order.
 *
 * @example
 * const dir: DataDir = { ok: true, path: '/data', files: [], ignored: ['old.xls'], unreadable: [] };
 */
export interface DataDir {
  ok: true;
  /** The absolute path read. */
  path: string;
  files: InputFile[];
  /** Other files found (not data, not README, not hidden), worth a notice: e.g. `old.xls`. */
  ignored: string[];
  /** Data files that could not be read (permissions, vanished), with the system's reason. */
  unreadable: { name: string; reason: string }[];
}

/**
 * Why a folder gave nothing to load.
 *
 * @example
 * const problem: DataDirProblem = { ok: false, path: '/data', problem: 'missing', reason: 'ENOENT' };
 */
export interface DataDirProblem {
  ok: false;
  path: string;
  /** `missing`: no such path; `not-directory`: a file; `unreadable`: listing failed; `empty`: no data file in it. */
  problem: 'missing' | 'not-directory' | 'unreadable' | 'empty';
  /** The system's error code when there is one, e.g. `EACCES`. */
  reason: string | null;
}

function isSkippedQuietly(name: string): boolean {
  // Dotfiles, Office lock files (`~$data.xlsx`) and README.* are not data and not worth a notice.
  return name.startsWith('.') || name.startsWith('~$') || /^readme(\.|$)/i.test(name);
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

/**
 * Reads every `.csv`, `.tsv` and `.xlsx` file directly inside `dir` (not
 * recursively; case-insensitive extensions) as bytes, sorted by name by code
 * point, for `loadDataSet`. Dotfiles, `~$` lock files and README files are
 * skipped silently; other files are listed in `ignored`. Never throws: a
 * missing path, a file given instead of a folder, an unlistable folder or a
 * folder without data files is returned as a {@link DataDirProblem}.
 *
 * @example
 * const dir = await readDataDir('fixtures/sip-2019', process.cwd());
 * if (dir.ok) await loadDataSet(dir.files);
 */
export async function readDataDir(dir: string, cwd: string): Promise<DataDir | DataDirProblem> {
  const path = resolve(cwd, dir);
  const problem = (kind: DataDirProblem['problem'], reason: string | null = null): DataDirProblem => ({
    ok: false, path, problem: kind, reason,
  });
  try {
    if (!(await stat(path)).isDirectory()) return problem('not-directory');
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? problem('missing', code) : problem('unreadable', code);
  }
  let names: string[];
  try {
    names = await readdir(path);
  } catch (error) {
    return problem('unreadable', errorCode(error));
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: InputFile[] = [];
  const ignored: string[] = [];
  const unreadable: { name: string; reason: string }[] = [];
  for (const name of names) {
    if (isSkippedQuietly(name)) continue;
    const full = join(path, name);
    let isFile: boolean;
    try {
      isFile = (await stat(full)).isFile();
    } catch (error) {
      unreadable.push({ name, reason: errorCode(error) });
      continue;
    }
    if (!isFile) continue;
    if (!(DATA_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) {
      ignored.push(name);
      continue;
    }
    try {
      const buffer = await readFile(full);
      files.push({ name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
    } catch (error) {
      unreadable.push({ name, reason: errorCode(error) });
    }
  }
  if (files.length === 0) return unreadable.length > 0 ? problem('unreadable', unreadable[0]!.reason) : problem('empty');
  return { ok: true, path, files, ignored, unreadable };
}
