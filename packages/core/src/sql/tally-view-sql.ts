import type { TallyDeclaration } from '../indicators/indicator-declaration.ts';
import { JURISDICTION } from '../indicators/indicator-row.ts';
import { measureSql, predicateSql, yearSql, type DeclarationSqlContext } from './declaration-sql.ts';
import { ratioSql } from './ratio-sql.ts';

/**
 * The SELECT of a `tally` indicator's rows (indicator, unit, year,
 * numerator, denominator, value): each record gets its year, records in no
 * year or outside the filter are left out, and the measures are aggregated
 * per unit × year and per year for the jurisdiction `*` in one `GROUP BY
 * GROUPING SETS ((unit, year), (year))`, the (blank unit, year) group of
 * the first set dropped (those records count for `*` only). A row exists for
 * every group, even when its denominator is 0 (value null).
 *
 * @example
 * const sql = tallyViewSql(catalogueEntry('documents.issued').declaration as TallyDeclaration, context);
 * sql.includes('GROUP BY GROUPING SETS (("unit", "record_year"), ("record_year"))'); // true
 */
export function tallyViewSql(declaration: TallyDeclaration, context: DeclarationSqlContext): string {
  const { dialect } = context;
  const unit = dialect.ident('unit');
  const year = dialect.ident('record_year');
  const numerator = measureSql(declaration.numerator, context);
  const denominator = declaration.denominator === null ? null : measureSql(declaration.denominator, context);
  const where = [`${year} IS NOT NULL`];
  if (declaration.filter !== undefined) where.push(predicateSql(declaration.filter, context));
  return [
    'WITH tally AS (',
    '  SELECT',
    `    CASE WHEN grouping(${unit}) = 1 THEN ${dialect.literal(JURISDICTION)} ELSE ${unit} END AS unit,`,
    `    CAST(${year} AS INTEGER) AS year,`,
    `    ${numerator} AS numerator,`,
    `    ${denominator ?? `CAST(NULL AS ${dialect.types.double})`} AS denominator`,
    `  FROM (SELECT *, ${yearSql(declaration.year, context)} AS ${year} FROM ${dialect.ident(declaration.dataset)}) AS records`,
    `  WHERE ${where.join('\n    AND ')}`,
    `  GROUP BY GROUPING SETS ((${unit}, ${year}), (${year}))`,
    `  HAVING grouping(${unit}) = 1 OR ${unit} IS NOT NULL`,
    ')',
    `SELECT ${dialect.literal(declaration.id)} AS indicator, unit, year, numerator, denominator,`,
    `  ${denominator === null ? 'numerator' : ratioSql('numerator', 'denominator', dialect)} AS value`,
    'FROM tally',
  ].join('\n');
}
