import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../../src/load/load-data-set.ts';
import type { InputFile } from '../../src/load/data-set.ts';

const HEADERS = ['案號', '被告單位', '審級', '立案日期', '開庭日期', '結案日期', '裁判結果', '是否敗訴', '備註'];
const CELLS = [
  '(2019)苏0591行初1号', '（2019）蘇0591行初1號', '(2019)苏0591行初2号', 'A-3', '司法局', '公安局', '一審', '二审', '三審',
  '2019-05-10', '2019/5/10', '二〇一九年五月十日', '2019-02-30', '1900-01-01', '撤銷', '准予撤诉', '是', '否', '不適用', '也許',
  '', ' ', '—', '-', '/', '無', 'N/A', '合計', '小 計', '填表人：張三', '注：本表', '0', '1', '"quoted, cell"', '多\n行',
];

const cell = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 6 }));
const quote = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

const fileArb = fc.record({
  name: fc.constantFrom('litigation.csv', '行政訴訟.csv', 'b-litigation.csv', 'export.csv'),
  header: fc.subarray(HEADERS, { minLength: 1 }),
  leadingBlank: fc.nat({ max: 2 }),
  rows: fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: fc.array(cell, { minLength: 1, maxLength: 10 }) }), { maxLength: 25 }),
});

function render(f: { header: string[]; leadingBlank: number; rows: (string[] | null)[] }): string {
  const lines = [...Array<string>(f.leadingBlank).fill(''), f.header.map(quote).join(',')];
  for (const row of f.rows) lines.push(row === null ? '' : row.map(quote).join(','));
  return lines.join('\n');
}

describe('loader accounting', () => {
  it('every file satisfies rowsRead = rowsUsed + rowsSkipped, and every skipped row has an issue of its own or of its file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fileArb, { selector: (f) => f.name, minLength: 1, maxLength: 3 }), async (specs) => {
        const files: InputFile[] = specs.map((s) => ({ name: s.name, bytes: new TextEncoder().encode(render(s)) }));
        const data = await loadDataSet(files);
        let used = 0;
        for (const report of data.files) {
          expect(report.rowsRead).toBe(report.rowsUsed + report.rowsSkipped);
          used += report.rowsUsed;
          const issues = data.issues.filter((i) => i.file === report.file);
          const fileLevelError = issues.some((i) => i.row === null && i.severity === 'error') || issues.some((i) => i.code === 'column.missing');
          const usedRows = new Set(data.records.litigation.filter((r) => r.source.file === report.file).map((r) => r.source.row));
          expect(usedRows.size).toBe(report.rowsUsed);
          const skippedRows = new Set(issues.filter((i) => i.row !== null && i.severity !== 'warning' && i.code !== 'column.missing' && i.code !== 'row.title').map((i) => i.row));
          for (const row of usedRows) expect(skippedRows.has(row)).toBe(false);
          if (!fileLevelError) expect(skippedRows.size).toBe(report.rowsSkipped);
          else expect(report.rowsUsed).toBe(0);
        }
        expect(data.records.litigation.length).toBe(used);
      }),
      { seed: 20191231, numRuns: 150 },
    );
  });

  it('arbitrary bytes never make the load throw, and the accounting still holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('litigation.csv', 'units.csv', 'x.xlsx', 'export.csv'),
        fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.constant(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))),
        async (name, bytes) => {
          const data = await loadDataSet([{ name, bytes }]);
          for (const report of data.files) expect(report.rowsRead).toBe(report.rowsUsed + report.rowsSkipped);
        },
      ),
      { seed: 42, numRuns: 150 },
    );
  });

  it('the result does not depend on the order the files are given in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fileArb, { selector: (f) => f.name, minLength: 2, maxLength: 3 }), async (specs) => {
        const files: InputFile[] = specs.map((s) => ({ name: s.name, bytes: new TextEncoder().encode(render(s)) }));
        expect(await loadDataSet([...files].reverse())).toEqual(await loadDataSet(files));
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});
