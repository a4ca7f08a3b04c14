import { Validator, type OutputUnit } from '@cfworker/json-schema';
import type { Scheme } from '../scheme.ts';
import { schemeHash } from '../scheme-hash.ts';
import { SCHEME_JSON_SCHEMA } from '../scheme-json-schema.ts';
import { schemeMessages } from '../scheme-messages.ts';
import type { SchemeStamp } from '../unit-score.ts';
import { checkMeaning } from './check-meaning.ts';
import { exceededSchemeLimit } from './exceeded-scheme-limit.ts';
import { explainSchema, type SchemaNode } from './explain-schema.ts';
import type { SchemeError } from './scheme-error.ts';
import type { SchemeFinding } from './scheme-finding.ts';
import { MAX_SCHEME_DEPTH, MAX_SCHEME_VALUES } from './scheme-limits.ts';
import { formatSchemePath, type SchemePath } from './scheme-path.ts';

/**
 * What `checkScheme` or {@link checkSchemeValue} found: the scheme, its stamp and any warnings; or
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

let validator: Validator | undefined;

/**
 * Checks a scheme given as a value (already parsed, or built in code): the
 * structure and meaning phases of `checkScheme`, whose answer for a value is
 * this one's. It never reads text, so it does not bring in the YAML parser:
 * a page that checks a scheme on every edit (the dashboard) loads the parser
 * only when a scheme file is read. Errors have no line. Never throws: a value
 * nested deeper than `MAX_SCHEME_DEPTH` or holding more than
 * `MAX_SCHEME_VALUES` values is refused with one error before any check walks
 * it, and a failing check is returned as the error `check.failed`.
 *
 * @example
 * const check = checkSchemeValue(editedScheme);
 * if (check.ok) scoreUnits(rows, check.scheme, { stamp: check.stamp });
 */
export function checkSchemeValue(value: unknown): SchemeCheck {
  return neverThrowing(() => {
    const exceeded = exceededSchemeLimit(value);
    if (exceeded !== null) {
      const path = formatSchemePath(exceeded.path);
      const body = exceeded.code === 'nesting.too_deep' ? schemeMessages.tooDeep(MAX_SCHEME_DEPTH, null, null) : schemeMessages.tooManyValues(MAX_SCHEME_VALUES);
      const expected = `at most ${MAX_SCHEME_VALUES} values and ${MAX_SCHEME_DEPTH} levels`;
      return { ok: false, errors: [{ code: exceeded.code, path, expected, actual: 'more', message: schemeMessages.at(path, body) }], warnings: [] };
    }
    return judgeScheme(value, null);
  });
}

/**
 * Runs a check, turning anything it throws into the error `check.failed`
 * (fazhi's fault, not the file's), so that checking never throws.
 *
 * @example
 * neverThrowing(() => judgeScheme(value, null));
 */
export function neverThrowing(run: () => SchemeCheck): SchemeCheck {
  try {
    return run();
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]!.slice(0, 200)}` : 'unknown';
    const failed: SchemeError = { code: 'check.failed', path: '', expected: 'a check', actual: detail, message: schemeMessages.checkFailed(detail) };
    return { ok: false, errors: [failed], warnings: [] };
  }
}

/**
 * The structure and meaning phases over a value within the limits: the JSON
 * Schema validation explained node by node, then `checkMeaning`; `locate`
 * gives each error's line and column when the value came from text.
 *
 * @example
 * const parsed = parseSchemeText(text);
 * if (parsed.ok) judgeScheme(parsed.value, parsed.locate);
 */
export function judgeScheme(value: unknown, locate: ((path: SchemePath) => { line: number; column: number } | null) | null): SchemeCheck {
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
