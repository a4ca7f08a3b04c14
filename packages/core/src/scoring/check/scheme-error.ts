import type { LocalizedText } from '../../messages/localized-text.ts';

/**
 * One problem of a scheme file: where (`path` of the bad node, and its line
 * and column when the scheme came as text), what was expected and what was
 * found, and a sentence in each language. The same shape serves errors (the
 * scheme is rejected) and warnings (it is accepted, but something is likely
 * a mistake).
 *
 * @example
 * const error: SchemeError = {
 *   code: 'type', path: 'dimensions[2].items[0].rule.per', expected: 'a number', actual: '"two"', line: 31, column: 18,
 *   message: { 'zh-Hant': '…', 'zh-Hans': '…', en: 'dimensions[2].items[0].rule.per: expected a number, got "two"' },
 * };
 */
export interface SchemeError {
  /** The node's path, e.g. `dimensions[2].items[0].rule.per`; `''` for the whole scheme (and for syntax errors). */
  path: string;
  /** What the node should be, in English (the message says it in every language), e.g. `a number`. */
  expected: string;
  /** What it is, as JSON (`"two"`), or `missing`. */
  actual: string;
  /** The whole sentence, path first, in zh-Hant, zh-Hans and en. */
  message: LocalizedText;
  /** Stable machine code, e.g. `type`, `required`, `rule.unknown`, `points.dimension_sum` (docs/schemes.md lists them). */
  code: string;
  /** 1-based line of the node in the scheme's text; absent for a scheme given as an object. */
  line?: number;
  /** 1-based column of the node in the scheme's text; absent for a scheme given as an object. */
  column?: number;
}
