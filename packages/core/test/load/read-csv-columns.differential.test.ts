import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../src/io/decode.ts';
import { parseCsv } from '../../src/io/parse-csv.ts';
import { csvDecodeOptions } from '../../src/load/csv-decode-options.ts';
import type { InputFile } from '../../src/load/data-set.ts';
import { unpackCsvColumns } from '../../src/io/unpack-csv-columns.ts';
import { readCsvColumns, scanCsvFile } from '../../src/load/read-csv-columns.ts';

const SEED = 20200303;
const CELLS = ['案號', '被告單位', '案号', '被告单位', '司法局', '蘇州', '苏州', '（2019）蘇0591行初1號', '是', '否', '2019-05-10', 'a', '1', ' ', '', 'x,y', 'say "hi"', '多\n行', '|', ';', '\t', '\ufeff', '𠀀'];
const ENCODINGS = ['utf-8', 'utf-8-bom', 'gbk', 'big5', 'utf-16le'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\ufeff${text}`);
  if (encoding === 'utf-16le') return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
  return new Uint8Array(iconv.encode(text, encoding));
}

const quote = (c: string, always: boolean) => (always || /[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const textArb = fc
  .record({
    rows: fc.array(fc.array(fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 14 }),
    quoteAll: fc.boolean(),
    delimiter: fc.constantFrom(',', ',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n'),
    trailing: fc.boolean(),
  })
  .map(({ rows, quoteAll, delimiter, newline, trailing }) => rows.map((r) => r.map((c) => quote(c, quoteAll)).join(delimiter)).join(newline) + (trailing ? newline : ''));

const mutationArb = fc.array(
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.constantFrom([0x22], [0x0a], [0xe4, 0xb8], [0x81], [0x81, 0x30], [0xa4], [0xff], [0xef, 0xbb, 0xbf]) }),
  { maxLength: 3 },
);

function mutate(bytes: Uint8Array, mutations: readonly { at: number; bytes: readonly number[] }[]): Uint8Array {
  let out = Array.from(bytes);
  for (const m of mutations) {
    const i = Math.floor(m.at * out.length);
    out = [...out.slice(0, i), ...m.bytes, ...out.slice(i)];
  }
  return Uint8Array.from(out);
}

/** The result of `read`, or the name of the error it throws (bytes that decode as no encoding, a limit broken). */
function outcome<T>(read: () => T): T | { thrown: string } {
  try {
    return read();
  } catch (error) {
    return { thrown: (error as Error).name };
  }
}

/** What readCsvColumns gives, as rows. */
function columnsPath(file: InputFile): { encoding: string; rows: string[][] } {
  const input = readCsvColumns(file);
  if (input === null) throw new Error('not a CSV file');
  if ('columns' in input) return { encoding: input.encoding, rows: input.columns.rows() };
  return { encoding: input.encoding as string, rows: [...input.rows, ...[...input.more].flat()] as string[][] };
}

/** The reference: the whole file decoded as readInput decodes it, then parsed by parseCsv. */
function textPath(file: InputFile): { encoding: string; rows: string[][] } {
  const { text, encoding } = decodeBytes(file.bytes, csvDecodeOptions(file));
  return { encoding, rows: parseCsv(text, { strictQuotes: true }) };
}

describe('readCsvColumns reads a CSV file as readInput does, whether it scans bytes or text', () => {
  test('readCsvColumns gives the encoding and rows of decodeBytes + parseCsv for UTF-8 (± BOM), GBK, Big5 and UTF-16 files, detected or forced, broken bytes included', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(...ENCODINGS), fc.constantFrom(undefined, 'utf-8', 'gbk', 'big5', 'gb18030'), mutationArb, (text, encoding, forced, mutations) => {
        const bytes = mutate(encode(text, encoding), mutations);
        const file: InputFile = forced === undefined ? { name: 'export.csv', bytes } : { name: 'export.csv', bytes, encoding: forced };
        expect(outcome(() => columnsPath(file))).toEqual(outcome(() => textPath(file)));
      }),
      { seed: SEED, numRuns: 2500 },
    );
  });

  test('readCsvColumns reads files over the 4 MB sample alike: quoted cells early, a delimiter guess the sample settles, GBK bytes only near the end, Big5 with a known header', () => {
    const body = (i: number) => `（2019）蘇0591行初${i}號,"區建設局, 二處",${i % 5 === 0 ? '"多\n行"' : '是'},2019-05-10`;
    const lines = ['案號,被告單位,是否開庭,立案日期'];
    for (let i = 0; i < 64_000; i++) lines.push(body(i));
    const text = `${lines.join('\r\n')}\r\n`;
    const utf8 = new TextEncoder().encode(text);
    expect(utf8.length).toBeGreaterThan(4.2 * 1024 * 1024);
    const late = new Uint8Array([...new TextEncoder().encode(text.replace(/[^\x00-\x7f]/g, 'xyz')), ...iconv.encode('（2019）苏0591行初1号,司法局,是,2019-05-10\r\n', 'gbk')]);
    const files: InputFile[] = [
      { name: 'litigation.csv', bytes: utf8 },
      { name: 'litigation.csv', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) },
      { name: 'litigation.csv', bytes: late },
      { name: 'litigation.csv', bytes: new Uint8Array(iconv.encode(text, 'big5')) },
      { name: 'litigation.csv', bytes: new Uint8Array(iconv.encode(text, 'gbk')), encoding: 'gbk' },
      { name: 'litigation.csv', bytes: new TextEncoder().encode(text.replaceAll(',', ';')) },
    ];
    for (const file of files) {
      const got = columnsPath(file);
      const want = textPath(file);
      expect(got.encoding).toBe(want.encoding);
      expect(got.rows.length).toBe(want.rows.length);
      expect(got.rows).toEqual(want.rows);
    }
    expect(late.length).toBeGreaterThan(4.2 * 1024 * 1024);
    expect(columnsPath(files[2] as InputFile).encoding).toBe('gb18030');
    expect(columnsPath(files[3] as InputFile).encoding).toBe('big5');
  });

  test('scanCsvFile + unpackCsvColumns (also after a structured clone, as from a worker) gives the encoding and columns of readCsvColumns, or null exactly where readCsvColumns does not scan bytes', () => {
    let scanned = 0;
    fc.assert(
      fc.property(textArb, fc.constantFrom(...ENCODINGS), fc.constantFrom(undefined, 'utf-8', 'gbk', 'big5', 'gb18030'), mutationArb, (text, encoding, forced, mutations) => {
        const bytes = mutate(encode(text, encoding), mutations);
        const file: InputFile = forced === undefined ? { name: 'export.csv', bytes } : { name: 'export.csv', bytes, encoding: forced };
        let want: ReturnType<typeof readCsvColumns> | Error;
        try {
          want = readCsvColumns(file);
        } catch (error) {
          want = error as Error;
        }
        let got: ReturnType<typeof scanCsvFile>;
        try {
          got = scanCsvFile(file);
        } catch (error) {
          expect(want).toBeInstanceOf(Error);
          expect((error as Error).name).toBe((want as Error).name);
          return;
        }
        if (got === null) return;
        scanned++;
        expect(want).not.toBeInstanceOf(Error);
        expect(want !== null && !(want instanceof Error) && 'columns' in want).toBe(true);
        const columns = unpackCsvColumns(structuredClone(got).packed);
        expect({ encoding: got.encoding, rowCount: columns.rowCount, columns: columns.columns }).toEqual({
          encoding: (want as { encoding: string }).encoding,
          rowCount: (want as { columns: { rowCount: number } }).columns.rowCount,
          columns: (want as { columns: { columns: unknown } }).columns.columns,
        });
      }),
      { seed: SEED, numRuns: 1500 },
    );
    // Most of these files are scanned as bytes: the comparison above is not vacuous.
    expect(scanned).toBeGreaterThan(500);
  });

  test('scanCsvFile gives null for a spreadsheet and for a UTF-16 file, which readCsvColumns reads otherwise', () => {
    expect(scanCsvFile({ name: 'a.xlsx', bytes: new TextEncoder().encode('a,b\n1,2\n') })).toBeNull();
    expect(scanCsvFile({ name: 'a.csv', bytes: Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x2c) })).toBeNull();
    const utf16 = encode('案號,被告單位\n1,司法局\n', 'utf-16le');
    expect(scanCsvFile({ name: 'a.csv', bytes: utf16 })).toBeNull();
    expect(readCsvColumns({ name: 'a.csv', bytes: utf16 })).not.toBeNull();
    expect(unpackCsvColumns((scanCsvFile({ name: 'a.csv', bytes: new TextEncoder().encode('案號,被告單位\n1,司法局\n') }) as NonNullable<ReturnType<typeof scanCsvFile>>).packed).rows()).toEqual([
      ['案號', '被告單位'],
      ['1', '司法局'],
    ]);
  });
});
