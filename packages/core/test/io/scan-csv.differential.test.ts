import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { scanCsv } from '../../src/io/scan-csv.ts';

/** What scanCsv promises to equal. */
function papa(text: string, delimiter?: string | string[]): string[][] {
  const config: Papa.ParseConfig = { skipEmptyLines: false };
  if (typeof delimiter === 'string') config.delimiter = delimiter;
  else if (delimiter !== undefined) config.delimitersToGuess = delimiter;
  return Papa.parse<string[]>(text, config).data;
}

const SEED = 20191231;
const CHARS = ['a', 'Z', '1', ' ', '中', '苏', '（', '）', '，', ',', ';', '\t', '|', '"', '\r', '\n', '\u3000', '\ufeff'];
const cellArb = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 });
const delimiterArb = fc.constantFrom(',', ';', '\t', '|');
const newlineArb = fc.constantFrom('\n', '\r\n', '\r');

/** Cells written the way a spreadsheet exports them: quoted when they must be (or by choice), quotes doubled. */
function writeCsv(rows: { cell: string; quote: boolean }[][], delimiter: string, newline: string, trailing: boolean): string {
  const lines = rows.map((row) =>
    row
      .map(({ cell, quote }) => {
        const must = cell.includes('"') || cell.includes(delimiter) || cell.includes('\r') || cell.includes('\n');
        return quote || must ? `"${cell.replaceAll('"', '""')}"` : cell;
      })
      .join(delimiter),
  );
  return lines.join(newline) + (trailing ? newline : '');
}

const csvArb = fc
  .record({
    rows: fc.array(fc.array(fc.record({ cell: cellArb, quote: fc.boolean() }), { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 8,
    }),
    delimiter: delimiterArb,
    newline: newlineArb,
    trailing: fc.boolean(),
  })
  .map(({ rows, delimiter, newline, trailing }) => ({ text: writeCsv(rows, delimiter, newline, trailing), delimiter }));

const mutationArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'delete'),
  piece: fc.constantFrom('"', ',', ';', '\n', '\r', '\r\n', ' ', '""', '\t'),
});

function mutate(text: string, mutations: { at: number; kind: string; piece: string }[]): string {
  let out = text;
  for (const { at, kind, piece } of mutations) {
    const i = Math.floor(at * out.length);
    out = kind === 'insert' ? out.slice(0, i) + piece + out.slice(i) : out.slice(0, i) + out.slice(i + 1);
  }
  return out;
}

describe('scanCsv equals Papa.parse(text, {delimiter, skipEmptyLines: false}).data', () => {
  test('on well-formed CSV with quotes, doubled quotes, embedded CR/LF/CRLF, blanks and CJK, delimiter given', () => {
    fc.assert(
      fc.property(csvArb, ({ text, delimiter }) => {
        expect(scanCsv(text, delimiter)).toEqual(papa(text, delimiter));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  test('on well-formed CSV with the delimiter and line ending left to be guessed', () => {
    fc.assert(
      fc.property(csvArb, ({ text }) => {
        expect(scanCsv(text)).toEqual(papa(text));
      }),
      { seed: SEED + 1, numRuns: 500 },
    );
  });

  test('on CSV mutated by inserting and deleting quotes, delimiters, line breaks and spaces', () => {
    fc.assert(
      fc.property(csvArb, fc.array(mutationArb, { minLength: 1, maxLength: 6 }), ({ text, delimiter }, mutations) => {
        const mutated = mutate(text, mutations);
        expect(scanCsv(mutated, delimiter)).toEqual(papa(mutated, delimiter));
        expect(scanCsv(mutated)).toEqual(papa(mutated));
      }),
      { seed: SEED + 2, numRuns: 800 },
    );
  });

  test('on arbitrary strings over the CSV-significant characters', () => {
    const noise = fc.string({ unit: fc.constantFrom(...CHARS, '""', '\r\n', ' "', '" '), maxLength: 60 });
    fc.assert(
      fc.property(noise, delimiterArb, (text, delimiter) => {
        expect(scanCsv(text, delimiter)).toEqual(papa(text, delimiter));
        expect(scanCsv(text)).toEqual(papa(text));
      }),
      { seed: SEED + 3, numRuns: 1000 },
    );
  });

  test('on delimiters guessed among given candidates, as papaparse delimitersToGuess', () => {
    const candidates = fc.subarray([',', '\t', ';', '|', '||', '\n'], { minLength: 1 });
    fc.assert(
      fc.property(csvArb, candidates, fc.array(mutationArb, { maxLength: 3 }), ({ text }, delimiters, mutations) => {
        const mutated = mutate(text, mutations);
        expect(scanCsv(mutated, delimiters)).toEqual(papa(mutated, delimiters));
      }),
      { seed: SEED + 5, numRuns: 500 },
    );
  });

  test('on refused and multi-character delimiters', () => {
    const weird = fc.constantFrom('\r', '\n', '"', '\ufeff', '||', ', ', '；');
    fc.assert(
      fc.property(csvArb, weird, fc.array(mutationArb, { maxLength: 3 }), ({ text }, delimiter, mutations) => {
        const mutated = mutate(text, mutations);
        expect(scanCsv(mutated, delimiter)).toEqual(papa(mutated, delimiter));
      }),
      { seed: SEED + 4, numRuns: 300 },
    );
  });

  test('on a large generated export whose line ending must be guessed from its first MiB', () => {
    const rows: string[] = ['案号,被告单位,裁判结果,备注'];
    for (let i = 0; i < 40_000; i++) {
      const note = i % 7 === 0 ? `"含逗号,与""引号""\r\n换行"` : i % 5 === 0 ? '' : `备注${i}`;
      rows.push(`（2019）苏0591行初${i}号,区建设局${i % 13},驳回诉讼请求,${note}`);
    }
    const text = rows.join('\r\n') + '\r\n';
    expect(text.length).toBeGreaterThan(1024 * 1024);
    expect(scanCsv(text)).toEqual(papa(text));
    expect(scanCsv(text, ',')).toEqual(papa(text, ','));
  });
});
