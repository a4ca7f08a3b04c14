import {
  compileSql, createTableSql, INDICATOR_DECLARATIONS, recordColumns, SQL_DIALECTS,
  type DatasetTables, type IndicatorOptions, type IndicatorRow,
} from '@fazhi/core';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { appendRecords } from './append-records.ts';
import { importDuckdb, type DuckdbModule } from './import-duckdb.ts';

/**
 * Wall time of the phases of {@link DuckdbEngine.compute}, in ms.
 *
 * @example
 * const { ingest, query }: DuckdbTimings = (await engine.compute(records)).timings;
 */
export interface DuckdbTimings {
  /** Creating the tables and appending the records. */
  ingest: number;
  /** Creating the views and reading every row. */
  query: number;
}

/** One row as DuckDB returns it: an indicator row whose absent business dimension and item are SQL NULLs. */
type SqlRow = Omit<IndicatorRow, 'dimension' | 'item'> & { dimension: string | null; item: string | null };

/**
 * The indicators computed by DuckDB from the SQL that `compileSql` writes
 * for the catalogue: normalised records in (as fazhi's loader gives them),
 * the same {@link IndicatorRow}s as `computeIndicators` out, in the same
 * order. One in-memory DuckDB database per engine; each
 * {@link DuckdbEngine.compute} replaces the tables and views of the one
 * before, so one engine serves many data sets.
 *
 * @example
 * const engine = await DuckdbEngine.open();
 * const { rows } = await engine.compute(dataSet.records, { years: [2019] });
 * engine.close();
 */
export class DuckdbEngine {
  /** The views created last (the statements joined), so that another compute with the same options keeps them. */
  private views: string | null = null;

  private constructor(
    private readonly duckdb: DuckdbModule,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  /**
   * Opens an in-memory DuckDB database. Throws `DuckdbMissingError` when
   * `@duckdb/node-api` is not installed.
   *
   * @example
   * const engine = await DuckdbEngine.open();
   */
  static async open(): Promise<DuckdbEngine> {
    const duckdb = await importDuckdb();
    const instance = await duckdb.DuckDBInstance.create(':memory:');
    return new DuckdbEngine(duckdb, instance, await instance.connect());
  }

  /**
   * Computes every indicator of the catalogue with the options: loads the
   * tables the views read (only the columns they read), creates the views
   * and reads the rows view in the order of `computeIndicators`.
   *
   * @example
   * const { rows, timings } = await engine.compute(dataSet.records, { filingDeadlineDays: 15 });
   */
  async compute(records: Partial<DatasetTables>, options: IndicatorOptions = {}): Promise<{ rows: IndicatorRow[]; timings: DuckdbTimings }> {
    const dialect = SQL_DIALECTS.duckdb;
    const program = compileSql(INDICATOR_DECLARATIONS, 'duckdb', options);
    const started = performance.now();
    for (const table of program.tables) {
      const name = dialect.ident(table.dataset);
      await this.connection.run(`DROP TABLE IF EXISTS ${name}`);
      await this.connection.run(createTableSql(table.dataset, dialect, table.columns));
      const columns = recordColumns(table.dataset).filter((c) => table.columns.includes(c.name));
      await appendRecords(this.duckdb, this.connection, name, columns, records[table.dataset] ?? []);
    }
    const ingested = performance.now();
    // Views are bound when read, so views of the same options stay valid over new tables.
    const views = program.views.map((v) => v.sql).join(';\n');
    if (views !== this.views) {
      for (const view of program.views) await this.connection.run(view.sql);
      this.views = views;
    }
    const reader = await this.connection.runAndReadAll(program.query);
    const rows = (reader.getRowObjectsJS() as unknown as SqlRow[]).map(indicatorRow);
    return { rows, timings: { ingest: ingested - started, query: performance.now() - ingested } };
  }

  /**
   * Closes the database.
   *
   * @example
   * engine.close();
   */
  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** A row as the JS engine writes it: `dimension` and `item` only where they are set. */
function indicatorRow({ indicator, unit, year, numerator, denominator, value, dimension, item }: SqlRow): IndicatorRow {
  const row: IndicatorRow = { indicator, unit, year, numerator, denominator, value };
  if (dimension !== null) row.dimension = dimension;
  if (item !== null) row.item = item;
  return row;
}

/**
 * The catalogue's indicators computed by DuckDB (see {@link DuckdbEngine}),
 * in a database opened and closed for this call.
 *
 * @example
 * const rows = await duckdbIndicators(dataSet.records, { years: [2019] });
 */
export async function duckdbIndicators(records: Partial<DatasetTables>, options: IndicatorOptions = {}): Promise<IndicatorRow[]> {
  const engine = await DuckdbEngine.open();
  try {
    return (await engine.compute(records, options)).rows;
  } finally {
    engine.close();
  }
}
