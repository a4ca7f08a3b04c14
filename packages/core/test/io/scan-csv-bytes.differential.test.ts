import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import type { CsvColumns } from '../../src/io/csv-columns.ts';
import { scanCsvBytes } from '../../src/io/scan-csv-bytes.ts';
import { scanCsvColumns } from '../../src/io/scan-csv-columns.ts';
import { guessDelimiter, guessDelimiterOfSample, guessNewline } from '../../src/io/scan-csv.ts';

const SEED = 20200202;
const DELIMITERS = [',', '\t', ';', '|'];
const CHARS = ['a', 'Z', '1', ' ', '中', '號', '苏', '蘇', '（', '）', '，', '、', ',', ';', '\t', '|', '"', '\r', '\n', '\u3000', '\ufeff', '\0', '𠀀'];
const cellArb = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 });

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

const csvOf = (minRows: number, maxRows: number) =>
  fc
    .record({
      rows: fc.array(fc.array(fc.record({ cell: cellArb, quote: fc.boolean() }), { minLength: 1, maxLength: 5 }), { minLength: minRows, maxLength: maxRows }),
      delimiter: fc.constantFrom(',', ';', '\t', '|'),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      trailing: fc.boolean(),
    })
    .map(({ rows, delimiter, newline, trailing }) => writeCsv(rows, delimiter, newline, trailing));
const csvArb = csvOf(1, 12);

/** Bytes dropped in anywhere: stray quotes and separators, and lead bytes of multi-byte characters left without their trail. */
const mutationArb = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.constantFrom([0x22], [0x2c], [0x0a], [0x0d], [0x00], [0xe4], [0xe4, 0xb8], [0x81], [0x81, 0x30], [0x81, 0x30, 0x81], [0xa4], [0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80]),
  }),
  { maxLength: 4 },
);

function mutate(bytes: Uint8Array, mutations: readonly { at: number; bytes: readonly number[] }[]): Uint8Array {
  let out = Array.from(bytes);
  for (const m of mutations) {
    const i = Math.floor(m.at * out.length);
    out = [...out.slice(0, i), ...m.bytes, ...out.slice(i)];
  }
  return Uint8Array.from(out);
}

function encode(text: string, encoding: string): Uint8Array {
  return encoding === 'utf-8' ? new TextEncoder().encode(text) : new Uint8Array(iconv.encode(text, encoding));
}

/** What scanCsvColumns makes of the decoded bytes, and the delimiter and line ending it guesses. */
function reference(bytes: Uint8Array, encoding: string): { rows: string[][] | null; delimiter: string; newline: string } {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const newline = guessNewline(text);
  const delimiter = guessDelimiter(text, newline, DELIMITERS);
  return { rows: scanCsvColumns(text)?.rows() ?? null, delimiter, newline };
}

/** The conditions scanCsvBytes leaves to its caller. */
function scannable(bytes: Uint8Array, encoding: string, delimiter: string): boolean {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff || text === '') return false;
  if (encoding === 'utf-8') return true;
  return delimiter !== '|' && (bytes[bytes.length - 1] ?? 0) < 0x80;
}

function rowsOf(table: CsvColumns | null): string[][] | null {
  return table === null ? null : table.rows();
}

describe('scanCsvBytes reads the bytes into the columns scanCsvColumns reads from the decoded text', () => {
  for (const encoding of ['utf-8', 'gbk', 'big5']) {
    test(`scanCsvBytes gives scanCsvColumns' rows (or gives up alike) on ${encoding} CSV with multi-byte cells, quotes, doubled quotes, CR/LF inside cells, NULs and broken multi-byte characters`, () => {
      let compared = 0;
      fc.assert(
        fc.property(csvArb, mutationArb, (text, mutations) => {
          const bytes = mutate(encode(text, encoding), mutations);
          const { rows, delimiter, newline } = reference(bytes, encoding);
          fc.pre(scannable(bytes, encoding, delimiter));
          compared++;
          expect(rowsOf(scanCsvBytes(bytes, { encoding, delimiter, newline }))).toEqual(rows);
        }),
        { seed: SEED + encoding.length, numRuns: 1500 },
      );
      expect(compared).toBeGreaterThan(1000);
    });
  }

  test('scanCsvBytes with fatal gives scanCsvColumns\' rows for valid UTF-8 (taking multi-byte characters in one step) and throws a TypeError exactly for invalid UTF-8', () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(csvArb, mutationArb, (text, mutations) => {
        const bytes = mutate(encode(text, 'utf-8'), mutations);
        const { rows, delimiter, newline } = reference(bytes, 'utf-8');
        fc.pre(scannable(bytes, 'utf-8', delimiter));
        let isUtf8 = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          isUtf8 = false;
        }
        const scan = () => scanCsvBytes(bytes, { encoding: 'utf-8', delimiter, newline, fatal: true });
        if (isUtf8) {
          valid++;
          expect(rowsOf(scan())).toEqual(rows);
        } else if (rows !== null) {
          // Given up on quoting before any cell was decoded, or thrown on a cell: never rows.
          invalid++;
          let thrown: unknown = null;
          let result: CsvColumns | null = null;
          try {
            result = scan();
          } catch (error) {
            thrown = error;
          }
          if (thrown === null) expect(result).toBeNull();
          else expect(thrown).toBeInstanceOf(TypeError);
        }
      }),
      { seed: SEED + 99, numRuns: 2000 },
    );
    expect(valid).toBeGreaterThan(500);
    expect(invalid).toBeGreaterThan(100);
  });

  test('scanCsvBytes interns by bytes past the interning probe and keeps every identifier of a column that stops interning', () => {
    const lines = ['案号,被告单位,备注'];
    for (let i = 0; i < 10_000; i++) lines.push(`（2019）苏0591行初${i}号,${i % 3 === 0 ? '"司法局"' : '公安局'},${i % 7 === 0 ? '"说明""甲"""' : ''}`);
    const text = `${lines.join('\r\n')}\r\n`;
    const table = scanCsvBytes(new TextEncoder().encode(text), { encoding: 'utf-8', delimiter: ',', newline: '\r\n' });
    expect(table?.rows()).toEqual(scanCsvColumns(text)?.rows());
    expect(table?.columns[1]?.values).toEqual(['被告单位', '司法局', '公安局']);
  });

  test('scanCsvBytes starts past a BOM when told, and reads empty input as no rows', () => {
    const bytes = new TextEncoder().encode('\ufeffa,b\n1,2\n');
    expect(scanCsvBytes(bytes, { encoding: 'utf-8', delimiter: ',', newline: '\n', start: 3 })?.rows()).toEqual([['a', 'b'], ['1', '2']]);
    expect(scanCsvBytes(bytes.subarray(0, 3), { encoding: 'utf-8', delimiter: ',', newline: '\n', start: 3 })?.rowCount).toBe(0);
  });

  test('scanCsvBytes with fatal throws a TypeError for bytes that are not UTF-8, and decodes them as U+FFFD without', () => {
    const bytes = Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xb0, 0xb8, 0x2c, 0x31, 0x0a]);
    expect(() => scanCsvBytes(bytes, { encoding: 'utf-8', delimiter: ',', newline: '\n', fatal: true })).toThrow(TypeError);
    expect(scanCsvBytes(bytes, { encoding: 'utf-8', delimiter: ',', newline: '\n' })?.rows()).toEqual([['a', 'b'], ['\ufffd\ufffd', '1']]);
    expect(scanCsvBytes(bytes, { encoding: 'gb18030', delimiter: ',', newline: '\n' })?.rows()).toEqual([['a', 'b'], ['案', '1']]);
  });

  test('scanCsvBytes gives up where scanCsvColumns does: an unterminated quote, text after a closing quote', () => {
    const scan = (text: string) => scanCsvBytes(new TextEncoder().encode(text), { encoding: 'utf-8', delimiter: ',', newline: '\n' });
    expect(scan('a,b\n"1,2\n')).toBeNull();
    expect(scan('a,b\n"1" ,2\n')).toBeNull();
  });
});

describe('guessDelimiterOfSample guesses from the first lines what guessDelimiter guesses from the whole text, or nothing', () => {
  test('guessDelimiterOfSample on a text cut after any line break is null or guessDelimiter of the whole text', () => {
    let told = 0;
    fc.assert(
      fc.property(csvOf(8, 40), fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => {
        const input = text.replace(/^\ufeff/, '');
        const newline = guessNewline(input);
        const breaks = [...input.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1);
        fc.pre(breaks.length > 0);
        const cut = breaks[Math.floor(at * breaks.length)] as number;
        const guess = guessDelimiterOfSample(input.slice(0, cut), newline, DELIMITERS);
        if (guess !== null) {
          told++;
          expect(guess).toBe(guessDelimiter(input, newline, DELIMITERS));
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
    expect(told).toBeGreaterThan(100);
  });

  test('guessDelimiterOfSample is null when fewer than ten rows end inside the sample', () => {
    expect(guessDelimiterOfSample('a;b\n1;2\n', '\n', DELIMITERS)).toBeNull();
    expect(guessDelimiterOfSample('a;b\n"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n', '\n', DELIMITERS)).toBeNull();
    expect(guessDelimiterOfSample('a;b\n'.repeat(11), '\n', DELIMITERS)).toBe(';');
  });
});
