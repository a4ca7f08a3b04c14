import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../../src/datasets/records.ts';
import { createTableSql } from '../../src/sql/create-table-sql.ts';
import { RECORD_COLUMNS, recordColumns } from '../../src/sql/record-columns.ts';
import { DUCKDB_DIALECT } from '../../src/sql/sql-dialect.ts';

describe('DUCKDB_DIALECT', () => {
  it('writes integers exactly, other numbers as doubles, booleans as TRUE/FALSE, and refuses a number that is not finite', () => {
    expect(DUCKDB_DIALECT.literal(30)).toBe('30');
    expect(DUCKDB_DIALECT.literal(-0.1)).toBe('CAST(-0.1 AS DOUBLE)');
    expect(DUCKDB_DIALECT.literal(2 ** 60)).toBe('CAST(1152921504606847000 AS DOUBLE)');
    expect(DUCKDB_DIALECT.literal(false)).toBe('FALSE');
    expect(() => DUCKDB_DIALECT.literal(Number.NaN)).toThrow(RangeError);
  });
  it('quotes identifiers, doubling quotes', () => {
    expect(DUCKDB_DIALECT.ident('year')).toBe('"year"');
    expect(DUCKDB_DIALECT.ident('a"b')).toBe('"a""b"');
  });
  it('sums exactly through 128-bit integers, falling back to fsum for a group with a term it cannot scale', () => {
    const sum = DUCKDB_DIALECT.sum('"score"', 'p');
    expect(sum).toContain('CAST(CASE WHEN abs("score") < 1.099511627776e12');
    expect(sum).toContain('AS HUGEINT)) FILTER (WHERE p)');
    expect(sum).toContain('ELSE fsum("score") FILTER (WHERE p) END');
  });
});

describe('RECORD_COLUMNS and createTableSql', () => {
  it('every dataset has a table whose first columns are source_file and source_row', () => {
    for (const dataset of DATASET_IDS) {
      const names = recordColumns(dataset).map((c) => c.name);
      expect(names.slice(0, 2)).toEqual(['source_file', 'source_row']);
      expect(names.slice(2)).toEqual(Object.keys(RECORD_COLUMNS[dataset]));
    }
  });
  it('a column reads the record field, and the source from source', () => {
    const [file, row, unit] = recordColumns('documents');
    const record = { source: { file: 'documents.csv', row: 7 }, unit: null };
    expect([file!.read(record), row!.read(record), unit!.read(record)]).toEqual(['documents.csv', 7, null]);
  });
  it('createTableSql writes every column or the ones asked for, typed, and refuses an unknown column', () => {
    expect(createTableSql('activities', DUCKDB_DIALECT)).toBe('CREATE TABLE "activities" ("source_file" VARCHAR, "source_row" INTEGER, "unit" VARCHAR, "year" INTEGER, "kind" VARCHAR, "count" DOUBLE)');
    expect(createTableSql('units', DUCKDB_DIALECT, ['aliases'])).toBe('CREATE TABLE "units" ("aliases" VARCHAR[])');
    expect(() => createTableSql('units', DUCKDB_DIALECT, ['alias'])).toThrow(/"alias" is not a column of units/);
  });
});
