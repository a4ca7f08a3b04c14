import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanCsvColumns } from '../../src/io/scan-csv-columns.ts';
import { blankRowTest } from '../../src/load/blank-row-test.ts';
import { isBlankRow } from '../../src/load/is-blank-row.ts';

const UNITS = [' ', '\t', '\u3000', '\u00a0', '\ufeff', '\u2028', 'a', '-', '、', '中', '\u3000\u3000', '\u001f'];

describe('blankRowTest', () => {
  it('blankRowTest agrees with isBlankRow on every row of a scanned table, whitespace of every kind and ragged rows included', () => {
    const cell = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), (rows) => {
        const text = rows.map((row) => row.join(',')).join('\n');
        const table = scanCsvColumns(text, { delimiter: ',' });
        if (table === null) throw new Error('quote-free text must scan');
        const isBlank = blankRowTest(table);
        for (let r = 0; r < table.rowCount; r++) expect(isBlank(r), JSON.stringify(table.row(r))).toBe(isBlankRow(table.row(r)));
      }),
      { seed: 99, numRuns: 400 },
    );
  });
});
