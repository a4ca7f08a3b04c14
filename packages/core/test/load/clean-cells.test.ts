import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanCsvColumns } from '../../src/io/scan-csv-columns.ts';
import { cleanColumns, cleanRows, type CellHit } from '../../src/load/clean-cells.ts';
import { loadDataSet } from '../../src/load/load-data-set.ts';

describe('cleanColumns and cleanRows', () => {
  it('cleanColumns lists the cleaned cells by row, then column, as cleanRows does (found by pnpm fuzz)', () => {
    const rows = [
      ['案號', '被告單位'],
      ['1', '唯亭\x01街道'],
      ['2\x01', '司法局'],
    ];
    const fromRows: CellHit[] = [];
    cleanRows(rows.map((r) => [...r]), 1, fromRows);
    const table = scanCsvColumns(rows.map((r) => r.join(',')).join('\n'));
    expect(table).not.toBeNull();
    const fromColumns = cleanColumns(table!);
    expect(fromColumns).toEqual(fromRows);
    expect(fromColumns.map((h) => [h.row, h.column])).toEqual([[2, 1], [3, 0]]);
  });

  it('loadDataSet reports value.control in the same order through the columns and the rows path for a file damaged in two columns', async () => {
    const name = 'litigation-control-two-columns.csv';
    const bytes = new Uint8Array(readFileSync(new URL(`../../../../fixtures/hostile/data/fuzz/${name}`, import.meta.url)));
    const columns = await loadDataSet([{ name, bytes }], { csvPath: 'columns' });
    const rows = await loadDataSet([{ name, bytes }], { csvPath: 'rows' });
    expect(columns.issues).toEqual(rows.issues);
    expect(columns.issues.filter((i) => i.code === 'value.control').map((i) => [i.row, i.column])).toEqual([[2, '被告單位'], [3, '案號']]);
  });
});
