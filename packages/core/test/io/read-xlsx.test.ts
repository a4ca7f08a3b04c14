import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readXlsx } from '../../src/io/read-xlsx.ts';

async function xlsx(sheets: { sheet: string; data: unknown[][] }[]): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(sheets.map((s) => ({ sheet: s.sheet, data: s.data as never }))).toBuffer();
  return new Uint8Array(buffer);
}

describe('readXlsx', () => {
  it('readXlsx reads the first sheet by default with strings, numbers and UTC-midnight dates', async () => {
    const bytes = await xlsx([
      { sheet: '訴訟', data: [['案號', '立案日期', '序列'], ['(2019)1', { value: new Date(Date.UTC(2019, 4, 10)), type: Date, format: 'yyyy-mm-dd' }, 43595]] },
      { sheet: 'Other', data: [['x']] },
    ]);
    const { sheet, rows } = await readXlsx(bytes);
    expect(sheet).toBe('訴訟');
    expect(rows[0]).toEqual(['案號', '立案日期', '序列']);
    const date = rows[1]?.[1];
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe('2019-05-10T00:00:00.000Z');
    expect(rows[1]?.[2]).toBe(43595);
  });
  it('readXlsx reads a named sheet', async () => {
    const bytes = await xlsx([{ sheet: 'A', data: [['a']] }, { sheet: 'B', data: [['b']] }]);
    expect(await readXlsx(bytes, { sheet: 'B' })).toEqual({ sheet: 'B', rows: [['b']] });
  });
  it('readXlsx rejects a missing sheet and bytes that are not XLSX', async () => {
    const bytes = await xlsx([{ sheet: 'A', data: [['a']] }]);
    await expect(readXlsx(bytes, { sheet: 'Z' })).rejects.toThrow(/Z/);
    await expect(readXlsx(new TextEncoder().encode('a,b\n1,2'))).rejects.toThrow();
  });
});
