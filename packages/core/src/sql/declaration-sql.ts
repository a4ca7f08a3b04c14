import type { DatasetId } from '../datasets/records.ts';
import type { Expr, FieldRef, Measure, Predicate } from '../indicators/indicator-declaration.ts';
import type { ResolvedIndicatorOptions } from '../indicators/indicator-options.ts';
import { RECORD_COLUMNS } from './record-columns.ts';
import type { SqlColumnType, SqlDialect } from './sql-dialect.ts';

/**
 * What the parts of a declaration compile with: the dialect, the options
 * (constants of the run) and the dataset whose columns the fields name.
 *
 * @example
 * const context: DeclarationSqlContext = { dialect: DUCKDB_DIALECT, options: resolveIndicatorOptions(), dataset: 'documents' };
 */
export interface DeclarationSqlContext {
  /** The SQL dialect. */
  readonly dialect: SqlDialect;
  /** The resolved options, written into the SQL as constants. */
  readonly options: ResolvedIndicatorOptions;
  /** The dataset the fields belong to. */
  readonly dataset: DatasetId;
}

const TESTS = ['eq', 'ne', 'in', 'present', 'le', 'lt', 'ge', 'gt'] as const;
const COMPARISONS = { le: '<=', lt: '<', ge: '>=', gt: '>' } as const;

/** The column type of a field, or a TypeError naming it when the dataset has no such field. */
function fieldType(field: string, context: DeclarationSqlContext): SqlColumnType {
  const type = (RECORD_COLUMNS[context.dataset] as Readonly<Record<string, SqlColumnType>>)[field];
  if (type === undefined) throw new TypeError(`invalid field: ${JSON.stringify(field)} is not a field of ${context.dataset}`);
  return type;
}

function fieldSql(ref: FieldRef, context: DeclarationSqlContext): string {
  const fields = typeof ref === 'string' ? [ref] : ref;
  if (fields.length === 0) throw new TypeError('invalid field: an empty list of fields');
  for (const field of fields) fieldType(field, context);
  const names = fields.map((f) => context.dialect.ident(f));
  return names.length === 1 ? names[0]! : `COALESCE(${names.join(', ')})`;
}

/**
 * A declared {@link Expr} as a SQL expression (null where the JS engine's
 * value is null): `COALESCE` for a field with fallbacks, the dialect's day
 * difference for `daysBetween`, `+` for `add`, `CASE` for `if`, and an
 * option as a constant (commented with its name). Throws a TypeError for a
 * malformed expression or an unknown field.
 *
 * @example
 * const context = { dialect: DUCKDB_DIALECT, options: resolveIndicatorOptions(), dataset: 'documents' } as const;
 * exprSql({ daysBetween: [{ field: ['published_on', 'issued_on'] }, { field: 'filed_on' }] }, context);
 * // `date_diff('day', COALESCE("published_on", "issued_on"), "filed_on")`
 * exprSql({ option: 'filingDeadlineDays' }, context); // '/* filingDeadlineDays *\/ 30'
 */
export function exprSql(expr: Expr, context: DeclarationSqlContext): string {
  const { dialect, options } = context;
  if (typeof expr !== 'object') return dialect.literal(expr);
  if ('field' in expr) return fieldSql(expr.field, context);
  if ('option' in expr) return `/* ${expr.option} */ ${dialect.literal(options[expr.option])}`;
  if ('daysBetween' in expr) return dialect.daysBetween(exprSql(expr.daysBetween[0], context), exprSql(expr.daysBetween[1], context));
  if ('add' in expr) return expr.add.length === 0 ? '0' : `(${expr.add.map((e) => exprSql(e, context)).join(' + ')})`;
  if ('if' in expr) return `CASE WHEN ${predicateSql(expr.if, context)} THEN ${exprSql(expr.then, context)} ELSE ${exprSql(expr.else, context)} END`;
  throw new TypeError(`invalid expression: ${JSON.stringify(expr)} (expected one of field, option, daysBetween, add, if)`);
}

/**
 * A declared {@link Predicate} as a SQL condition that is TRUE or FALSE for
 * every row, never NULL (the JS engine's two-valued logic): `eq` / `in` and
 * the comparisons are wrapped in `COALESCE(…, FALSE)`, `ne` is `IS DISTINCT
 * FROM`, `present` is `IS [NOT] NULL`; so `NOT` is plain. `all` of nothing
 * is TRUE, `any` of nothing FALSE.
 *
 * @example
 * const context = { dialect: DUCKDB_DIALECT, options: resolveIndicatorOptions(), dataset: 'documents' } as const;
 * predicateSql({ field: 'legality_reviewed', ne: 'na' }, context); // `"legality_reviewed" IS DISTINCT FROM 'na'`
 * predicateSql({ all: [{ field: 'filing_required', eq: true }, { field: 'filed_on', present: true }] }, context);
 * // '(COALESCE("filing_required" = TRUE, FALSE) AND "filed_on" IS NOT NULL)'
 */
export function predicateSql(predicate: Predicate, context: DeclarationSqlContext): string {
  if ('all' in predicate) return predicate.all.length === 0 ? 'TRUE' : `(${predicate.all.map((p) => predicateSql(p, context)).join(' AND ')})`;
  if ('any' in predicate) return predicate.any.length === 0 ? 'FALSE' : `(${predicate.any.map((p) => predicateSql(p, context)).join(' OR ')})`;
  if ('not' in predicate) return `NOT ${predicateSql(predicate.not, context)}`;
  const tests = TESTS.filter((t) => t in predicate);
  if (tests.length !== 1) throw new TypeError(`invalid predicate: ${JSON.stringify(predicate)} (expected all, any, not, or one expression with one of ${TESTS.join(', ')})`);
  const test = tests[0]!;
  const node: Record<string, unknown> = { ...predicate };
  const operand = node[test];
  delete node[test];
  const value = exprSql(node as Expr, context);
  const { dialect } = context;
  switch (test) {
    case 'eq':
      return `COALESCE(${value} = ${dialect.literal(operand as string)}, FALSE)`;
    case 'ne':
      return `${value} IS DISTINCT FROM ${dialect.literal(operand as string)}`;
    case 'in': {
      const list = operand as readonly string[];
      return list.length === 0 ? 'FALSE' : `COALESCE(${value} IN (${list.map((v) => dialect.literal(v)).join(', ')}), FALSE)`;
    }
    case 'present':
      return `${value} IS ${operand ? 'NOT ' : ''}NULL`;
    default:
      return `COALESCE(${value} ${COMPARISONS[test]} ${exprSql(operand as Expr, context)}, FALSE)`;
  }
}

/**
 * A numerator or denominator as an aggregate over the rows of a group, a
 * double: `count(*) [FILTER (WHERE p)]`, or the dialect's exact sum of the
 * expression over the rows where p holds (null terms add nothing), 0 when
 * nothing is summed.
 *
 * @example
 * const context = { dialect: DUCKDB_DIALECT, options: resolveIndicatorOptions(), dataset: 'safety_incidents' } as const;
 * measureSql({ count: true }, context); // 'CAST(count(*) AS DOUBLE)'
 * measureSql({ sum: { field: 'deaths' } }, context).startsWith('COALESCE(CASE WHEN bool_and('); // true
 */
export function measureSql(measure: Measure, context: DeclarationSqlContext): string {
  if ('count' in measure) {
    const filter = measure.count === true ? '' : ` FILTER (WHERE ${predicateSql(measure.count, context)})`;
    return `CAST(count(*)${filter} AS ${context.dialect.types.double})`;
  }
  const where = measure.where === undefined ? undefined : predicateSql(measure.where, context);
  return `COALESCE(${context.dialect.sum(exprSql(measure.sum, context), where)}, 0)`;
}

/**
 * A declaration's `year` rule as an integer SQL expression, null for a
 * record in no year: the calendar year of the first non-null date field, or
 * the first non-null integer year field. Throws a TypeError when the fields
 * mix dates and years.
 *
 * @example
 * const context = { dialect: DUCKDB_DIALECT, options: resolveIndicatorOptions(), dataset: 'litigation' } as const;
 * yearSql(['heard_on', 'concluded_on', 'filed_on'], context); // 'year(COALESCE("heard_on", "concluded_on", "filed_on"))'
 */
export function yearSql(fields: readonly string[], context: DeclarationSqlContext): string {
  const types = new Set(fields.map((f) => fieldType(f, context)));
  const value = fieldSql(fields, context);
  if (types.size === 1 && types.has('date')) return context.dialect.yearOf(value);
  if (types.size === 1 && types.has('integer')) return value;
  throw new TypeError(`invalid year: ${JSON.stringify(fields)} of ${context.dataset} (expected date fields, or integer year fields)`);
}
