import { describe, expect, it } from 'vitest';
import { resolveIndicatorOptions } from '../../src/indicators/indicator-options.ts';
import { exprSql, measureSql, predicateSql, yearSql, type DeclarationSqlContext } from '../../src/sql/declaration-sql.ts';
import { DUCKDB_DIALECT } from '../../src/sql/sql-dialect.ts';

const context = (dataset: DeclarationSqlContext['dataset']): DeclarationSqlContext => ({ dialect: DUCKDB_DIALECT, options: resolveIndicatorOptions(), dataset });
const docs = context('documents');

describe('predicateSql: two-valued, like the JS engine', () => {
  it('eq and in are false for a NULL value, ne true, present IS [NOT] NULL, comparisons false when a side is NULL', () => {
    expect(predicateSql({ field: 'legality_reviewed', eq: 'yes' }, docs)).toBe(`COALESCE("legality_reviewed" = 'yes', FALSE)`);
    expect(predicateSql({ field: 'legality_reviewed', in: ['yes', 'na'] }, docs)).toBe(`COALESCE("legality_reviewed" IN ('yes', 'na'), FALSE)`);
    expect(predicateSql({ field: 'legality_reviewed', ne: 'na' }, docs)).toBe(`"legality_reviewed" IS DISTINCT FROM 'na'`);
    expect(predicateSql({ field: 'filed_on', present: false }, docs)).toBe('"filed_on" IS NULL');
    expect(predicateSql({ daysBetween: [{ field: 'issued_on' }, { field: 'filed_on' }], le: 30 }, docs)).toBe(`COALESCE(date_diff('day', "issued_on", "filed_on") <= 30, FALSE)`);
  });
  it('all of nothing is TRUE, any of nothing FALSE, in of nothing FALSE, not is plain NOT', () => {
    expect(predicateSql({ all: [] }, docs)).toBe('TRUE');
    expect(predicateSql({ any: [] }, docs)).toBe('FALSE');
    expect(predicateSql({ field: 'unit', in: [] }, docs)).toBe('FALSE');
    expect(predicateSql({ not: { field: 'compliant', eq: false } }, docs)).toBe('NOT COALESCE("compliant" = FALSE, FALSE)');
  });
  it('a string constant is quoted with its quotes doubled', () => {
    expect(predicateSql({ field: 'unit', eq: "O'Brien's" }, docs)).toBe(`COALESCE("unit" = 'O''Brien''s', FALSE)`);
  });
});

describe('exprSql, measureSql, yearSql', () => {
  it('a field with fallbacks is COALESCE, add is +, if is CASE, an option a commented constant', () => {
    expect(exprSql({ field: ['published_on', 'issued_on'] }, docs)).toBe('COALESCE("published_on", "issued_on")');
    const reviews = context('reconsideration');
    expect(exprSql({ add: [{ option: 'reconsiderationDeadlineDays' }, { if: { field: 'extended', eq: true }, then: { option: 'reconsiderationExtensionDays' }, else: 0 }] }, reviews))
      .toBe('(/* reconsiderationDeadlineDays */ 60 + CASE WHEN COALESCE("extended" = TRUE, FALSE) THEN /* reconsiderationExtensionDays */ 30 ELSE 0 END)');
  });
  it('a count is count(*) with a FILTER, a sum the dialect\'s exact sum with its filter inside, 0 when nothing is summed', () => {
    expect(measureSql({ count: true }, docs)).toBe('CAST(count(*) AS DOUBLE)');
    expect(measureSql({ count: { field: 'filed_on', present: true } }, docs)).toBe('CAST(count(*) FILTER (WHERE "filed_on" IS NOT NULL) AS DOUBLE)');
    const sum = measureSql({ sum: { field: 'deaths' }, where: { field: 'grade', eq: '重大' } }, context('safety_incidents'));
    expect(sum.startsWith('COALESCE(CASE WHEN bool_and(')).toBe(true);
    expect(sum.endsWith(', 0)')).toBe(true);
    expect(sum.match(/FILTER \(WHERE COALESCE\("grade" = '重大', FALSE\)\)/g)).toHaveLength(3);
  });
  it('the year of dates is year(COALESCE(…)), of a year field the field itself; a mix is refused', () => {
    expect(yearSql(['heard_on', 'concluded_on', 'filed_on'], context('litigation'))).toBe('year(COALESCE("heard_on", "concluded_on", "filed_on"))');
    expect(yearSql(['year'], context('enforcement_reviews'))).toBe('"year"');
    expect(() => yearSql(['year', 'reviewed_on'], context('enforcement_reviews'))).toThrow(TypeError);
  });
});
