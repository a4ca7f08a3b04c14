import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../../src/lib/export/export-table.ts';
import { tableCsv } from '../../../src/lib/export/table-csv.ts';

const table: ExportTable = {
  name: 'ranking-2019',
  headers: ['单位', '總分', 'change'],
  rows: [
    ['苏州工业园区司法局', 96.5, -2.58],
    ['=HYPERLINK("http://x","y")', 0, null],
    ['劳保局, "一审"', 1e-7, Number.NaN],
  ],
};

describe('tableCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every line, the last included, with CRLF', () => {
    const csv = tableCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toHaveLength(table.rows.length + 2);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the headers, then the rows, Chinese text unchanged', () => {
    const lines = tableCsv(table).slice(1).split('\r\n');
    expect(lines[0]).toBe('单位,總分,change');
    expect(lines[1]).toBe('苏州工业园区司法局,96.5,-2.58');
  });

  it('writes numbers as numbers (negative ones unescaped) and null or NaN as an empty cell', () => {
    const lines = tableCsv(table).slice(1).split('\r\n');
    expect(lines[2]!.endsWith(',0,')).toBe(true);
    expect(lines[3]!.endsWith(',1e-7,')).toBe(true);
  });

  it('escapes text a spreadsheet would run as a formula and quotes cells with commas and quotes', () => {
    const lines = tableCsv(table).slice(1).split('\r\n');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"",""y"")",0,`);
    expect(lines[3]!.startsWith('"劳保局, ""一审""",')).toBe(true);
    expect(tableCsv({ name: 'x', headers: ['-1', '+a', '@b'], rows: [] })).toBe("\uFEFF'-1,'+a,'@b\r\n");
  });

  it('keeps a line break inside a cell quoted, so the row count stays right', () => {
    const csv = tableCsv({ name: 'x', headers: ['a'], rows: [['一\n二']] });
    expect(csv).toBe('\uFEFFa\r\n"一\n二"\r\n');
  });

  it('gives the header line alone for a table without rows', () => {
    expect(tableCsv({ name: 'x', headers: ['单位'], rows: [] })).toBe('\uFEFF单位\r\n');
  });
});
