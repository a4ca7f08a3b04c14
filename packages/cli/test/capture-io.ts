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
 * The environment defaults to `LANG=C` (English messages); `tty` (default
 * false) makes stderr claim to be a terminal.
 *
 * @example
 * const run = await runCli(['--help']); // run.status === 0
 */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean } = {},
): Promise<CliRun> {
  const { cwd = process.cwd(), env = { LANG: 'C' }, tty = false } = options;
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: tty },
    cwd,
    env,
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}
