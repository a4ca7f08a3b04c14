import { toSimplified } from './to-simplified.ts';

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
const BRACKETS: Record<string, string> = { '〔': '(', '〕': ')', '［': '(', '］': ')', '[': '(', ']': ')', '【': '(', '】': ')', '（': '(', '）': ')' };
const BRACKET = /[〔〕［］[\]【】（）]/g;
const SPACE = /\s+/g;

/**
 * The comparable form of a case number: NFKC (full-width → ASCII), every
 * kind of bracket made `(`/`)`, spaces removed, Traditional → Simplified.
 * `（2019）蘇0591行初123號` and `(2019)苏0591行初123号` are the same case.
 * Converts only the non-ASCII runs (苏, 行初, 号 repeat across a million
 * rows), so it stays fast on unique case numbers.
 *
 * @example
 * normalizeCaseNumber('（2019）蘇0591行初123號'); // '(2019)苏0591行初123号'
 */
export function normalizeCaseNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(BRACKET, (b) => BRACKETS[b] ?? b)
    .replace(SPACE, '')
    .replace(NON_ASCII_RUN, toSimplified);
}
