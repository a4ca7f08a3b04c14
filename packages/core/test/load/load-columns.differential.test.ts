import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataSet } from '../../../../bench/src/generate-data-set.ts';
import { scanCsvColumns } from '../../src/io/scan-csv-columns.ts';
import type { DataSet, InputFile } from '../../src/load/data-set.ts';
import { loadDataSet, type LoadOptions } from '../../src/load/load-data-set.ts';
import { scanCsvFile } from '../../src/load/read-csv-columns.ts';
import { fixtureFiles } from '../fixtures/load-fixture.ts';

/** scanCsvFile as a worker would answer it: asynchronously, and through a structured clone. */
const elsewhere: NonNullable<LoadOptions['scanCsv']> = async (file) => structuredClone(scanCsvFile(file));

/**
 * Loads the files through both CSV paths and returns both results; checks on the way that the columns path with
 * the files scanned "elsewhere" (LoadOptions.scanCsv) gives the same DataSet as without.
 */
async function bothPaths(files: InputFile[], options: LoadOptions = {}): Promise<{ columns: DataSet; rows: DataSet }> {
  const columns = await loadDataSet(files, { ...options, csvPath: 'columns' });
  const rows = await loadDataSet(files, { ...options, csvPath: 'rows' });
  expect(await loadDataSet(files, { ...options, csvPath: 'columns', scanCsv: elsewhere })).toEqual(columns);
  return { columns, rows };
}

const HEADERS = ['案號', '被告單位', '審級', '立案日期', '開庭日期', '結案日期', '裁判結果', '是否敗訴', '備註'];
const CELLS = [
  '(2019)苏0591行初1号', '（2019）蘇0591行初1號', '(2019)苏0591行初2号', 'A-3', '司法局', '公安局', ' 司法局 ', '一審', '二审', '三審',
  '2019-05-10', '2019/5/10', '二〇一九年五月十日', '2019-02-30', '1900-01-01', '撤銷', '准予撤诉', '是', '否', '不適用', '也許',
  '', ' ', '—', '-', '/', '無', 'N/A', '合計', '小 計', '填表人：張三', '注：本表', '0', '1', 'quoted, cell', '多\n行', 'a""b', '案號',
];
const cellArb = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 6 }));
const quote = (c: string, always: boolean) => (always || /[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const fileArb = fc.record({
  name: fc.constantFrom('litigation.csv', '行政訴訟.csv', 'b-litigation.csv', 'export.csv', 'documents.csv'),
  header: fc.subarray(HEADERS, { minLength: 1 }),
  leading: fc.array(fc.constantFrom('', '2019年行政訴訟案件統計表', ',,'), { maxLength: 2 }),
  rows: fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: fc.array(cellArb, { minLength: 1, maxLength: 10 }) }), { maxLength: 25 }),
  quoteAll: fc.boolean(),
  newline: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
});

function render(f: { header: string[]; leading: string[]; rows: (string[] | null)[]; quoteAll: boolean; newline: string; bom: boolean }): string {
  const lines = [...f.leading, f.header.map((c) => quote(c, f.quoteAll)).join(',')];
  for (const row of f.rows) lines.push(row === null ? '' : row.map((c) => quote(c, f.quoteAll)).join(','));
  return (f.bom ? '\ufeff' : '') + lines.join(f.newline) + f.newline;
}

describe('loadDataSet reads CSV as columns exactly as it reads rows', () => {
  it('loadDataSet gives the same DataSet through the columns and the rows path for files of the bench generator (quoted titles, doubled quotes, line breaks in cells, CRLF, blanks)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-columns-'));
    try {
      const paths = generateDataSet({ dir, records: 6000, seed: 7 });
      const files = Object.values(paths).map((path) => ({ name: path.split('/').pop() as string, bytes: new Uint8Array(readFileSync(path)) }));
      // The columns path must really be taken, not fall back to rows.
      for (const file of files) expect(scanCsvColumns(new TextDecoder().decode(file.bytes)), file.name).not.toBeNull();
      const { columns, rows } = await bothPaths(files);
      expect(columns.records.litigation.length).toBeGreaterThan(5000);
      expect(columns.issues.length).toBeGreaterThan(0);
      expect(columns).toEqual(rows);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loadDataSet gives the same DataSet through both paths for fixtures/sip-2019 and fixtures/messy', async () => {
    for (const folder of ['sip-2019', 'messy']) {
      const { columns, rows } = await bothPaths(fixtureFiles(folder));
      expect(columns, folder).toEqual(rows);
      expect(columns.records.litigation.length, folder).toBeGreaterThan(0);
    }
  });

  it('loadDataSet gives the same DataSet through both paths for generated messy files (titles, sub-totals, footers, repeated headers, duplicates, ragged rows)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fileArb, { selector: (f) => f.name, minLength: 1, maxLength: 3 }), async (specs) => {
        const files: InputFile[] = specs.map((s) => ({ name: s.name, bytes: new TextEncoder().encode(render(s)) }));
        const { columns, rows } = await bothPaths(files);
        expect(columns).toEqual(rows);
      }),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('loadDataSet reports the same row progress through both paths for a small file', async () => {
    const text = '案號,被告單位\n' + Array.from({ length: 70_000 }, (_, i) => `(2019)${i},司法局`).join('\n') + '\n';
    const files = [{ name: 'litigation.csv', bytes: new TextEncoder().encode(text) }];
    const seen: { columns: number[]; rows: number[] } = { columns: [], rows: [] };
    for (const path of ['columns', 'rows'] as const) {
      await loadDataSet(files, { csvPath: path, onProgress: (p) => seen[path].push(p.rows) });
    }
    expect(seen.columns).toEqual(seen.rows);
  });

  it('loadDataSet with scanCsv asks for every CSV file but the first once, in load order (units first, then by name), and reads a file itself when the answer is null or a rejection', async () => {
    const files = fixtureFiles('messy');
    const reference = await loadDataSet(files);
    const asked: string[] = [];
    let calls = 0;
    const flaky: NonNullable<LoadOptions['scanCsv']> = async (file) => {
      asked.push(file.name);
      calls++;
      if (calls % 3 === 1) return null;
      if (calls % 3 === 2) throw new Error('worker gone');
      return structuredClone(scanCsvFile(file));
    };
    expect(await loadDataSet([...files].reverse(), { scanCsv: flaky })).toEqual(reference);
    const csv = reference.files.filter((f) => f.format === 'csv');
    const units = csv.filter((f) => f.dataset === 'units').map((f) => f.file);
    const others = csv.filter((f) => f.dataset !== 'units').map((f) => f.file).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(asked).toEqual([...units, ...others].slice(1));
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('loadDataSet with scanCsv reports the same row progress as without', async () => {
    const text = '案號,被告單位\n' + Array.from({ length: 70_000 }, (_, i) => `(2019)${i},司法局`).join('\n') + '\n';
    const files = [{ name: 'litigation.csv', bytes: new TextEncoder().encode(text) }];
    const seen: number[][] = [[], []];
    await loadDataSet(files, { onProgress: (p) => seen[0]?.push(p.rows) });
    await loadDataSet(files, { scanCsv: elsewhere, onProgress: (p) => seen[1]?.push(p.rows) });
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[0]?.length).toBeGreaterThan(1);
  });
});
