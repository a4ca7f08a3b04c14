import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkScheme, type Lang, type Scheme, type SchemeError, type SchemeStamp } from '@fazhi/core';
import type { CliIo } from './cli-io.ts';
import { scoreMessages } from './messages.ts';

/**
 * One scheme error as a stderr line: `fazhi: FILE:LINE:COLUMN: message`.
 *
 * @example
 * schemeErrorLine('s.yaml', error, 'en'); // 'fazhi: s.yaml:12:7: dimensions[0].points: expected a number …\n'
 */
export function schemeErrorLine(file: string, error: SchemeError, lang: Lang): string {
  const at = error.line === undefined ? '' : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
  return `fazhi: ${file}${at}: ${error.message[lang]}\n`;
}

/**
 * The first line of an error, or its system code (`ENOENT`) when it has one.
 *
 * @example
 * errorText(Object.assign(new Error('no such file'), { code: 'ENOENT' })); // 'ENOENT'
 */
export function errorText(error: unknown): string {
  if (error instanceof Error) return 'code' in error && typeof error.code === 'string' ? error.code : error.message.split('\n')[0]!;
  return String(error);
}

/**
 * Reads and checks the scheme file of `fazhi score` and `fazhi report`: its
 * warnings and errors go to stderr (every error with file, line, column and
 * the path of the bad node); null when the file is unreadable or invalid, so
 * the command exits 1 before any data is loaded.
 *
 * @example
 * const checked = await readSchemeFile('schemes/sip-example-2019.yaml', io, 'zh-Hans');
 * if (checked === null) return 1;
 */
export async function readSchemeFile(file: string, io: CliIo, lang: Lang): Promise<{ scheme: Scheme; stamp: SchemeStamp } | null> {
  const say = (text: { [L in Lang]: string }): void => {
    io.stderr.write(`fazhi: ${text[lang]}\n`);
  };
  let text: string;
  try {
    text = (await readFile(resolve(io.cwd, file), 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    say(scoreMessages.schemeUnreadable(file, errorText(error)));
    return null;
  }
  const check = checkScheme(text, { fileName: file });
  for (const warning of check.warnings) say(scoreMessages.schemeWarning(file, warning.message[lang]));
  if (!check.ok) {
    for (const error of check.errors) io.stderr.write(schemeErrorLine(file, error, lang));
    say(scoreMessages.schemeInvalid(file, check.errors.length));
    return null;
  }
  return { scheme: check.scheme, stamp: check.stamp };
}
