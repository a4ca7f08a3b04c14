import type { DatasetId } from '../datasets/records.ts';
import { recordColumns } from './record-columns.ts';
import type { SqlDialect } from './sql-dialect.ts';

/**
 * The `CREATE TABLE` of a dataset's normalised records (see
 * {@link RECORD_COLUMNS}), named by the dataset id: every column, or only
 * the given ones (in table order). Throws a TypeError for a column the
 * dataset does not have.
 *
 * @example
 * createTableSql('economy', DUCKDB_DIALECT);
 * // 'CREATE TABLE "economy" ("source_file" VARCHAR, "source_row" INTEGER, "year" INTEGER, "gdp" DOUBLE, "population" DOUBLE)'
 * createTableSql('economy', DUCKDB_DIALECT, ['year', 'gdp']); // 'CREATE TABLE "economy" ("year" INTEGER, "gdp" DOUBLE)'
 */
export function createTableSql(dataset: DatasetId, dialect: SqlDialect, columns?: readonly string[]): string {
  const all = recordColumns(dataset);
  if (columns !== undefined) {
    for (const name of columns) {
      if (!all.some((c) => c.name === name)) throw new TypeError(`invalid column: ${JSON.stringify(name)} is not a column of ${dataset}`);
    }
  }
  const kept = columns === undefined ? all : all.filter((c) => columns.includes(c.name));
  return `CREATE TABLE ${dialect.ident(dataset)} (${kept.map((c) => `${dialect.ident(c.name)} ${dialect.types[c.type]}`).join(', ')})`;
}
