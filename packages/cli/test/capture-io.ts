import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/cli-io.ts';
import { main } from '../src/main.ts';

/** What one in-process run of `main` printed and returned. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `main` in-process with string collectors for stdout and stderr.
 * The environment defaults to `LANG=C` (English messages).
 *
 * @example
 * const run = await runCli(['--help']); // run.status === 0
 */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  const { cwd = process.cwd(), env = { LANG: 'C' } } = options;
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd,
    env,
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

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
