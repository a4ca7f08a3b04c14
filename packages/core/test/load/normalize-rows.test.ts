import { describe, expect, it } from 'vitest';
import { DATASET_SCHEMAS } from '../../src/datasets/registry.ts';
import { UnitRegistry } from '../../src/datasets/unit-registry.ts';
import type { Issue } from '../../src/issues/issue.ts';
import { parseCsv } from '../../src/io/parse-csv.ts';
import { normalizeRows } from '../../src/load/normalize-rows.ts';

const TEXT = [
  '案號,被告單位,立案日期,是否敗訴',
  '1,司法局,2019-01-02,',
  '',
  '2,公安局,2019-02-30,',
  '1,司法局,2019-01-02,',
  '合計,,,',
  ',司法局,2019-01-02,',
  '3,司法局,2019-01-03,也許',
  '',
  '4,公安局,2019/3/4,是',
  '填表人：張三,,,',
].join('\n');

function run(split: number[] | null) {
  const rows = parseCsv(TEXT);
  const issues: Issue[] = [];
  const context = { file: 'l.csv', schema: DATASET_SCHEMAS.litigation, units: new UnitRegistry(), seen: new Map(), issues };
  if (split === null) return { out: normalizeRows(rows, 0, context), issues };
  const cuts = [0, ...split, rows.length];
  const parts = cuts.slice(1).map((end, i) => rows.slice(cuts[i], end));
  return { out: normalizeRows(parts[0] ?? [], 0, { ...context, more: parts.slice(1) }), issues };
}

describe('normalizeRows', () => {
  it('normalizeRows gives the same records, issues and accounting when the rows come in chunks', () => {
    const whole = run(null);
    expect(whole.out).toMatchObject({ rowsRead: 8, rowsUsed: 4, rowsSkipped: 4 });
    for (const split of [[1], [2], [3, 6], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11]]) {
      expect(run(split), String(split)).toEqual(whole);
    }
  });
  it('normalizeRows numbers rows of later chunks after the earlier ones', () => {
    const { out, issues } = run([4, 8]);
    expect(out.records.map((r) => r.source.row)).toEqual([2, 4, 8, 10]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([
      ['value.date', 4],
      ['row.duplicate', 5],
      ['row.subtotal', 6],
      ['value.required', 7],
      ['value.flag', 8],
      ['row.footer', 11],
      ['file.undated-rows', 4], // the case of row 4 has no readable date: it counts in no year
    ]);
    expect(out.rowsUndated).toBe(1);
  });
});
