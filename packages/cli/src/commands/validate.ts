import type { Lang } from '@fazhi/core';
import type { CliIo } from '../cli-io.ts';
import { fileSummary, issueTotals } from '../format/issues-text.ts';
import { writeIssues } from '../format/write-issues.ts';
import { writeValidationJson } from '../format/write-validation-json.ts';
import { loadFolder } from '../load-folder.ts';
import { messages } from '../messages.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { COLUMN_MAP_OPTIONS, readColumnMap } from '../read-column-map.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Output formats of `fazhi validate`; the first is the default.
 *
 * @example
 * VALIDATE_FORMATS[0]; // 'text'
 */
export const VALIDATE_FORMATS = ['text', 'json'] as const;

/**
 * `fazhi validate --data DIR [--format text|json] [--lang L]`: loads the
 * folder and prints to stdout every issue (severity, file:row, [column], raw
 * value, code, message in `lang`) and the per-file summary (dataset,
 * encoding, rows read / used / skipped), or with `--format json` one object
 * `{files: FileReport[], issues: Issue[]}`. Returns the exit status: 0 when
 * no issue is an error, 1 when some is (or the folder gave nothing to load);
 * throws {@link UsageError} for a bad command line (status 2).
 *
 * @example
 * const status = await validateCommand(['--data', 'fixtures/messy'], io, 'zh-Hant');
 */
export async function validateCommand(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values } = parseCommandArgs('validate', args, {
    data: { type: 'string', short: 'd' },
    format: { type: 'string', short: 'f', default: 'text' },
    lang: { type: 'string' },
    ...COLUMN_MAP_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${messages.validateHelp()[lang]}\n`);
    return 0;
  }
  const format = values.format;
  if (!(VALIDATE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(messages.badFormat(format, VALIDATE_FORMATS));
  }
  if (values.data === undefined || values.data === '') throw new UsageError(messages.missingData('validate'));

  const columnMap = await readColumnMap(values, io, lang);
  if (columnMap === null) return 1;
  const data = await loadFolder(values.data, io, lang, columnMap);
  if (data === null) return 1;
  if (format === 'json') {
    writeValidationJson(io.stdout, data);
  } else {
    if (data.issues.length > 0) {
      writeIssues(io.stdout, data.issues, lang);
      io.stdout.write('\n');
    }
    io.stdout.write(`${fileSummary(data.files, lang)}\n${issueTotals(data, lang)}\n`);
  }
  return data.issues.some((issue) => issue.severity === 'error') ? 1 : 0;
}
