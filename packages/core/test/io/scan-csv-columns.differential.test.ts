import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/io/parse-csv.ts';
import { scanCsvColumns } from '../../src/io/scan-csv-columns.ts';

const SEED = 20200101;
const CHARS = ['a', 'Z', '1', ' ', '中', '苏', '（', '）', '，', ',', ';', '\t', '|', '"', '\r', '\n', '\u3000', '\ufeff'];
const cellArb = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 });
const delimiterArb = fc.constantFrom(',', ';', '\t', '|');
const newlineArb = fc.constantFrom('\n', '\r\n', '\r');

/** Cells written the way a spreadsheet exports them: quoted when they must be (or by choice), quotes doubled. */
function writeCsv(rows: { cell: string; quote: boolean }[][], delimiter: string, newline: string, trailing: boolean, bom: boolean): string {
  const lines = rows.map((row) =>
    row
      .map(({ cell, quote }) => {
        const must = cell.includes('"') || cell.includes(delimiter) || cell.includes('\r') || cell.includes('\n');
        return quote || must ? `"${cell.replaceAll('"', '""')}"` : cell;
      })
      .join(delimiter),
  );
  return (bom ? '\ufeff' : '') + lines.join(newline) + (trailing ? newline : '');
}

const csvArb = fc
  .record({
    rows: fc.array(fc.array(fc.record({ cell: cellArb, quote: fc.boolean() }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
    delimiter: delimiterArb,
    newline: newlineArb,
    trailing: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ rows, delimiter, newline, trailing, bom }) => writeCsv(rows, delimiter, newline, trailing, bom));

const mutationArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'delete'),
  piece: fc.constantFrom('"', ',', ';', '\n', '\r', '\r\n', ' ', '""', '\t', '|', '中'),
});

function mutate(text: string, mutations: { at: number; kind: string; piece: string }[]): string {
  let out = text;
  for (const { at, kind, piece } of mutations) {
    const i = Math.floor(at * out.length);
    out = kind === 'insert' ? out.slice(0, i) + piece + out.slice(i) : out.slice(0, i) + out.slice(i + 1);
  }
  return out;
}

/** papaparse's rows with parseCsv's delimiter candidates and trailing-line-break rule. */
function papa(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] }).data;
  const last = rows[rows.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === '' && /\r?\n$/.test(text.slice(-2))) rows.pop();
  return rows;
}

describe('scanCsvColumns gives the rows of parseCsv (papaparse) or gives up', () => {
  test('scanCsvColumns reproduces parseCsv and papaparse row for row, cell for cell, on well-formed CSV (quotes, doubled quotes, CR/LF/CRLF inside cells, blanks, CJK, BOM, ragged rows)', () => {
    let scanned = 0;
    fc.assert(
      fc.property(csvArb, (text) => {
        const table = scanCsvColumns(text);
        if (table === null) return;
        scanned++;
        const rows = table.rows();
        expect(rows).toEqual(parseCsv(text));
        expect(rows).toEqual(papa(text));
      }),
      { seed: SEED, numRuns: 1000 },
    );
    // Well-formed text is what exports are made of: the scan must take nearly all of it, not fall back.
    expect(scanned).toBeGreaterThan(900);
  });

  test('scanCsvColumns reproduces parseCsv on CSV mutated by inserting and deleting quotes, delimiters, line breaks and spaces, or returns null', () => {
    let scanned = 0;
    fc.assert(
      fc.property(csvArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (text, mutations) => {
        const input = mutate(text, mutations);
        const table = scanCsvColumns(input);
        if (table === null) return;
        scanned++;
        expect(table.rows()).toEqual(parseCsv(input));
      }),
      { seed: SEED + 1, numRuns: 1500 },
    );
    expect(scanned).toBeGreaterThan(500);
  });

  test('scanCsvColumns interns each distinct text of a column once, whether written quoted, with doubled quotes or bare', () => {
    const table = scanCsvColumns('a,b\r\n司法局,"x""y"\r\n"司法局",x"y\r\n司法局,"x""y"');
    expect(table?.rowCount).toBe(4);
    expect(table?.columns[0]?.values).toEqual(['a', '司法局']);
    expect(table?.columns[1]?.values).toEqual(['b', 'x"y']);
    expect(Array.from(table?.columns[1]?.ids.subarray(0, 4) ?? [])).toEqual([0, 1, 1, 1]);
  });

  test('scanCsvColumns keeps the rows of parseCsv when an identifier column stops interning after thousands of distinct cells', () => {
    const lines = ['案号,被告单位,标题'];
    for (let i = 0; i < 10_000; i++) {
      const title = i % 7 === 0 ? `"关于""${i % 13}""的通知"` : i % 5 === 0 ? `"多\n行${i % 3}"` : `通知${i % 11}`;
      lines.push(`${i % 997 === 0 ? `"(2019)${i}"` : `(2019)${i}`},${i % 3 === 0 ? '司法局' : '公安局'},${title}`);
    }
    lines.push('(2019)5,司法局,"关于""5""的通知"');
    const text = lines.join('\r\n') + '\r\n';
    const table = scanCsvColumns(text);
    expect(table?.rows()).toEqual(parseCsv(text));
    expect(table?.columns[1]?.values).toEqual(['被告单位', '司法局', '公安局']);
    // The identifier column stopped interning: its repeated (2019)5 got an id of its own
    // (header + 10,000 ids + the repeat + the empty cell of the dropped trailing line).
    expect(table?.columns[0]?.values.length).toBe(10_003);
  });

  test('scanCsvColumns gives up on an unterminated quote and on text after a closing quote', () => {
    expect(scanCsvColumns('a,b\n"1,2\n')).toBeNull();
    expect(scanCsvColumns('a,b\n"1" ,2\n')).toBeNull();
  });

  test('scanCsvColumns reads an empty text as no rows and keeps blank lines as rows of one empty cell', () => {
    expect(scanCsvColumns('')?.rowCount).toBe(0);
    expect(scanCsvColumns('\ufeff')?.rowCount).toBe(0);
    expect(scanCsvColumns('a,b\n\n1,2\n')?.rows()).toEqual([['a', 'b'], [''], ['1', '2']]);
  });
});
