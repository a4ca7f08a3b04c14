import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkScheme, type Lang, type Scheme, type SchemeError } from '@fazhi/core';
import type { CliIo } from '../cli-io.ts';
import { messages, schemeCommandMessages as sm } from '../messages.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Output formats of `fazhi scheme check`; the first is the default.
 *
 * @example
 * SCHEME_CHECK_FORMATS[0]; // 'text'
 */
export const SCHEME_CHECK_FORMATS = ['text', 'json'] as const;

/**
 * The counts `fazhi scheme check` prints for a valid scheme.
 *
 * @example
 * const summary: SchemeSummary = { method: 'points', dimensions: 7, items: 20, points: 100, bonus: 3, vetoes: 1, aggregation: null };
 */
export interface SchemeSummary {
  /** `points` or `index`. */
  method: 'points' | 'index';
  /** How many dimensions. */
  dimensions: number;
  /** How many items, bonus items included. */
  items: number;
  /** Points mode: the total (the scheme's `total`, else the dimensions' sum); index mode: null. */
  points: number | null;
  /** Points mode: what the bonus items can add at most (their caps' sum), null when there are none; index mode: null. */
  bonus: number | null;
  /** How many vetoes. */
  vetoes: number;
  /** Index mode: `arithmetic` or `geometric`; points mode: null. */
  aggregation: 'arithmetic' | 'geometric' | null;
}

/**
 * The counts of a scheme: dimensions, items, points (and the bonus on top), vetoes.
 *
 * @example
 * schemeSummary(scheme).points; // 100
 */
export function schemeSummary(scheme: Scheme): SchemeSummary {
  const method = scheme.method ?? 'points';
  const items = scheme.dimensions.flatMap((d) => d.items);
  let bonus = 0;
  for (const item of items) if (item.rule.type === 'bonus') bonus += item.rule.cap;
  const sum = scheme.dimensions.reduce((total, d) => total + (d.points ?? 0), 0);
  return {
    method,
    dimensions: scheme.dimensions.length,
    items: items.length,
    points: method === 'points' ? (scheme.total ?? sum) : null,
    bonus: method === 'points' && items.some((i) => i.rule.type === 'bonus') ? bonus : null,
    vetoes: scheme.vetoes?.length ?? 0,
    aggregation: method === 'index' ? (scheme.aggregation ?? 'arithmetic') : null,
  };
}

/**
 * `fazhi scheme check FILE [--format text|json] [--lang L]`: reads the scheme
 * file (relative to `io.cwd`) and checks it with the core's `checkScheme`.
 * Text output: for a valid scheme, its id, version, content hash and counts,
 * then any warnings; for an invalid one, one line per error and warning
 * (`severity  FILE:LINE:COLUMN  code  message`, the message naming the node's
 * path, the expected and the actual value in `lang`) and the totals. JSON
 * output: one object `{ok, file, scheme, summary, errors, warnings}`.
 * Returns 0 for a valid scheme, 1 for an invalid or unreadable one; throws
 * {@link UsageError} for a bad command line (status 2).
 *
 * @example
 * const status = await schemeCommand(['check', 'schemes/sip-example-2019.yaml'], io, 'zh-Hant');
 */
export async function schemeCommand(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined) throw new UsageError(sm.missingSubcommand());
  if (sub === '--help' || sub === '-h') {
    io.stdout.write(`${sm.schemeHelp()[lang]}\n`);
    return 0;
  }
  if (sub !== 'check') throw new UsageError(sub.startsWith('-') ? sm.missingSubcommand() : sm.unknownSubcommand(sub));

  const { files, options } = splitPositionals(rest);
  const { values } = parseCommandArgs('scheme', options, {
    format: { type: 'string', short: 'f', default: 'text' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${sm.schemeHelp()[lang]}\n`);
    return 0;
  }
  const format = values.format;
  if (!(SCHEME_CHECK_FORMATS as readonly string[]).includes(format)) throw new UsageError(messages.badFormat(format, SCHEME_CHECK_FORMATS));
  const [file, extra] = files;
  if (file === undefined || file === '') throw new UsageError(sm.missingSchemeFile());
  if (extra !== undefined) throw new UsageError(sm.extraSchemeFile(extra));

  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`fazhi: ${(code === 'ENOENT' ? sm.schemeFileMissing(file) : sm.schemeFileUnreadable(file, reason))[lang]}\n`);
    return 1;
  }
  const check = checkScheme(text, { fileName: file });

  if (format === 'json') {
    const report = check.ok
      ? { ok: true, file, scheme: check.stamp, summary: schemeSummary(check.scheme), errors: [], warnings: check.warnings }
      : { ok: false, file, scheme: null, summary: null, errors: check.errors, warnings: check.warnings };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return check.ok ? 0 : 1;
  }

  const line = (severity: 'error' | 'warning', e: SchemeError) => {
    const at = e.line === undefined ? file : `${file}:${e.line}:${e.column ?? 1}`;
    return `${messages.severity(severity)[lang]}  ${at}  ${e.code}  ${e.message[lang]}\n`;
  };
  if (check.ok) {
    const summary = schemeSummary(check.scheme);
    let out = `${sm.schemeValid(check.stamp.id, check.stamp.version)[lang]}\n${sm.schemeHash(check.stamp.hash)[lang]}\n`;
    out += summary.method === 'points'
      ? `${sm.schemePointsSummary(summary.dimensions, summary.items, String(summary.points), summary.bonus === null ? null : String(summary.bonus), summary.vetoes)[lang]}\n`
      : `${sm.schemeIndexSummary(summary.dimensions, summary.items, summary.aggregation ?? 'arithmetic', summary.vetoes)[lang]}\n`;
    if (check.scheme.example === true) out += `${sm.exampleScheme()[lang]}\n`;
    for (const warning of check.warnings) out += line('warning', warning);
    io.stdout.write(out);
    return 0;
  }
  let out = '';
  for (const error of check.errors) out += line('error', error);
  for (const warning of check.warnings) out += line('warning', warning);
  out += `${sm.schemeTotals(check.errors.length, check.warnings.length)[lang]}\n`;
  io.stdout.write(out);
  return 1;
}

/** Separates the file names from the options (`--format X`, `-f X` take a value; after `--` everything is a file). */
function splitPositionals(args: readonly string[]): { files: string[]; options: string[] } {
  const files: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--format' || arg === '-f' || arg === '--lang') {
      options.push(arg);
      if (i + 1 < args.length) options.push(args[++i]!);
    } else if (arg.startsWith('-') && arg !== '-') options.push(arg);
    else files.push(arg);
  }
  return { files, options };
}
