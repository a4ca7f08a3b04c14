import type { DatasetId } from '../datasets/records.ts';
import { DATASET_IDS } from '../datasets/records.ts';
import type { IndicatorDeclaration } from '../indicators/indicator-declaration.ts';
import { JURISDICTION } from '../indicators/indicator-row.ts';
import type { IndicatorOptions, ResolvedIndicatorOptions } from '../indicators/indicator-options.ts';
import { resolveIndicatorOptions } from '../indicators/indicator-options.ts';
import { changeViewSql } from './change-view-sql.ts';
import { createTableSql } from './create-table-sql.ts';
import type { CustomSql } from './custom-sql.ts';
import { CUSTOM_SQLS } from './custom-sqls.ts';
import { declarationFields } from './declaration-fields.ts';
import { recordColumns } from './record-columns.ts';
import { SQL_DIALECTS, type SqlDialectName } from './sql-dialect.ts';
import { tallyViewSql } from './tally-view-sql.ts';

/**
 * Options of {@link compileSql}: the indicator options (written into the
 * views as constants; `years` keeps only those years' rows in the rows
 * view, every year still read) and the SQL of custom declarations.
 *
 * @example
 * const options: CompileSqlOptions = { filingDeadlineDays: 15, years: [2019] };
 */
export interface CompileSqlOptions extends IndicatorOptions {
  /** The hand-written SQL of `custom` declarations. Default the catalogue's (GDP ratio, business scores). */
  customs?: readonly CustomSql[];
}

/**
 * One dataset table the views read.
 *
 * @example
 * const table: SqlTable = { dataset: 'economy', columns: ['source_file', 'source_row', 'year', 'gdp'], sql: 'CREATE TABLE "economy" (…)' };
 */
export interface SqlTable {
  /** The dataset, also the table's name. */
  readonly dataset: DatasetId;
  /** The columns the views read, in table order. */
  readonly columns: readonly string[];
  /** Its `CREATE TABLE` with every column of the dataset. */
  readonly sql: string;
}

/**
 * One view: its quoted name and its `CREATE OR REPLACE VIEW` statement.
 *
 * @example
 * const view: SqlView = { name: '"fazhi_documents_issued"', sql: 'CREATE OR REPLACE VIEW "fazhi_documents_issued" AS …' };
 */
export interface SqlView {
  /** The quoted view name. */
  readonly name: string;
  /** The statement, without a closing semicolon. */
  readonly sql: string;
}

/**
 * What {@link compileSql} writes: the tables it expects, the views in the
 * order they must be created, the view of every row and the query that
 * reads it in the JS engine's order.
 *
 * @example
 * const program: SqlProgram = compileSql(INDICATOR_DECLARATIONS, 'duckdb');
 * program.rowsView; // '"fazhi_indicator_rows"'
 */
export interface SqlProgram {
  /** The dialect written. */
  readonly dialect: SqlDialectName;
  /** The options the views were compiled with. */
  readonly options: ResolvedIndicatorOptions;
  /** The dataset tables the views read, in dataset order. */
  readonly tables: readonly SqlTable[];
  /** Every view, dependencies first, the rows view last. */
  readonly views: readonly SqlView[];
  /** The quoted name of the view of every row: position (declaration order from 1), indicator, unit, year, numerator, denominator, value, dimension, item. */
  readonly rowsView: string;
  /** `SELECT indicator, unit, year, numerator, denominator, value, dimension, item` from the rows view, in the order of `computeIndicators`. */
  readonly query: string;
  /** The whole program as one script for a data team: a header, the tables (`CREATE TABLE IF NOT EXISTS`), the views and the query. */
  readonly script: string;
}

/** The view of an indicator id or a helper: `fazhi_` and the name with dots as underscores. */
const viewName = (name: string): string => `fazhi_${name.replaceAll('.', '_')}`;

/**
 * Compiles indicator declarations to SQL views over the normalised dataset
 * tables (one table per dataset, columns of {@link RECORD_COLUMNS}): one
 * view per indicator whose rows (indicator, unit, year, numerator,
 * denominator, value) are those of the JS engine (`runDeclarations`) for the
 * same records and options. A `tally` is one aggregate over its dataset with
 * `count(*) FILTER (WHERE …)` measures and `GROUP BY GROUPING SETS` for the
 * jurisdiction `*`; a `change` a join of its base's view with itself; a
 * `custom` declaration is the SQL written by hand for it (`options.customs`).
 * The options are constants of the views. Throws a TypeError when a
 * declaration is malformed, a change's base or a custom's need is not among
 * the declarations, or a custom id has no SQL.
 *
 * @example
 * const program = compileSql(INDICATOR_DECLARATIONS, 'duckdb');
 * program.views.length; // 30 (28 indicators, the business helper, the rows view)
 * program.tables.map((t) => t.dataset); // ['documents', 'litigation', 'reconsideration', 'enforcement_reviews', 'decisions', 'safety_incidents', 'economy', 'business_environment']
 * compileSql(INDICATOR_DECLARATIONS, 'duckdb', { filingDeadlineDays: 15 }).script.includes('/* filingDeadlineDays *\/ 15'); // true
 */
export function compileSql(declarations: readonly IndicatorDeclaration[], dialectName: SqlDialectName, options: CompileSqlOptions = {}): SqlProgram {
  const { customs = CUSTOM_SQLS, ...indicatorOptions } = options;
  const dialect = SQL_DIALECTS[dialectName];
  if (dialect === undefined) throw new TypeError(`invalid dialect: ${JSON.stringify(dialectName)} (expected one of ${Object.keys(SQL_DIALECTS).join(', ')})`);
  const resolved = resolveIndicatorOptions(indicatorOptions);
  const byId = new Map(declarations.map((d) => [d.id, d]));
  const viewOf = (name: string): string => dialect.ident(viewName(name));
  const views: SqlView[] = [];
  const names = new Set<string>();
  const addView = (name: string, select: string): void => {
    const quoted = viewOf(name);
    if (names.has(quoted)) throw new TypeError(`invalid declarations: two views are named ${quoted} (ids differ only in . and _)`);
    names.add(quoted);
    views.push({ name: quoted, sql: `CREATE OR REPLACE VIEW ${quoted} AS\n${select}` });
  };
  const reads = new Map<DatasetId, Set<string>>();
  const read = (dataset: DatasetId, columns: Iterable<string>): void => {
    const set = reads.get(dataset) ?? new Set<string>();
    for (const column of columns) set.add(column);
    reads.set(dataset, set);
  };

  const done = new Set<string>();
  const customsDone = new Set<CustomSql>();
  const need = (id: string, by: IndicatorDeclaration): IndicatorDeclaration => {
    const declaration = byId.get(id);
    if (declaration === undefined) throw new TypeError(`invalid ${by.compute === 'change' ? 'change' : 'custom indicator'}: ${by.id} needs ${id} among the declarations`);
    return declaration;
  };
  const emit = (declaration: IndicatorDeclaration): void => {
    if (done.has(declaration.id)) return;
    done.add(declaration.id);
    const context = { dialect, options: resolved, dataset: declaration.dataset };
    if (declaration.compute === 'tally') {
      read(declaration.dataset, declarationFields(declaration));
      addView(declaration.id, tallyViewSql(declaration, context));
    } else if (declaration.compute === 'change') {
      emit(need(declaration.of, declaration));
      addView(declaration.id, changeViewSql(declaration, viewOf(declaration.of), dialect));
    } else {
      const custom = customs.find((c) => c.ids.includes(declaration.id));
      if (custom === undefined) throw new TypeError(`invalid custom indicator: no SQL computes ${declaration.id}`);
      if (customsDone.has(custom)) return;
      customsDone.add(custom);
      for (const id of custom.needs) emit(need(id, declaration));
      for (const id of custom.ids) done.add(id);
      for (const [dataset, columns] of Object.entries(custom.reads)) read(dataset as DatasetId, columns);
      for (const view of custom.views({ dialect, options: resolved, view: viewOf })) addView(view.name, view.select);
    }
  };
  for (const declaration of declarations) emit(declaration);

  const text = dialect.types.text;
  const union = declarations.map((d, i) => {
    const extra = d.compute === 'custom' && d.dataset === 'business_environment' ? 'dimension, item' : `CAST(NULL AS ${text}) AS dimension, CAST(NULL AS ${text}) AS item`;
    return `SELECT ${i + 1} AS position, indicator, unit, year, numerator, denominator, value, ${extra} FROM ${viewOf(d.id)}`;
  });
  const rowsView = viewOf('indicator_rows');
  const years = resolved.years === null ? null : resolved.years.map((y) => dialect.literal(y)).join(', ');
  const { double } = dialect.types;
  const none = `SELECT 0 AS position, CAST(NULL AS ${text}) AS indicator, CAST(NULL AS ${text}) AS unit, 0 AS year, CAST(NULL AS ${double}) AS numerator, `
    + `CAST(NULL AS ${double}) AS denominator, CAST(NULL AS ${double}) AS value, CAST(NULL AS ${text}) AS dimension, CAST(NULL AS ${text}) AS item WHERE FALSE`;
  const all = union.length === 0 ? none : union.join('\nUNION ALL\n');
  addView('indicator_rows', years === null ? all : `SELECT * FROM (\n${all}\n) AS all_rows\nWHERE year IN (${years})`);
  const unit = dialect.codePointOrder('unit');
  const query = [
    `SELECT indicator, unit, year, numerator, denominator, value, dimension, item FROM ${rowsView}`,
    `ORDER BY position, unit <> ${dialect.literal(JURISDICTION)}, ${unit}, year, ${dialect.codePointOrder('dimension')}, ${dialect.codePointOrder('item')}, numerator`,
  ].join('\n');

  const tables = DATASET_IDS.filter((dataset) => reads.has(dataset)).map((dataset): SqlTable => {
    const wanted = reads.get(dataset)!;
    return { dataset, columns: recordColumns(dataset).map((c) => c.name).filter((c) => wanted.has(c)), sql: createTableSql(dataset, dialect) };
  });
  const script = [
    `-- fazhi: the indicators as SQL views (${dialect.name}), compiled from the declarations of @fazhi/core.`,
    `-- Options (constants of the views): ${Object.entries(resolved).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}.`,
    '-- The tables hold the normalised records of each dataset (docs/data.md): one row per record, blanks as NULL.',
    '',
    ...tables.map((t) => `${t.sql.replace(/^CREATE TABLE /, 'CREATE TABLE IF NOT EXISTS ')};\n`),
    ...views.map((v) => `${v.sql};\n`),
    '-- Every row, in the order of fazhi indicators:',
    `${query};`,
    '',
  ].join('\n');
  return { dialect: dialect.name, options: resolved, tables, views, rowsView, query, script };
}
