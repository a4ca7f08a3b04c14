import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/parse-csv.ts';
import { readCsvChunks } from '../../src/load/read-csv-chunks.ts';

const joined = (text: string, chunkLines: number) => {
  const { rows, rest } = readCsvChunks(text, { chunkLines, minChars: 0 });
  return [...rows, ...[...rest].flat()];
};

describe('readCsvChunks', () => {
  it('readCsvChunks gives exactly the rows of parseCsv, whatever the chunk size (≥ 16 lines), line ending or delimiter', () => {
    const cell = fc.constantFrom('', ' ', 'a', '司法局', '2019-05-10', '—', 'x y', '0012');
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 80 }),
        fc.constantFrom(',', '\t', ';', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        (rows, delimiter, newline, trailing, chunkLines) => {
          const text = ['h1', 'h2', 'h3'].join(delimiter) + newline + rows.map((r) => r.join(delimiter)).join(newline) + (trailing ? newline : '');
          expect(joined(text, chunkLines)).toEqual(parseCsv(text));
        },
      ),
      { seed: 2019, numRuns: 300 },
    );
  });
  it('readCsvChunks parses text with quotes, mixed line endings or short text whole', () => {
    for (const text of ['a,b\n"x\ny",2\n3,4\n', 'a,b\r\n1,2\n3,4\n', 'a,b\r1,2\r3,4']) {
      const { rest, rows } = readCsvChunks(text.repeat(20), { chunkLines: 16, minChars: 0 });
      expect([...rest]).toEqual([]);
      expect(rows).toEqual(parseCsv(text.repeat(20)));
    }
    expect([...readCsvChunks('a,b\n1,2\n3,4\n', { chunkLines: 1 }).rest]).toEqual([]);
  });
  it('readCsvChunks estimates the row count from the first chunk', () => {
    const text = 'a,b\n' + '1,2\n'.repeat(999);
    expect(readCsvChunks(text, { chunkLines: 100, minChars: 0 }).rowsEstimate).toBe(1000);
  });
});
