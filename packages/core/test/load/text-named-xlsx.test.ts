import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../../src/load/load-data-set.ts';

describe('a text file named .xlsx', () => {
  it('is read as CSV, by its bytes, not refused as a broken workbook', async () => {
    const bytes = new TextEncoder().encode('案號,被告單位,立案日期\n(2019)蘇0591行初1號,唯亭街道,2019-03-01\n');
    const data = await loadDataSet([{ name: 'litigation.xlsx', bytes }]);
    expect(data.issues).toEqual([]);
    expect(data.files[0]).toMatchObject({ format: 'csv', encoding: 'utf-8', dataset: 'litigation', rowsRead: 1, rowsUsed: 1 });
  });
});
