import type { SqlDialect } from './sql-dialect.ts';

/**
 * The SQL of `rateValue`: numerator / denominator as a double, NULL when
 * the denominator is 0 or the quotient is not finite. Both operands must
 * already be doubles (a plain `/` of two integers divides whole numbers in
 * PostgreSQL).
 *
 * @example
 * ratioSql('n', 'd', DUCKDB_DIALECT); // 'CASE WHEN d = 0 OR NOT isfinite(n / d) THEN NULL ELSE n / d END'
 */
export function ratioSql(numerator: string, denominator: string, dialect: SqlDialect): string {
  const quotient = `${numerator} / ${denominator}`;
  return `CASE WHEN ${denominator} = 0 OR NOT ${dialect.isFinite(quotient)} THEN NULL ELSE ${quotient} END`;
}
