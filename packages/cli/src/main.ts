import { readFileSync } from 'node:fs';
import type { Lang } from '@fazhi/core';
import type { CliIo } from './cli-io.ts';
import { evidenceCommand } from './commands/evidence.ts';
import { indicatorsCommand } from './commands/indicators.ts';
import { reportCommand } from './commands/report.ts';
import { robustnessCommand } from './commands/robustness.ts';
import { schemeCommand } from './commands/scheme.ts';
import { scoreCommand } from './commands/score.ts';
import { sqlCommand } from './commands/sql.ts';
import { validateCommand } from './commands/validate.ts';
import { evidenceMessages, robustnessCommandMessages, schemeCommandMessages } from './messages.ts';
import { messages, reportMessages, scoreMessages, sqlMessages } from './messages.ts';
import { indicatorOptionDefaults } from './parse-indicator-options.ts';
import { langFromEnv, parseLang } from './resolve-lang.ts';
import { UsageError } from './usage-error.ts';

/** The commands `fazhi` knows, with their help texts. */
const COMMANDS = {
  validate: { run: validateCommand, help: messages.validateHelp },
  indicators: { run: indicatorsCommand, help: () => messages.indicatorsHelp(indicatorOptionDefaults()) },
  evidence: { run: evidenceCommand, help: evidenceMessages.evidenceHelp },
  scheme: { run: schemeCommand, help: schemeCommandMessages.schemeHelp },
  score: { run: scoreCommand, help: scoreMessages.scoreHelp },
  report: { run: reportCommand, help: reportMessages.reportHelp },
  robustness: { run: robustnessCommand, help: robustnessCommandMessages.robustnessHelp },
  sql: { run: sqlCommand, help: () => sqlMessages.sqlHelp(indicatorOptionDefaults()) },
} as const;

type CommandName = keyof typeof COMMANDS;

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
}

/** Splits `--lang X` / `--lang=X` out of argv so the language is known before anything else is parsed. */
function takeLang(argv: readonly string[]): { raw: string | null; rest: string[] } {
  let raw: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang' && i + 1 < argv.length) raw = argv[++i]!;
    else if (arg.startsWith('--lang=')) raw = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { raw, rest };
}

/**
 * The `fazhi` command in-process: parses `argv` (without the node and script
 * paths), runs the command it names, writes through `io`, and returns
 * the exit status: 0 success, 1 errors in the input or nothing computed, 2
 * bad usage. `--lang zh-Hant|zh-Hans|en` (anywhere on the line) chooses the
 * language of messages and table headers; the default comes from `LC_ALL`,
 * `LC_MESSAGES` or `LANG` (see {@link langFromEnv}). Never throws.
 *
 * @example
 * const status = await main(['indicators', '--data', 'fixtures/sip-2019'], {
 *   stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env,
 * });
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const { raw, rest } = takeLang(argv);
  let lang: Lang = langFromEnv(io.env);
  const fail = (text: { [L in Lang]: string }, status: number): number => {
    io.stderr.write(`fazhi: ${text[lang]}\n`);
    return status;
  };
  if (raw !== null) {
    const chosen = parseLang(raw);
    if (chosen === null) return fail(messages.badLang(raw), 2);
    lang = chosen;
  }
  const first = rest[0];
  if (first === undefined) {
    fail(messages.noCommand(), 2);
    io.stderr.write(`\n${messages.mainHelp(version())[lang]}\n`);
    return 2;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(`${messages.mainHelp(version())[lang]}\n`);
    return 0;
  }
  if (first === '--version' || first === '-V' || first === '-v') {
    io.stdout.write(`fazhi ${version()}\n`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[1];
    if (topic === undefined) io.stdout.write(`${messages.mainHelp(version())[lang]}\n`);
    else if (isCommand(topic)) io.stdout.write(`${COMMANDS[topic].help()[lang]}\n`);
    else return fail(messages.unknownCommand(topic), 2);
    return 0;
  }
  if (first.startsWith('-')) return fail(messages.noCommand(), 2);
  if (!isCommand(first)) return fail(messages.unknownCommand(first), 2);

  const command = COMMANDS[first];
  const args = rest.slice(1);
  // Help wins over anything else on the line, even options that would not parse.
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) {
    io.stdout.write(`${command.help()[lang]}\n`);
    return 0;
  }
  try {
    return await command.run(args, io, lang);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.text, 2);
    return fail(messages.loadFailed(error instanceof Error ? (error.stack ?? error.message) : String(error)), 1);
  }
}
