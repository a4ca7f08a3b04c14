/**
 * A node's address inside a scheme: property names and array indices from the
 * root, e.g. `['dimensions', 2, 'items', 0, 'rule', 'per']`.
 *
 * @example
 * const path: SchemePath = ['dimensions', 2, 'points'];
 */
export type SchemePath = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a reader of the file looks for it:
 * `dimensions[2].items[0].rule.per`; keys that are not identifiers are quoted
 * (`name["zh-TW"]`); the root is `''`. A key longer than 60 characters is
 * cut to 57 and `…`, so that a hostile key does not make a huge message.
 *
 * @example
 * formatSchemePath(['dimensions', 2, 'items', 0, 'rule', 'per']); // 'dimensions[2].items[0].rule.per'
 * formatSchemePath(['name', 'zh-TW']); // 'name["zh-TW"]'
 */
export function formatSchemePath(path: SchemePath): string {
  let out = '';
  for (const full of path) {
    const step = typeof full === 'string' && full.length > 60 ? `${full.slice(0, 57)}…` : full;
    if (typeof step === 'number') out += `[${step}]`;
    else if (IDENTIFIER.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
