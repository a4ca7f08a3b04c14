/** How bad an issue is: an error loses the row (or the file), a warning keeps it, a notice explains a skip that is expected. */
export type Severity = 'error' | 'warning' | 'notice';

/** A message in the three languages fazhi speaks. */
export interface LocalizedText {
  'zh-Hant': string;
  'zh-Hans': string;
  en: string;
}

/** One of the languages. */
export type Lang = keyof LocalizedText;

/**
 * A problem found in the input, precise enough for a user to find the cell
 * and fix it.
 */
export interface Issue {
  severity: Severity;
  /** Stable machine code, e.g. `date.invalid`, `column.missing`. */
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
