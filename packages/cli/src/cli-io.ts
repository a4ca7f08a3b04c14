/**
 * Anything text can be written to: `process.stdout`, or a string collector in tests.
 *
 * @example
 * let out = '';
 * const sink: TextSink = { write: (chunk) => (out += chunk) };
 */
export interface TextSink {
  write(chunk: string): unknown;
  /** True for a terminal: stderr then shows loading progress, rewritten in place. Default: not a terminal. */
  isTTY?: boolean;
}

/**
 * The world as `main` sees it: two output streams, the working directory and
 * the environment. Passing them in (instead of touching `process`) lets tests
 * run the CLI in-process and read what it printed.
 *
 * @example
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
 */
export interface CliIo {
  /** Results only (JSON, CSV, tables, validation reports). */
  stdout: TextSink;
  /** Issues, summaries, usage errors and help shown after an error. */
  stderr: TextSink;
  /** Directory that relative `--data` paths are resolved against. */
  cwd: string;
  /** Environment; `LC_ALL`, `LC_MESSAGES` and `LANG` choose the default language. */
  env: Readonly<Record<string, string | undefined>>;
}
