import { parse as parseYaml } from 'yaml';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ColumnMap, Lang } from '@fazhi/core';
import type { CliIo } from './cli-io.ts';
import { messages } from './messages.ts';
import { errorText } from './read-scheme-file.ts';
import { UsageError } from './usage-error.ts';

/**
 * The `--map` and `--map-file` options of `validate`, `indicators`, `score`
 * and `report`, for their parseArgs configuration.
 *
 * @example
 * parseCommandArgs('validate', args, { data: { type: 'string' }, ...COLUMN_MAP_OPTIONS });
 */
export const COLUMN_MAP_OPTIONS = {
  map: { type: 'string', multiple: true },
  'map-file': { type: 'string' },
} as const;

type Entry = { dataset: string; header: string; column: string };

/**
 * One `--map DATASET:HEADER=COLUMN`: the dataset up to the first `:`, the
 * column after the last `=` (a header may hold either); each part trimmed
 * and non-empty, else a {@link UsageError}.
 *
 * @example
 * parseMapArgument('enforcement_reviews:基本要求=basic_pass'); // { dataset: 'enforcement_reviews', header: '基本要求', column: 'basic_pass' }
 */
export function parseMapArgument(text: string): Entry {
  const colon = text.indexOf(':');
  const equals = text.lastIndexOf('=');
  const dataset = text.slice(0, Math.max(colon, 0)).trim();
  const header = colon === -1 || equals < colon ? '' : text.slice(colon + 1, equals).trim();
  const column = equals === -1 ? '' : text.slice(equals + 1).trim();
  if (dataset === '' || header === '' || column === '') throw new UsageError(messages.badMap(text));
  return { dataset, header, column };
}

/**
 * The column map text of a `--map-file`: JSON (`{"enforcement_reviews":
 * {"基本要求": "basic_pass"}}`) or the YAML of the same shape, read with the
 * `yaml` package (aliases limited, as a map is a handful of lines). Throws an
 * Error saying what is wrong.
 *
 * @example
 * parseColumnMapText('enforcement_reviews:\n  基本要求: basic_pass\n'); // { enforcement_reviews: { 基本要求: 'basic_pass' } }
 */
export function parseColumnMapText(text: string): Record<string, Record<string, string>> {
  const body = text.replace(/^\uFEFF/, '');
  const value: unknown = /^\s*\{/.test(body) ? JSON.parse(body) : parseYaml(body, { maxAliasCount: 10, uniqueKeys: true });
  return checkShape(value ?? {});
}

function checkShape(value: unknown): Record<string, Record<string, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected an object of datasets');
  for (const [dataset, headers] of Object.entries(value)) {
    if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) throw new Error(`"${dataset}" should hold "header": "column" entries`);
    for (const [header, column] of Object.entries(headers)) {
      if (typeof column !== 'string') throw new Error(`"${dataset}"."${header}" should be a column name`);
    }
  }
  return value as Record<string, Record<string, string>>;
}

/**
 * The column map of a command line: the `--map-file` first, then each
 * `--map` (a later entry for the same header wins). Undefined when neither
 * option is given; null, after saying why on stderr, when the file cannot be
 * read or parsed (the command exits 1). A malformed `--map` throws a
 * {@link UsageError}. Datasets and columns are checked by the loader, which
 * reports an unknown one as an issue.
 *
 * @example
 * const columnMap = await readColumnMap(values, io, 'en');
 * if (columnMap === null) return 1;
 */
export async function readColumnMap(
  values: { map?: string[] | undefined; 'map-file'?: string | undefined },
  io: CliIo,
  lang: Lang,
): Promise<ColumnMap | undefined | null> {
  const entries = (values.map ?? []).map(parseMapArgument);
  const file = values['map-file'];
  if (file === undefined && entries.length === 0) return undefined;
  const out: Record<string, Record<string, string>> = {};
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      io.stderr.write(`fazhi: ${messages.mapFileUnreadable(file, errorText(error))[lang]}\n`);
      return null;
    }
    try {
      Object.assign(out, parseColumnMapText(text));
    } catch (error) {
      io.stderr.write(`fazhi: ${messages.mapFileInvalid(file, errorText(error))[lang]}\n`);
      return null;
    }
  }
  for (const { dataset, header, column } of entries) (out[dataset] ??= {})[header] = column;
  return out;
}
