import type { ChangeDeclaration } from '../indicators/indicator-declaration.ts';
import { JURISDICTION } from '../indicators/indicator-row.ts';
import { ratioSql } from './ratio-sql.ts';
import type { SqlDialect } from './sql-dialect.ts';

/**
 * The SELECT of a `change` indicator's rows, over the view of its base
 * count (`baseView`): a unit's rows are its base years, plus the year after
 * each of them in which the jurisdiction has a base row (so a unit that went
 * down to none shows −100 %); numerator = this year's figure − last year's,
 * denominator = last year's, a year without a base row counting as 0.
 *
 * @example
 * changeViewSql(catalogueEntry('safety.incidents_yoy').declaration as ChangeDeclaration, '"fazhi_safety_incidents"', DUCKDB_DIALECT)
 *   .startsWith('WITH base AS (SELECT unit, year, numerator FROM "fazhi_safety_incidents")'); // true
 */
export function changeViewSql(declaration: ChangeDeclaration, baseView: string, dialect: SqlDialect): string {
  return [
    `WITH base AS (SELECT unit, year, numerator FROM ${baseView}),`,
    'row_keys AS (',
    '  SELECT unit, year FROM base',
    '  UNION',
    '  SELECT earlier.unit, earlier.year + 1 FROM base AS earlier',
    `  JOIN base AS jurisdiction ON jurisdiction.unit = ${dialect.literal(JURISDICTION)} AND jurisdiction.year = earlier.year + 1`,
    '),',
    'figures AS (',
    '  SELECT row_keys.unit, row_keys.year,',
    '    COALESCE(this_year.numerator, 0) AS this_year, COALESCE(last_year.numerator, 0) AS last_year',
    '  FROM row_keys',
    '  LEFT JOIN base AS this_year ON this_year.unit = row_keys.unit AND this_year.year = row_keys.year',
    '  LEFT JOIN base AS last_year ON last_year.unit = row_keys.unit AND last_year.year = row_keys.year - 1',
    ')',
    `SELECT ${dialect.literal(declaration.id)} AS indicator, unit, year, this_year - last_year AS numerator, last_year AS denominator,`,
    `  ${ratioSql('(this_year - last_year)', 'last_year', dialect)} AS value`,
    'FROM figures',
  ].join('\n');
}
