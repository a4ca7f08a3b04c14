import type { LocalizedText } from '../messages/localized-text.ts';

/**
 * How bad an issue is: an error loses the row (or the file), a warning keeps it, a notice explains a skip that is expected.
 *
 * @example
 * const data = await loadDataSet(files);
 * data.issues.filter((issue) => issue.severity === 'error').length; // 0: the park's fixture loads cleanly
 */
export type Severity = 'error' | 'warning' | 'notice';

/**
 * A problem found in the input, precise enough for a user to find the cell
 * and fix it.
 *
 * @example
 * const issue: Issue = {
 *   severity: 'error', code: 'value.date', file: 'litigation.csv', row: 14, column: '立案日期',
 *   value: '2019-02-30', message: messages['value.date']('2019-02-30', '立案日期'),
 * };
 * `${issue.file}:${issue.row} ${issue.message.en}`; // 'litigation.csv:14 The date "2019-02-30" in column …'
 */
export interface Issue {
  /** How bad it is: `'error'` (the row or file was not used), `'warning'` (kept) or `'notice'` (an expected skip). */
  severity: Severity;
  /** Stable machine code, e.g. `value.date`, `column.missing` (the loader's codes are the keys of {@link messages}). */
  code: string;
  /** File name as given. */
  file: string;
  /** Row as a spreadsheet shows it (header = 1); null for file-level issues. */
  row: number | null;
  /** The column's header as written in the file (or the canonical name when the column is missing); null for row- or file-level issues. */
  column: string | null;
  /** The raw cell text; null when there is none. */
  value: string | null;
  /** What is wrong and what to do, in zh-Hant, zh-Hans and en. */
  message: LocalizedText;
}
