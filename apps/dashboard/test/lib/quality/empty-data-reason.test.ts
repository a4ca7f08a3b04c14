import { loadDataSet } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { emptyDataReason } from '../../../src/lib/quality/empty-data-reason.ts';

describe('emptyDataReason', () => {
  it('names the rows that count in no year when no year has data, as core reports them for a file whose dates are all unreadable', async () => {
    const lines = Array.from({ length: 5 }, (_, i) => `(2019)蘇0591行初${i + 1}號,唯亭街道,不詳`);
    const data = await loadDataSet([{ name: 'litigation.csv', bytes: new TextEncoder().encode(`案號,被告單位,立案日期\n${lines.join('\n')}\n`) }]);
    expect(data.files[0]).toMatchObject({ rowsUsed: 5, rowsUndated: 5 });
    expect(emptyDataReason(data.files, [])).toEqual({ kind: 'undated', undated: 5 });
  });

  it('says no row was used when none was, and nothing while some year has data or no file is loaded', () => {
    expect(emptyDataReason([{ rowsUsed: 0, rowsUndated: 0 }], [])).toEqual({ kind: 'no-rows' });
    expect(emptyDataReason([{ rowsUsed: 10, rowsUndated: 10 }], [2019])).toBeNull();
    expect(emptyDataReason([], [])).toBeNull();
    // Rows used that no indicator counts by year (a units register alone) are not a reason of this kind.
    expect(emptyDataReason([{ rowsUsed: 47, rowsUndated: 0 }], [])).toBeNull();
  });
});
