/**
 * The SQL dialects {@link compileSql} writes.
 *
 * @example
 * SQL_DIALECT_NAMES; // ['duckdb']
 */
export const SQL_DIALECT_NAMES = ['duckdb'] as const;

/**
 * A dialect name, e.g. `'duckdb'`.
 *
 * @example
 * const name: SqlDialectName = 'duckdb';
 */
export type SqlDialectName = (typeof SQL_DIALECT_NAMES)[number];

/**
 * The column types of the normalised dataset tables: `text` (a string, a
 * flag `'yes' | 'no' | 'na'`, an enum value), `date` (a calendar date),
 * `boolean`, `integer` (years, source rows), `double` (every other number)
 * and `text_list` (the aliases of units.csv).
 *
 * @example
 * const type: SqlColumnType = 'date';
 */
export type SqlColumnType = 'text' | 'date' | 'boolean' | 'integer' | 'double' | 'text_list';

/**
 * Everything that differs from one SQL dialect to another in the views
 * {@link compileSql} writes — and nothing else: the rest of the SQL is
 * standard (`count(*) FILTER (WHERE …)`, `GROUP BY GROUPING SETS`,
 * `grouping()`, `COALESCE`, `IS DISTINCT FROM`, `CASE`, `row_number()
 * OVER`, `UNION ALL`) and reads the same in DuckDB and PostgreSQL. A
 * PostgreSQL port is one more object of this shape (see docs/indicators.md,
 * "Indicators as SQL").
 *
 * @example
 * DUCKDB_DIALECT.daysBetween('a', 'b'); // "date_diff('day', a, b)"
 */
export interface SqlDialect {
  /** The dialect's name. */
  readonly name: SqlDialectName;
  /** The SQL type of each column type. */
  readonly types: Readonly<Record<SqlColumnType, string>>;
  /** A quoted identifier. */
  ident(name: string): string;
  /** A constant: a string, a number (exact: integers as such, other numbers as a double) or a boolean. */
  literal(value: string | number | boolean): string;
  /** Calendar days from date `from` to date `to` (to − from), null when either is null. */
  daysBetween(from: string, to: string): string;
  /** The calendar year of a date, as an integer. */
  yearOf(date: string): string;
  /**
   * The exact sum of a double expression over the rows of a group for which
   * the condition `where` holds (all rows when omitted), correctly rounded
   * like the JS engine's full-precision adder, so that it does not depend on
   * the order rows are added in; null terms add nothing, NULL when nothing
   * is summed.
   */
  sum(expr: string, where?: string): string;
  /** True when a double is neither infinite nor NaN (false for null). */
  isFinite(expr: string): string;
  /** True when a double is NaN (false for null). */
  isNaN(expr: string): string;
  /** `base` raised to `exponent`, as doubles. */
  power(base: string, exponent: string): string;
  /** A text expression as a sort key in code-point order (UTF-8 byte order). */
  codePointOrder(expr: string): string;
}

/** 2^60 and 2^40 as DuckDB double literals (a literal with a decimal point and no exponent would be a DECIMAL). */
const TWO_TO_60 = '1.152921504606846976e18';
const TWO_TO_40 = '1.099511627776e12';

/** Plain identifiers still quoted: they may be keywords in one dialect or another (`year`, `value`, `procedure`). */
const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * The DuckDB dialect (DuckDB 1.x): `date_diff('day', a, b)`, `year(d)`,
 * exact sums of doubles as sums of 128-bit integers (`HUGEINT`, the terms
 * scaled by 2^60; DuckDB's `sum` and `fsum` of doubles depend on the order
 * its threads add in), `isfinite`, `isnan`, `pow`, and text ordered by its
 * bytes (DuckDB's default binary collation, which is code-point order).
 *
 * @example
 * DUCKDB_DIALECT.literal("不适用"); // "'不适用'"
 * DUCKDB_DIALECT.literal(59.5); // 'CAST(59.5 AS DOUBLE)'
 * DUCKDB_DIALECT.types.date; // 'DATE'
 */
export const DUCKDB_DIALECT: SqlDialect = {
  name: 'duckdb',
  types: { text: 'VARCHAR', date: 'DATE', boolean: 'BOOLEAN', integer: 'INTEGER', double: 'DOUBLE', text_list: 'VARCHAR[]' },
  ident: quoteIdent,
  literal(value) {
    if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (!Number.isFinite(value)) throw new RangeError(`invalid literal: ${String(value)} (expected a finite number)`);
    // A safe integer is exact as SQL's INTEGER / BIGINT; any other number is the double JavaScript holds.
    return Number.isSafeInteger(value) ? String(value) : `CAST(${String(value)} AS DOUBLE)`;
  },
  daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
  yearOf: (date) => `year(${date})`,
  sum(expr, where) {
    const filter = where === undefined ? '' : ` FILTER (WHERE ${where})`;
    // Every term whose binary digits stop at 2^-60 and that is below 2^40 in magnitude (scores, weights, deaths) is
    // an integer times 2^-60: summed as 128-bit integers it is exact, and its decimal text rounds once to a double.
    // A group with another term falls back to fsum (compensated, not always correctly rounded).
    const scaled = `(${expr}) * ${TWO_TO_60}`;
    const exact = `abs(${expr}) < ${TWO_TO_40} AND ${scaled} = trunc(${scaled})`;
    const summed = `sum(CAST(CASE WHEN ${exact} THEN ${scaled} ELSE 0 END AS HUGEINT))${filter}`;
    return `CASE WHEN bool_and(${exact})${filter} IS NOT FALSE THEN CAST(CAST(${summed} AS VARCHAR) AS DOUBLE) / ${TWO_TO_60} ELSE fsum(${expr})${filter} END`;
  },
  isFinite: (expr) => `isfinite(${expr})`,
  isNaN: (expr) => `isnan(${expr})`,
  power: (base, exponent) => `pow(${base}, ${exponent})`,
  codePointOrder: (expr) => expr,
};

/**
 * The dialects by name.
 *
 * @example
 * SQL_DIALECTS.duckdb.name; // 'duckdb'
 */
export const SQL_DIALECTS: Readonly<Record<SqlDialectName, SqlDialect>> = { duckdb: DUCKDB_DIALECT };
