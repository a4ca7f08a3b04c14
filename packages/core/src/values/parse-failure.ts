/**
 * Why a cell could not be read as the value its column expects. Parsers
 * return one instead of throwing, so bad input never stops a load.
 *
 * @example
 * const f: ParseFailure = { failure: 'impossible-date' };
 */
export interface ParseFailure {
  /** Short machine reason, e.g. `format`, `impossible-date`, `year-range`, `unit-suffix`. */
  readonly failure: string;
}

/**
 * True when a parser's result is a {@link ParseFailure}.
 *
 * @example
 * isParseFailure(parseDate('2019-02-30')); // true
 */
export function isParseFailure(value: unknown): value is ParseFailure {
  return typeof value === 'object' && value !== null && 'failure' in value;
}
