import { describe, expect, it } from 'vitest';
import { CsvLimitError, MAX_CELL_LENGTH, MAX_COLUMNS } from '../../src/io/csv-limits.ts';
import { parseCsv } from '../../src/io/parse-csv.ts';
import { scanCsvBytes } from '../../src/io/scan-csv-bytes.ts';
import { scanCsvColumns } from '../../src/io/scan-csv-columns.ts';

/** What each scanner does with a text: its rows, null (left to the next path), or the limit it throws. */
function outcomes(text: string, delimiter = ','): unknown[] {
  const run = (scan: () => unknown) => {
    try {
      const result = scan();
      return result === null ? null : 'rows';
    } catch (error) {
      if (!(error instanceof CsvLimitError)) throw error;
      return { kind: error.kind, row: error.row, column: error.column, limit: error.limit };
    }
  };
  return [
    run(() => parseCsv(text, { strictQuotes: true })),
    run(() => scanCsvColumns(text, { delimiter })),
    run(() => scanCsvBytes(new TextEncoder().encode(text), { encoding: 'utf-8', delimiter, newline: '\n' })),
  ];
}

describe('CSV limits', () => {
  it(`every CSV scanner throws CsvLimitError('columns') at the first row of more than ${MAX_COLUMNS} cells, naming the first cell past it`, () => {
    const wide = { kind: 'columns', row: 2, column: MAX_COLUMNS + 1, limit: MAX_COLUMNS };
    expect(outcomes(`a,b\n${'x,'.repeat(MAX_COLUMNS)}x\n`)).toEqual([wide, wide, wide]);
    expect(outcomes(`a,b\n${'"x",'.repeat(MAX_COLUMNS)}x\n`)).toEqual([wide, wide, wide]);
    expect(outcomes(`a,b\n${'x,'.repeat(MAX_COLUMNS - 1)}x\n`)).toEqual(['rows', 'rows', 'rows']);
  });

  it(`every CSV scanner throws CsvLimitError('cell') for a cell of more than ${MAX_CELL_LENGTH} characters, counted as characters not bytes`, () => {
    const long = { kind: 'cell', row: 2, column: 2, limit: MAX_CELL_LENGTH };
    expect(outcomes(`a,b\n1,${'x'.repeat(MAX_CELL_LENGTH + 1)}\n`)).toEqual([long, long, long]);
    expect(outcomes(`a,b\n1,"${'x'.repeat(MAX_CELL_LENGTH + 1)}"\n`)).toEqual([long, long, long]);
    // 32,768 Chinese characters are 98,304 bytes of UTF-8: within the limit.
    expect(outcomes(`a,b\n1,${'亭'.repeat(MAX_CELL_LENGTH)}\n`)).toEqual(['rows', 'rows', 'rows']);
    expect(outcomes(`a,b\n1,${'亭'.repeat(MAX_CELL_LENGTH + 1)}\n`)).toEqual([long, long, long]);
  });

  it("an unclosed quote is CsvLimitError('quote') at the row where it opened when it takes line breaks or runs past the cell limit; the column scanners leave a short one to parseCsv", () => {
    const quote = { kind: 'quote', row: 2, column: 2, limit: MAX_CELL_LENGTH };
    expect(outcomes('a,b\n1,"x\n2,y\n')).toEqual([quote, null, null]);
    expect(outcomes(`a,b\n1,"${'x'.repeat(MAX_CELL_LENGTH + 1)}`)).toEqual([quote, quote, quote]);
    expect(outcomes('a,b\n1,"x')).toEqual(['rows', null, null]);
    expect(parseCsv('a,b\n1,"x\n2,y\n')).toEqual([['a', 'b'], ['1', 'x\n2,y\n']]);
  });
});
