import type { Expr, Literal, Measure, Predicate } from '../../packages/core/src/index.ts';

/**
 * A declared predicate, expression or measure in words and symbols, for the
 * formula table of docs/indicators.md: `filing_required = true and
 * days(published_on ?? issued_on → filed_on) ≤ filingDeadlineDays`.
 *
 * @example
 * predicateText({ field: 'legality_reviewed', ne: 'na' }); // "legality_reviewed ≠ 'na'"
 */
export function predicateText(predicate: Predicate): string {
  if ('all' in predicate) return predicate.all.length === 0 ? 'true' : predicate.all.map((p) => grouped(p, 'all')).join(' and ');
  if ('any' in predicate) return predicate.any.length === 0 ? 'false' : predicate.any.map((p) => grouped(p, 'any')).join(' or ');
  if ('not' in predicate) return `not (${predicateText(predicate.not)})`;
  const node: Record<string, unknown> = { ...predicate };
  for (const [test, symbol] of [['eq', '='], ['ne', '≠'], ['le', '≤'], ['lt', '<'], ['ge', '≥'], ['gt', '>']] as const) {
    if (!(test in node)) continue;
    const operand = node[test] as Expr;
    delete node[test];
    return `${exprText(node as Expr)} ${symbol} ${exprText(operand)}`;
  }
  if ('in' in node) {
    const values = node['in'] as readonly Literal[];
    delete node['in'];
    return `${exprText(node as Expr)} ∈ {${values.map(literalText).join(', ')}}`;
  }
  const present = node['present'] as boolean;
  delete node['present'];
  return `${exprText(node as Expr)} ${present ? 'is present' : 'is blank'}`;
}

/**
 * An expression in symbols: fields by name (`a ?? b` for fallbacks), options
 * by name, `days(a → b)`, `a + b`, `(if p then a else b)`.
 *
 * @example
 * exprText({ add: [{ option: 'reconsiderationDeadlineDays' }, 30] }); // 'reconsiderationDeadlineDays + 30'
 */
export function exprText(expr: Expr): string {
  if (typeof expr !== 'object') return literalText(expr);
  if ('field' in expr) return typeof expr.field === 'string' ? expr.field : expr.field.join(' ?? ');
  if ('option' in expr) return expr.option;
  if ('daysBetween' in expr) return `days(${exprText(expr.daysBetween[0])} → ${exprText(expr.daysBetween[1])})`;
  if ('add' in expr) return expr.add.map(exprText).join(' + ');
  return `(if ${predicateText(expr.if)} then ${exprText(expr.then)} else ${exprText(expr.else)})`;
}

/**
 * A numerator or denominator: `records`, `records where …`, `Σ e`, `Σ e over records where …`.
 *
 * @example
 * measureText({ count: { field: 'lost', eq: true } }); // 'records where lost = true'
 */
export function measureText(measure: Measure): string {
  if ('count' in measure) return measure.count === true ? 'records' : `records where ${predicateText(measure.count)}`;
  const sum = `Σ ${exprText(measure.sum)}`;
  return measure.where === undefined ? sum : `${sum} over records where ${predicateText(measure.where)}`;
}

/**
 * The options a declaration part reads, in order of first use.
 *
 * @example
 * optionsRead({ count: { daysBetween: [{ field: 'issued_on' }, { field: 'filed_on' }], le: { option: 'filingDeadlineDays' } } }); // ['filingDeadlineDays']
 */
export function optionsRead(part: unknown): string[] {
  const found: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) for (const y of x) walk(y);
    else if (x !== null && typeof x === 'object') {
      for (const [key, value] of Object.entries(x)) {
        if (key === 'option' && typeof value === 'string') {
          if (!found.includes(value)) found.push(value);
        } else walk(value);
      }
    }
  };
  walk(part);
  return found;
}

function literalText(value: Literal): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

function grouped(predicate: Predicate, within: 'all' | 'any'): string {
  const text = predicateText(predicate);
  const other = within === 'all' ? 'any' : 'all';
  return other in predicate && (predicate as Record<string, readonly unknown[]>)[other]!.length > 1 ? `(${text})` : text;
}
