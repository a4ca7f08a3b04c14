import { describe, expect, it } from 'vitest';
import { INDICATOR_DECLARATIONS } from '../../src/indicators/catalogue.ts';
import type { IndicatorDeclaration, TallyDeclaration } from '../../src/indicators/indicator-declaration.ts';
import { compileSql } from '../../src/sql/compile-sql.ts';

const DECLARATIONS: readonly IndicatorDeclaration[] = INDICATOR_DECLARATIONS;
const byId = (id: string) => DECLARATIONS.find((d) => d.id === id)!;

describe('compileSql', () => {
  it('compileSql writes one view per indicator, the business helper and the rows view, each after the views it reads', () => {
    const program = compileSql(DECLARATIONS, 'duckdb');
    const names = program.views.map((v) => v.name);
    expect(names).toHaveLength(DECLARATIONS.length + 2);
    expect(names.at(-1)).toBe(program.rowsView);
    for (const view of program.views) {
      for (const read of view.sql.matchAll(/FROM ("fazhi_\w+")/g)) {
        expect(names.indexOf(read[1]!), `${view.name} reads ${read[1]}`).toBeLessThan(names.indexOf(view.name));
      }
    }
    for (const d of DECLARATIONS) expect(names).toContain(`"fazhi_${d.id.replace('.', '_')}"`);
  });

  it('compileSql lists the tables the views read, with the columns they read, in dataset order (units and activities are read by none)', () => {
    const { tables } = compileSql(DECLARATIONS, 'duckdb');
    expect(tables.map((t) => t.dataset)).toEqual(['documents', 'litigation', 'reconsideration', 'enforcement_reviews', 'decisions', 'safety_incidents', 'economy', 'business_environment']);
    expect(tables.find((t) => t.dataset === 'documents')?.columns).toEqual(['unit', 'issued_on', 'published_on', 'filing_required', 'filed_on', 'legality_reviewed', 'compliant']);
    expect(tables.find((t) => t.dataset === 'economy')?.columns).toEqual(['source_file', 'source_row', 'year', 'gdp']);
  });

  it('compileSql writes the options into the views as constants, named in a comment', () => {
    const base = compileSql(DECLARATIONS, 'duckdb').script;
    const changed = compileSql(DECLARATIONS, 'duckdb', { filingDeadlineDays: 15, headAppearanceBase: 'notified', enforcementPassScore: 59.5 }).script;
    expect(base).toContain('/* filingDeadlineDays */ 30');
    expect(changed).toContain('/* filingDeadlineDays */ 15');
    expect(changed).toContain(`/* headAppearanceBase */ 'notified'`);
    expect(changed).toContain('/* enforcementPassScore */ CAST(59.5 AS DOUBLE)');
  });

  it('compileSql keeps the asked years in the rows view only: the indicator views (and so the changes) still see every year', () => {
    const program = compileSql(DECLARATIONS, 'duckdb', { years: [2019, 2018] });
    expect(program.views.at(-1)?.sql).toMatch(/WHERE year IN \(2018, 2019\)$/);
    expect(program.views.slice(0, -1).some((v) => v.sql.includes('2019'))).toBe(false);
  });

  it('compileSql orders the rows like computeIndicators: declaration order, the jurisdiction first, then units by code point, years, dimensions, items', () => {
    expect(compileSql(DECLARATIONS, 'duckdb').query).toMatch(/ORDER BY position, unit <> '\*', unit, year, dimension, item, numerator$/);
  });

  it('compileSql compiles a subset of the catalogue, each change with its base and each custom indicator with what it needs', () => {
    const program = compileSql([byId('safety.deaths'), byId('safety.deaths_yoy'), byId('safety.deaths_per_100m_gdp')], 'duckdb');
    expect(program.views.map((v) => v.name)).toEqual(['"fazhi_safety_deaths"', '"fazhi_safety_deaths_yoy"', '"fazhi_safety_deaths_per_100m_gdp"', '"fazhi_indicator_rows"']);
    expect(compileSql([], 'duckdb').tables).toEqual([]);
  });

  it('compileSql refuses a change without its base, a custom indicator without its needs or without SQL, and an unknown dialect (TypeError)', () => {
    expect(() => compileSql([byId('safety.deaths_yoy')], 'duckdb')).toThrow(/invalid change: safety.deaths_yoy needs safety.deaths/);
    expect(() => compileSql([byId('safety.deaths_per_100m_gdp')], 'duckdb')).toThrow(/invalid custom indicator: safety.deaths_per_100m_gdp needs safety.deaths/);
    expect(() => compileSql([byId('business.score')], 'duckdb', { customs: [] })).toThrow(/no SQL computes business.score/);
    expect(() => compileSql(DECLARATIONS, 'postgres' as 'duckdb')).toThrow(TypeError);
  });

  it('compileSql refuses a field the dataset does not have, a year rule that mixes dates and years, and a malformed predicate', () => {
    const base = byId('documents.filing_rate') as TallyDeclaration;
    expect(() => compileSql([{ ...base, numerator: { count: { field: 'filed', present: true } } }], 'duckdb')).toThrow(/"filed" is not a field of documents/);
    const reviews = byId('enforcement.files_reviewed') as TallyDeclaration;
    expect(() => compileSql([{ ...reviews, year: ['reviewed_on', 'year'] }], 'duckdb')).toThrow(/invalid year/);
    expect(() => compileSql([{ ...base, filter: { field: 'filed_on' } as never }], 'duckdb')).toThrow(/invalid predicate/);
  });

  it('compileSql does not depend on the machine: the same declarations give the same script', () => {
    expect(compileSql(DECLARATIONS, 'duckdb').script).toBe(compileSql([...DECLARATIONS], 'duckdb').script);
  });
});
