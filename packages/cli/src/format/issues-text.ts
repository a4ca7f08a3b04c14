import type { FileReport, Issue, Lang } from '@fazhi/core';
import { messages } from '../messages.ts';
import { textTable } from './text-table.ts';

/**
 * One issue as one compact line: severity (in `lang`), `file:row`, `[column]`,
 * the raw value in quotes (line breaks and tabs as `\n`, `\r`, `\t`, so
 * blanks, spaces and line breaks are visible; the loader already wrote
 * control characters as `\u0000` escapes, which are shown as they are), the
 * issue code and the message in `lang`. Parts that are null are left out.
 *
 * @example
 * issueLine(issue, 'en');
 * // 'error  litigation.csv:12  [结案日期]  "2019-02-30"  value.date  …message…'
 */
export function issueLine(issue: Issue, lang: Lang): string {
  const where = issue.row === null ? issue.file : `${issue.file}:${issue.row}`;
  return [
    messages.severity(issue.severity)[lang],
    where,
    issue.column === null ? null : `[${issue.column}]`,
    issue.value === null ? null : quoteValue(issue.value),
    issue.code,
    issue.message[lang].replace(/\s*[\r\n]+\s*/g, ' '),
  ]
    .filter((part) => part !== null)
    .join('  ');
}

const VISIBLE: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A raw value in double quotes, its line breaks and tabs made visible. */
function quoteValue(value: string): string {
  return `"${value.replace(/[\n\r\t]/g, (c) => VISIBLE[c] as string)}"`;
}

/**
 * The per-file summary as an aligned table: file, dataset (or
 * "unrecognised"; "—" for a file whose format fazhi does not read), format
 * (a CSV file's encoding, the XLSX sheet, or the format that was refused),
 * rows read, used and skipped, and, when some file has rows that count in
 * no year, how many of the used rows do; headers in `lang`; then a line per
 * file whose headers the column map (`--map`) gave a column. Ends with a
 * newline.
 *
 * @example
 * fileSummary(dataSet.files, 'en');
 * // file            dataset     format     read  used  skipped
 * // --------------  ----------  ---------  ----  ----  -------
 * // litigation.csv  litigation  utf-8-bom    41    40        1
 */
export function fileSummary(files: readonly FileReport[], lang: Lang): string {
  const undated = files.some((file) => file.rowsUndated > 0);
  const rows = files.map((file) => [
    file.file,
    fileDataset(file, lang),
    fileFormat(file, lang),
    String(file.rowsRead),
    String(file.rowsUsed),
    String(file.rowsSkipped),
    ...(undated ? [String(file.rowsUndated)] : []),
  ]);
  const headers = [...messages.fileSummaryHeaders()[lang], ...(undated ? [messages.undatedHeader()[lang]] : [])];
  const align = ['left', 'left', 'left', 'right', 'right', 'right', 'right'] as const;
  const mapped = files.flatMap((file) => (file.mapped !== undefined && file.mapped.length > 0 ? [`${file.file}: ${messages.mappedColumns(file.mapped)[lang]}\n`] : []));
  return `${textTable(headers, rows, { align: align.slice(0, headers.length) })}\n${mapped.join('')}`;
}

type RefusedFormat = Exclude<FileReport['format'], 'csv' | 'xlsx'>;
const isRefused = (format: FileReport['format']): format is RefusedFormat => format !== 'csv' && format !== 'xlsx';

/**
 * A file's dataset as the file summaries show it: its id, "（未識別）" when
 * it was read but not recognised, "—" when its format was refused.
 *
 * @example
 * fileDataset(report, 'zh-Hant'); // 'litigation'
 */
export function fileDataset(file: FileReport, lang: Lang): string {
  return file.dataset ?? (isRefused(file.format) ? '—' : messages.unrecognized()[lang]);
}

/**
 * A file's format as the file summaries show it: `xlsx:<sheet>`, a CSV
 * file's encoding ("—" when none was settled), or the name of a format
 * fazhi does not read, in `lang` (舊版 Excel（.xls）, PDF, …).
 *
 * @example
 * fileFormat({ ...report, format: 'xls' }, 'en'); // 'old Excel (.xls)'
 */
export function fileFormat(file: FileReport, lang: Lang): string {
  if (file.format === 'xlsx') return `xlsx${file.sheet === null ? '' : `:${file.sheet}`}`;
  if (isRefused(file.format)) return messages.refusedFormat(file.format)[lang];
  return file.encoding ?? '—';
}

/**
 * The closing line of a report: how many files, errors, warnings and notices.
 *
 * @example
 * issueTotals(dataSet, 'en'); // '3 file(s): 1 error(s), 0 warning(s), 2 notice(s)'
 */
export function issueTotals(data: { files: readonly FileReport[]; issues: readonly Issue[] }, lang: Lang): string {
  const count = (severity: Issue['severity']): number => data.issues.filter((i) => i.severity === severity).length;
  return messages.issueTotals(count('error'), count('warning'), count('notice'), data.files.length)[lang];
}
