import { describe, expect, it } from 'vitest';
import { peekCsvRows, readInput } from '../../src/load/read-input.ts';

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));

describe('readInput', () => {
  it('readInput decodes and splits a CSV file, reporting the encoding', async () => {
    const table = await readInput({ name: 'x.csv', bytes: hex('b0b8bac52cb1bbb8e60a31') });
    expect(table).toEqual({ format: 'csv', encoding: 'gb18030', sheet: null, rows: [['案号', '被告'], ['1']], more: [], rowsEstimate: 2 });
  });
  it('readInput refuses the old .xls format with a reason that says what to do', async () => {
    await expect(readInput({ name: 'a.xls', bytes: hex('d0cf11e0a1b11ae1') })).rejects.toThrow(/\.xlsx/);
  });
  it('readInput reads a large CSV file in chunks whose rows join up to the whole file', async () => {
    const text = '案號,被告單位\n' + Array.from({ length: 1000 }, (_, i) => `${i},司法局${i % 7}`).join('\n') + '\n';
    const table = await readInput({ name: 'x.csv', bytes: new TextEncoder().encode(text) }, { chunkLines: 300, minChunkedChars: 0 });
    const chunks = [...table.more];
    expect(table.rows).toHaveLength(300);
    expect(chunks.map((c) => c.length)).toEqual([300, 300, 101]);
    expect([...table.rows, ...chunks.flat()]).toEqual((await readInput({ name: 'x.csv', bytes: new TextEncoder().encode(text) })).rows);
  });
  it('peekCsvRows reads the header of a large CSV from its first 64 KB only, cut at a line break', () => {
    const big = '案號,被告單位\n' + '(2019)1,司法局\n'.repeat(10_000);
    const rows = peekCsvRows({ name: 'x.csv', bytes: new TextEncoder().encode(big) });
    expect(rows?.[0]).toEqual(['案號', '被告單位']);
    expect(rows!.length).toBeLessThan(10_000);
    expect(rows!.at(-1)).toEqual(['(2019)1', '司法局']);
  });
  it('peekCsvRows leaves XLSX files to a full read', () => {
    expect(peekCsvRows({ name: 'a.xlsx', bytes: hex('504b0304') })).toBeNull();
  });
});
