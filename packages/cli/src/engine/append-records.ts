import { dayNumber, type RecordColumn } from '@fazhi/core';
import type { DuckDBConnection, DuckDBType } from '@duckdb/node-api';
import type { DuckdbModule } from './import-duckdb.ts';

/** Rows per data chunk: DuckDB's vector size. */
const CHUNK_ROWS = 2048;
/** A text column with at most this many distinct values is staged as an ENUM (one small integer per row). */
const MAX_ENUM_VALUES = 65_535;

/** A vector of a data chunk, whatever its type (the engine knows what it puts in). */
interface Vector {
  setItem(index: number, value: unknown): void;
  flush(): void;
}

/** The staging type of a column, and how a record's value becomes a value of that type. */
function staging(duckdb: DuckdbModule, column: RecordColumn, records: readonly object[]): { type: DuckDBType; convert: (value: unknown) => unknown } {
  const same = (value: unknown) => value;
  switch (column.type) {
    case 'date': {
      // Dates repeat: one DuckDB value per distinct day.
      const days = new Map<string, unknown>();
      return {
        type: duckdb.DATE,
        convert(value) {
          if (value === null) return null;
          let day = days.get(value as string);
          if (day === undefined) days.set(value as string, (day = duckdb.dateValue(dayNumber(value as string))));
          return day;
        },
      };
    }
    case 'boolean':
      return { type: duckdb.BOOLEAN, convert: same };
    case 'integer':
      return { type: duckdb.INTEGER, convert: same };
    case 'double':
      return { type: duckdb.DOUBLE, convert: same };
    case 'text_list':
      return { type: duckdb.LIST(duckdb.VARCHAR), convert: (value) => (value === null ? null : duckdb.listValue(value as string[])) };
    case 'text': {
      // Units, flags and enums take few values: staged as an ENUM, each row is an index copied in bulk, where a VARCHAR
      // costs a call into DuckDB per row. The INSERT into the table casts them back to text.
      const values = new Set<string>();
      for (const record of records) {
        const value = column.read(record as never);
        if (value !== null) values.add(value as string);
        if (values.size > MAX_ENUM_VALUES) return { type: duckdb.VARCHAR, convert: same };
      }
      // An ENUM needs a value; a column of blanks is staged as text.
      return { type: values.size === 0 ? duckdb.VARCHAR : duckdb.ENUM([...values]), convert: same };
    }
  }
}

/**
 * Appends normalised records to the dataset table `table` (created with
 * exactly `columns`, in that order): they are written into a temporary
 * staging table through DuckDB's appender, 2,048 rows per data chunk, text
 * with few distinct values as ENUMs, then inserted into the table with one
 * `INSERT … SELECT`. Nothing is written to disk.
 *
 * @example
 * await appendRecords(duckdb, connection, '"documents"', recordColumns('documents'), records.documents);
 */
export async function appendRecords(
  duckdb: DuckdbModule,
  connection: DuckDBConnection,
  table: string,
  columns: readonly RecordColumn[],
  records: readonly object[],
): Promise<void> {
  const staged = columns.map((column) => staging(duckdb, column, records));
  const name = 'fazhi_staging';
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns.map((c, i) => `${quote(c.name)} ${staged[i]!.type.toString()}`).join(', ')})`);
  const appender = await connection.createAppender(name);
  try {
    const chunk = duckdb.DuckDBDataChunk.create(staged.map((s) => s.type), CHUNK_ROWS);
    for (let start = 0; start < records.length; start += CHUNK_ROWS) {
      const count = Math.min(CHUNK_ROWS, records.length - start);
      chunk.rowCount = count;
      columns.forEach((column, k) => {
        const vector = chunk.getColumnVector(k) as unknown as Vector;
        const { convert } = staged[k]!;
        for (let i = 0; i < count; i++) vector.setItem(i, convert(column.read(records[start + i] as never)));
        vector.flush();
      });
      appender.appendDataChunk(chunk);
    }
  } finally {
    appender.closeSync();
  }
  await connection.run(`INSERT INTO ${table} SELECT * FROM ${name}`);
  await connection.run(`DROP TABLE ${name}`);
}
