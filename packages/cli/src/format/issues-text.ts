import type { FileReport, Issue, Lang } from '@fazhi/core';
import { messages } from '../messages.ts';
import { textTable } from './text-table.ts';

/**
 * One issue as one compact line: severity (in `lang`), `file:row`, `[column]`,
 * the raw value as a JSON string (so blanks, spaces and line breaks are
 * visible), the issue code and the message in `lang`. Parts that are null are
 * left out.
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
    issue.value === null ? null : JSON.stringify(issue.value),
    issue.code,
    issue.message[lang].replace(/\s*[\r\n]+\s*/g, ' '),
  ]
    .filter((part) => part !== null)
    .join('  ');
}

/**
 * The per-file summary as an aligned table: file, dataset (or "unrecognised"),
 * encoding (or the XLSX sheet), rows read, used and skipped; headers in
 * `lang`; then a line per file whose headers the column map (`--map`)
 * gave a column. Ends with a newline.
 *
 * @example
 * fileSummary(dataSet.files, 'en');
 * // file            dataset     encoding   read  used  skipped
 * // --------------  ----------  ---------  ----  ----  -------
 * // litigation.csv  litigation  utf-8-bom    41    40        1
 */
export function fileSummary(files: readonly FileReport[], lang: Lang): string {
  const rows = files.map((file) => [
    file.file,
    file.dataset ?? messages.unrecognized()[lang],
    file.format === 'xlsx' ? `xlsx${file.sheet === null ? '' : `:${file.sheet}`}` : (file.encoding ?? '—'),
    String(file.rowsRead),
    String(file.rowsUsed),
    String(file.rowsSkipped),
  ]);
  const headers = messages.fileSummaryHeaders()[lang];
  const mapped = files.flatMap((file) => (file.mapped !== undefined && file.mapped.length > 0 ? [`${file.file}: ${messages.mappedColumns(file.mapped)[lang]}\n`] : []));
  return `${textTable(headers, rows, { align: ['left', 'left', 'left', 'right', 'right', 'right'] })}\n${mapped.join('')}`;
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
