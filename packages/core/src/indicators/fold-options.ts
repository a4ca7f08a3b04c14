import type { Literal, Predicate } from './indicator-declaration.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';

/**
 * A predicate with its option tests decided: `{ option: o, eq: v }` (and
 * `ne`, `in`, `present`) becomes true or false for the options given, and
 * `all` / `any` / `not` are simplified around the constants, so that what is
 * left reads records only — or the whole predicate is a constant. The
 * engine compiles the folded form; a SQL compiler can fold the same way.
 *
 * @example
 * const base = { any: [
 *   { all: [{ option: 'headAppearanceBase', eq: 'hearings' }, { field: 'hearing_held', eq: true }] },
 *   { all: [{ option: 'headAppearanceBase', eq: 'notified' }, { field: 'head_notified', eq: 'yes' }] },
 * ] };
 * foldOptions(base, resolveIndicatorOptions()); // { field: 'hearing_held', eq: true }
 * foldOptions({ option: 'lossRateIncludesWithdrawals', eq: true }, resolveIndicatorOptions()); // true
 */
export function foldOptions(predicate: Predicate, options: ResolvedIndicatorOptions): Predicate | boolean {
  if ('all' in predicate || 'any' in predicate) {
    const isAll = 'all' in predicate;
    const parts: Predicate[] = [];
    for (const part of isAll ? predicate.all : predicate.any) {
      const folded = foldOptions(part, options);
      // true decides an `any`, false an `all`; the other constant drops out.
      if (folded === !isAll) return !isAll;
      if (typeof folded !== 'boolean') parts.push(folded);
    }
    if (parts.length === 0) return isAll;
    if (parts.length === 1) return parts[0]!;
    return isAll ? { all: parts } : { any: parts };
  }
  if ('not' in predicate) {
    const folded = foldOptions(predicate.not, options);
    return typeof folded === 'boolean' ? !folded : { not: folded };
  }
  if ('option' in predicate && Object.keys(predicate).length === 2) {
    const value: Literal = options[predicate.option];
    if ('eq' in predicate) return value === predicate.eq;
    if ('ne' in predicate) return value !== predicate.ne;
    if ('in' in predicate) return predicate.in.includes(value);
    if ('present' in predicate) return predicate.present;
  }
  return predicate;
}
