import type { SchemeError } from '@fazhi/core';

/**
 * The errors or warnings of a scheme check that belong to one node of the
 * editor: those whose path is the node's path or lies inside it (`prefix`,
 * e.g. `dimensions[1].items[0]`), leaving out those inside any of `except`
 * (a dimension shows its own findings, its items show theirs).
 *
 * @example
 * schemeFindings(check.errors, 'dimensions[1]', ['dimensions[1].items']); // the dimension's points-sum error, not its items' errors
 */
export function schemeFindings(findings: readonly SchemeError[], prefix: string, except: readonly string[] = []): SchemeError[] {
  return findings.filter((f) => inside(f.path, prefix) && !except.some((e) => inside(f.path, e)));
}

function inside(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}
