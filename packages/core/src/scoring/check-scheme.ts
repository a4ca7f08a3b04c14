import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { checkMeaning } from './check/check-meaning.ts';
import { exceededSchemeLimit } from './check/exceeded-scheme-limit.ts';
import { explainSchema, type SchemaNode } from './check/explain-schema.ts';
import type { SchemeError } from './check/scheme-error.ts';
import type { SchemeFinding } from './check/scheme-finding.ts';
import { MAX_SCHEME_DEPTH, MAX_SCHEME_VALUES } from './check/scheme-limits.ts';
import { formatSchemePath, type SchemePath } from './check/scheme-path.ts';
import { parseSchemeText, type TextPosition } from './parse-scheme-text.ts';
import type { Scheme } from './scheme.ts';
import { schemeHash } from './scheme-hash.ts';
import { SCHEME_JSON_SCHEMA } from './scheme-json-schema.ts';
import { schemeMessages } from './scheme-messages.ts';
import type { SchemeStamp } from './unit-score.ts';

export type { SchemeError } from './check/scheme-error.ts';

/**
 * What {@link checkScheme} found: the scheme, its stamp and any warnings; or
 * every error (and the warnings found so far).
 *
 * @example
 * const check: SchemeCheck = checkScheme(text, { fileName: 'scheme.yaml' });
 * if (!check.ok) for (const e of check.errors) console.log(e.message.en);
 */
export type SchemeCheck =
  | {
    /** The scheme can be scored. */
    ok: true;
    /** The scheme as given, without `$schema`. */
    scheme: Scheme;
    /** Its id, version and content hash, for every result. */
    stamp: SchemeStamp;
    /** What is accepted but likely a mistake. */
    warnings: SchemeError[];
  }
  | {
    /** The scheme is rejected. */
    ok: false;
    /** Every error of the first phase (syntax, structure, meaning) that found any. */
    errors: SchemeError[];
    /** Warnings found so far (only the meaning phase has any). */
    warnings: SchemeError[];
  };

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

let validator: Validator | undefined;

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
  try {
    return check(input, options);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]!.slice(0, 200)}` : 'unknown';
    const failed: SchemeError = { code: 'check.failed', path: '', expected: 'a check', actual: detail, message: schemeMessages.checkFailed(detail) };
    return { ok: false, errors: [failed], warnings: [] };
  }
}

function check(input: string | unknown, options: CheckSchemeOptions): SchemeCheck {
  let value: unknown = input;
  let locate: ((path: SchemePath) => TextPosition | null) | null = null;
  if (typeof input === 'string') {
    const parsed = parseSchemeText(input, options);
    if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };
    value = parsed.value;
    locate = parsed.locate;
  } else {
    const exceeded = exceededSchemeLimit(input);
    if (exceeded !== null) {
      const path = formatSchemePath(exceeded.path);
      const body = exceeded.code === 'nesting.too_deep' ? schemeMessages.tooDeep(MAX_SCHEME_DEPTH, null, null) : schemeMessages.tooManyValues(MAX_SCHEME_VALUES);
      const expected = `at most ${MAX_SCHEME_VALUES} values and ${MAX_SCHEME_DEPTH} levels`;
      return { ok: false, errors: [{ code: exceeded.code, path, expected, actual: 'more', message: schemeMessages.at(path, body) }], warnings: [] };
    }
  }
  const toError = (finding: SchemeFinding): SchemeError => {
    const path = formatSchemePath(finding.path);
    const error: SchemeError = {
      code: finding.code, path, expected: finding.expected.en, actual: finding.actual,
      message: schemeMessages.at(path, finding.body),
    };
    const at = locate?.(finding.path);
    if (at != null) {
      error.line = at.line;
      error.column = at.column;
    }
    return error;
  };

  validator ??= new Validator(SCHEME_JSON_SCHEMA, '7', false);
  const verdict = validator.validate(value);
  const findings = explainSchema(value, SCHEME_JSON_SCHEMA as SchemaNode);
  if (!verdict.valid && findings.length === 0) findings.push(fallbackFinding(verdict.errors));
  if (findings.length > 0) return { ok: false, errors: findings.map(toError), warnings: [] };

  const { $schema: _editorHint, ...content } = value as Scheme;
  const scheme = content as Scheme;
  const meaning = checkMeaning(scheme);
  const warnings = meaning.warnings.map(toError);
  if (meaning.errors.length > 0) return { ok: false, errors: meaning.errors.map(toError), warnings };
  return { ok: true, scheme, stamp: { id: scheme.id, version: scheme.version, hash: schemeHash(scheme) }, warnings };
}

/** When the validator rejects what the explainer let pass: its deepest complaint, as it said it. */
function fallbackFinding(units: readonly OutputUnit[]): SchemeFinding {
  const deepest = [...units].sort((a, b) => b.instanceLocation.length - a.instanceLocation.length)[0];
  const path = (deepest?.instanceLocation ?? '#')
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const detail = deepest?.error ?? 'invalid';
  return {
    path, code: 'schema', actual: detail,
    expected: { 'zh-Hant': '符合方案結構', 'zh-Hans': '符合方案结构', en: 'the scheme structure' },
    body: schemeMessages.schema(detail),
  };
}
