import { checkSchemeValue, judgeScheme, neverThrowing } from './check/check-scheme-value.ts';
import type { SchemeError } from './check/scheme-error.ts';
import { parseSchemeText } from './parse-scheme-text.ts';
import type { SchemeCheck } from './check/check-scheme-value.ts';

export type { SchemeError } from './check/scheme-error.ts';
export type { SchemeCheck } from './check/check-scheme-value.ts';

/**
 * Options of {@link checkScheme}.
 *
 * @example
 * const options: CheckSchemeOptions = { fileName: 'schemes/business-db2020.json' };
 */
export interface CheckSchemeOptions {
  /** The file's name, for its syntax: `.json` → JSON, `.yaml`/`.yml` → YAML. Default: none, and the text decides (`{` first → JSON, else YAML). */
  fileName?: string;
}

/**
 * Reads and checks a scheme file before anything is scored, in three phases:
 * 1. syntax: the text is parsed as JSON or YAML (`parseSchemeText`); errors
 *    give line and column;
 * 2. structure: the value is validated against the JSON Schema generated from
 *    scheme.ts (`schemes/scheme.schema.json`) by @cfworker/json-schema, an
 *    interpreting validator (no code generation, so it runs under a strict
 *    Content Security Policy), and every misfit is explained with its path,
 *    the expected and the actual value (unknown indicator → the closest known
 *    id; unknown rule type → the known ones);
 * 3. meaning: what the schema cannot say (`checkMeaning`: sums of points,
 *    weights, rule parameters, duplicate ids …).
 * A string is read as the file's text; anything else as the already-parsed
 * value (then errors have no line). The scheme returned is the value as given
 * (not copied, never changed) without its `$schema`; the stamp carries its id,
 * version and content hash (`schemeHash`).
 *
 * Never throws, for any text or value, and takes bounded time and memory
 * (docs/schemes.md, "Limits and hostile files"): a text over
 * `MAX_SCHEME_TEXT_LENGTH`, nested deeper than `MAX_SCHEME_DEPTH`, or holding
 * (aliases expanded) more than `MAX_SCHEME_VALUES` values is refused with one
 * error before any check walks it; so is a value given as an object. Should a
 * check still fail, the failure is returned as the error `check.failed`.
 *
 * @example
 * const check = checkScheme(readFileSync('schemes/sip-2019-example.yaml', 'utf8'), { fileName: 'sip-2019-example.yaml' });
 * if (check.ok) scoreUnits(rows, check.scheme, { stamp: check.stamp });
 * else check.errors[0].message.en; // 'dimensions[2].items[0].rule.per: expected a number, got "two"'
 */
export function checkScheme(input: string | unknown, options: CheckSchemeOptions = {}): SchemeCheck {
  if (typeof input !== 'string') return checkSchemeValue(input);
  return neverThrowing(() => {
    const parsed = parseSchemeText(input, options);
    if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };
    return judgeScheme(parsed.value, parsed.locate);
  });
}
