import { describe, expect, it } from 'vitest';
import { rowTotals } from '../../../src/lib/quality/row-totals.ts';

describe('rowTotals', () => {
  it('sums read, used, skipped and the used rows that count in no year over the files', () => {
    const files = [
      { rowsRead: 14, rowsUsed: 14, rowsSkipped: 0, rowsUndated: 12 },
      { rowsRead: 3, rowsUsed: 2, rowsSkipped: 1, rowsUndated: 0 },
    ];
    const totals = rowTotals(files);
    expect(totals).toEqual({ read: 17, used: 16, skipped: 1, undated: 12 });
    expect(totals.read).toBe(totals.used + totals.skipped);
  });

  it('is all zeros for no file', () => {
    expect(rowTotals([])).toEqual({ read: 0, used: 0, skipped: 0, undated: 0 });
  });
});
