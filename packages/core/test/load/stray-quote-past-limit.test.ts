import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../../src/load/load-data-set.ts';

const NAME = 'safety_incidents-stray-quote-past-limit.csv';
const bytes = new Uint8Array(readFileSync(new URL(`../../../../fixtures/hostile/data/fuzz/${NAME}`, import.meta.url)));

describe('a quoted cell whose next quote does not close it, running past the cell limit', () => {
  it('is file.unclosed-quote at the row and column where it opened through the columns path as through the rows path (found by pnpm fuzz: the columns path said file.long-cell)', async () => {
    for (const csvPath of ['columns', 'rows'] as const) {
      const data = await loadDataSet([{ name: NAME, bytes }], { csvPath });
      expect(data.issues.map(({ severity, code, row, column }) => ({ severity, code, row, column })), csvPath).toEqual([
        { severity: 'error', code: 'file.unclosed-quote', row: 11, column: 'B' },
      ]);
      expect(data.files[0], csvPath).toMatchObject({ rowsRead: 0, rowsUsed: 0, rowsSkipped: 0 });
    }
  });
});
