import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { tableXlsx, XLSX_TYPE } from '../../../src/lib/export/table-xlsx.ts';

describe('tableXlsx', () => {
  it('gives a zip (PK) blob of the xlsx type', async () => {
    const blob = await tableXlsx({ name: 'ranking-2019', headers: ['单位'], rows: [['司法局']] });
    expect(blob.type).toBe(XLSX_TYPE);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(100);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('reads back with the headers, Chinese text, numbers as numbers, formula-like text as text, and empty cells for null and NaN', async () => {
    const blob = await tableXlsx({
      name: 'ranking/2019: [all]',
      headers: ['单位', '總分', 'rank'],
      rows: [
        ['苏州工业园区司法局', 96.5, 1],
        ['=1+2', -2.58, null],
        ['劳保局, "一审"', Number.NaN, 3],
      ],
    });
    const sheets = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.sheet).toBe('ranking_2019_ _all_');
    expect(sheets[0]!.data).toEqual([
      ['单位', '總分', 'rank'],
      ['苏州工业园区司法局', 96.5, 1],
      ['=1+2', -2.58, null],
      ['劳保局, "一审"', null, 3],
    ]);
  });
});
