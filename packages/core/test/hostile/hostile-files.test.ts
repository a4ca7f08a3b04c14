import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_LENGTH, MAX_COLUMNS } from '../../src/io/csv-limits.ts';
import type { Issue } from '../../src/issues/issue.ts';
import type { DataSet, InputFile } from '../../src/load/data-set.ts';
import { loadDataSet, type LoadOptions } from '../../src/load/load-data-set.ts';

const DIR = new URL('../../../../fixtures/hostile/data/', import.meta.url);
const fixture = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, DIR))) });
const GOOD: InputFile = { name: 'documents.csv', bytes: new TextEncoder().encode('文號,制定單位,印發日期\n園管〔2019〕1號,司法局,2019-01-10\n') };
const brief = ({ severity, code, row, column, value }: Issue) => ({ severity, code, row, column, value });

/** Loads `file` next to a good file; checks the good file is untouched by whatever `file` is. */
async function loadBeside(file: InputFile, options: LoadOptions = {}): Promise<DataSet> {
  const data = await loadDataSet([file, GOOD], options);
  expect(data.files.find((f) => f.file === 'documents.csv')).toMatchObject({ rowsRead: 1, rowsUsed: 1, rowsSkipped: 0 });
  expect(data.records.documents).toHaveLength(1);
  expect(data.issues.filter((i) => i.file === 'documents.csv')).toEqual([]);
  return data;
}

const report = (data: DataSet, name: string) => data.files.find((f) => f.file === name);
const issuesOf = (data: DataSet, name: string) => data.issues.filter((i) => i.file === name).map(brief);

/**
 * Memory a load costs, in bytes: the growth of the process's peak resident
 * size (`maxRSS`, a high-water mark, so a spike inside the synchronous scan
 * counts) and of heap + array buffers sampled after every file; the larger.
 * maxRSS only shows a peak above the process's earlier high-water mark, so
 * it can under-count, never over-count.
 */
async function measure(run: (options: LoadOptions) => Promise<DataSet>): Promise<{ data: DataSet; bytes: number }> {
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const rss0 = process.memoryUsage().rss;
  const peak0 = process.resourceUsage().maxRSS * 1024;
  const base = used();
  let sampled = 0;
  const data = await run({ onProgress: () => (sampled = Math.max(sampled, used() - base)) });
  sampled = Math.max(sampled, used() - base);
  const peak = process.resourceUsage().maxRSS * 1024;
  const rss = peak > peak0 ? peak - Math.max(rss0, peak0) : 0;
  if (process.env.HOSTILE_MEMORY) console.log(`sampled ${Math.round(sampled / 1e6)} MB, peak RSS growth ${Math.round(rss / 1e6)} MB`);
  return { data, bytes: Math.max(sampled, rss) };
}

describe('hostile files: bounded memory', () => {
  // The bound stated in docs/data.md: a small multiple of the file's bytes plus a constant.
  const bound = (fileBytes: number) => 6 * fileBytes + 96 * 1024 * 1024;

  it('a 20 MB file of one line `a,a,a,…` (10.5M cells) is refused as file.wide-row at row 1, in memory bounded by its size, and the other file loads', async () => {
    const bytes = new TextEncoder().encode('a,'.repeat(10 * 1024 * 1024));
    const { data, bytes: cost } = await measure((options) => loadBeside({ name: 'litigation.csv', bytes }, options));
    expect(issuesOf(data, 'litigation.csv')).toEqual([{ severity: 'error', code: 'file.wide-row', row: 1, column: 'ALM', value: null }]);
    expect(report(data, 'litigation.csv')).toMatchObject({ rowsRead: 0, rowsUsed: 0, rowsSkipped: 0 });
    expect(cost).toBeLessThan(bound(bytes.length));
  });

  it('a header then one data row of 5M cells is refused as file.wide-row at row 2, in bounded memory, by the rows path as by the columns path', async () => {
    const bytes = new TextEncoder().encode(`案號,被告單位,立案日期\n${'1,'.repeat(5_000_000)}\n`);
    for (const csvPath of ['columns', 'rows'] as const) {
      const { data, bytes: cost } = await measure((options) => loadBeside({ name: 'litigation.csv', bytes }, { ...options, csvPath }));
      expect(issuesOf(data, 'litigation.csv')).toEqual([{ severity: 'error', code: 'file.wide-row', row: 2, column: 'ALM', value: null }]);
      expect(cost).toBeLessThan(bound(bytes.length));
    }
  });

  it('a 50 MB cell is refused as file.long-cell naming its row and column, in bounded memory', async () => {
    const bytes = new TextEncoder().encode(`案號,被告單位,立案日期\n(2019)1,${'x'.repeat(50 * 1024 * 1024)},2019-01-01\n`);
    const { data, bytes: cost } = await measure((options) => loadBeside({ name: 'litigation.csv', bytes }, options));
    expect(issuesOf(data, 'litigation.csv')).toEqual([{ severity: 'error', code: 'file.long-cell', row: 2, column: 'B', value: null }]);
    expect(data.issues[0]?.message.en).toContain(`longer than ${MAX_CELL_LENGTH.toString().replace(/\B(?=(\d{3})+$)/g, ',')} characters`);
    expect(cost).toBeLessThan(bound(bytes.length));
  });

  it('a quote opened in row 2 and never closed, swallowing 20 MB, is refused as file.unclosed-quote naming row 2', async () => {
    const bytes = new TextEncoder().encode(`案號,被告單位,立案日期\n(2019)1,"唯亭街道,2019-01-01\n${'(2019)2,唯亭街道,2019-01-02\n'.repeat(600_000)}`);
    const { data, bytes: cost } = await measure((options) => loadBeside({ name: 'litigation.csv', bytes }, options));
    expect(issuesOf(data, 'litigation.csv')).toEqual([{ severity: 'error', code: 'file.unclosed-quote', row: 2, column: 'B', value: null }]);
    expect(cost).toBeLessThan(bound(bytes.length));
  });

  it(`a header of 100,000 columns is refused as file.wide-row (at most ${MAX_COLUMNS}), in bounded memory`, async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `列${i}`).join(',');
    const bytes = new TextEncoder().encode(`案號,被告單位,立案日期,${header}\n(2019)1,司法局,2019-01-01\n`);
    const { data, bytes: cost } = await measure((options) => loadBeside({ name: 'litigation.csv', bytes }, options));
    expect(issuesOf(data, 'litigation.csv')).toEqual([{ severity: 'error', code: 'file.wide-row', row: 1, column: 'ALM', value: null }]);
    expect(cost).toBeLessThan(bound(bytes.length));
  });

  it('a ragged file (a 1,000-cell header over 100,000 three-cell rows) is read by rows, in memory bounded by its size', async () => {
    const header = ['案號', '被告單位', '立案日期', ...Array.from({ length: 997 }, (_, i) => `c${i}`)].join(',');
    const lines = Array.from({ length: 100_000 }, (_, i) => `(2019)${i},司法局,2019-01-01\n`).join('');
    const bytes = new TextEncoder().encode(`${header}\n${lines}`);
    const { data, bytes: cost } = await measure((options) => loadBeside({ name: 'litigation.csv', bytes }, options));
    expect(report(data, 'litigation.csv')).toMatchObject({ rowsRead: 100_000, rowsUsed: 100_000, rowsSkipped: 0 });
    expect(cost).toBeLessThan(bound(bytes.length));
  });
});

describe('hostile files: the committed corpus (fixtures/hostile/data)', () => {
  it('a NUL inside a cell is removed, reported as value.control with the value escaped, and makes no new unit', async () => {
    const data = await loadBeside(fixture('litigation-nul.csv'));
    expect(issuesOf(data, 'litigation-nul.csv')).toEqual([{ severity: 'warning', code: 'value.control', row: 2, column: '被告單位', value: '唯亭\\u0000街道' }]);
    expect(data.records.litigation.map((r) => r.unit)).toEqual(['唯亭街道', '唯亭街道']);
    expect(data.issues[0]?.message['zh-Hans']).toBe('列“被告單位”的单元格“唯亭\\u0000街道”含有不可见的控制字符，已移除，按“唯亭街道”读取。请在原文件中删除这些字符。');
  });

  it('invalid UTF-8 in a file with a BOM is file.invalid-utf8 plus value.replacement per cell, and the unit does not split', async () => {
    const data = await loadBeside(fixture('litigation-bom-bad-utf8.csv'));
    expect(report(data, 'litigation-bom-bad-utf8.csv')).toMatchObject({ encoding: 'utf-8-bom', rowsUsed: 2 });
    expect(issuesOf(data, 'litigation-bom-bad-utf8.csv')).toEqual([
      { severity: 'warning', code: 'file.invalid-utf8', row: null, column: null, value: null },
      { severity: 'warning', code: 'value.replacement', row: 2, column: '被告單位', value: '唯\\uFFFD亭街道' },
    ]);
    expect(data.issues[0]?.message.en).toContain('byte offset 63');
    expect(new Set(data.records.litigation.map((r) => r.unit))).toEqual(new Set(['唯亭街道']));
  });

  it('invalid UTF-8 without a BOM is read as UTF-8 (not GB18030) when the rest is UTF-8, with the same issues', async () => {
    const data = await loadBeside(fixture('litigation-bad-utf8.csv'));
    expect(report(data, 'litigation-bad-utf8.csv')).toMatchObject({ encoding: 'utf-8', rowsUsed: 2 });
    expect(issuesOf(data, 'litigation-bad-utf8.csv').map((i) => i.code)).toEqual(['file.invalid-utf8', 'value.replacement']);
    expect(new Set(data.records.litigation.map((r) => r.unit))).toEqual(new Set(['唯亭街道']));
  });

  it('bytes that are neither UTF-8 nor GBK nor Big5 are file.encoding with the byte offset, not column.missing', async () => {
    const data = await loadBeside(fixture('litigation-latin1.csv'));
    expect(issuesOf(data, 'litigation-latin1.csv')).toEqual([{ severity: 'error', code: 'file.encoding', row: null, column: null, value: null }]);
    expect(data.issues[0]?.message['zh-Hans']).toBe('此文件不是有效的 UTF-8（字节位置 27），也无法按 GBK 或 Big5 读取，因此未使用。请在 Excel 或 WPS 中另存为“CSV UTF-8”。');
  });

  it('an unclosed quote that swallows rows is file.unclosed-quote naming the row and column where it opened', async () => {
    const data = await loadBeside(fixture('litigation-unclosed-quote.csv'));
    expect(issuesOf(data, 'litigation-unclosed-quote.csv')).toEqual([{ severity: 'error', code: 'file.unclosed-quote', row: 3, column: 'B', value: null }]);
    expect(report(data, 'litigation-unclosed-quote.csv')).toMatchObject({ rowsRead: 0, rowsUsed: 0 });
  });

  it('a row of 1,500 cells is file.wide-row naming the row and the first column past the limit', async () => {
    const data = await loadBeside(fixture('litigation-wide.csv'));
    expect(issuesOf(data, 'litigation-wide.csv')).toEqual([{ severity: 'error', code: 'file.wide-row', row: 2, column: 'ALM', value: null }]);
  });

  it.each([
    ['litigation-xls.csv', 'xls', '旧版 Excel 97–2003 工作簿（.xls）'],
    ['litigation-pdf.csv', 'pdf', 'PDF 文档'],
    ['litigation-png.csv', 'image', '图片'],
    ['litigation-zip.csv', 'zip', 'ZIP 压缩包'],
    ['litigation-html.csv', 'html', '网页或 XML 文件'],
    ['litigation-binary.csv', 'binary', '非文本文件'],
  ])('%s is recognised by its bytes as %s: file.format, no encoding or dataset guessed, a message in the reader’s language only', async (name, format, hans) => {
    const data = await loadBeside(fixture(name));
    expect(report(data, name)).toMatchObject({ format, encoding: null, dataset: null, rowsRead: 0, rowsUsed: 0, rowsSkipped: 0 });
    expect(issuesOf(data, name)).toEqual([{ severity: 'error', code: 'file.format', row: null, column: null, value: null }]);
    const { message } = data.issues[0] as Issue;
    expect(message['zh-Hans']).toContain(hans);
    // No English sentence inside the Chinese messages: only file-format names and "CSV UTF-8" in Latin letters.
    for (const text of [message['zh-Hans'], message['zh-Hant']]) expect(text.replace(/CSV UTF-8|CSV|XLSX|Excel|WPS|PDF|ZIP|XML|NUL|UTF-16|Unicode|gzip|7-Zip|RAR|\.\w+/g, '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('an XLSX workbook named .csv is read as XLSX, by its bytes', async () => {
    const data = await loadBeside(fixture('enforcement_reviews.csv'));
    expect(report(data, 'enforcement_reviews.csv')).toMatchObject({ format: 'xlsx', dataset: 'enforcement_reviews', rowsRead: 5, rowsUsed: 4 });
    expect(issuesOf(data, 'enforcement_reviews.csv').map((i) => i.code)).toEqual(['value.range']);
  });

  it('the loader never throws on any of the corpus, loaded all together', async () => {
    const names = readFileSync(new URL('README.md', DIR), 'utf8').match(/`[\w-]+\.csv`/g)?.map((n) => n.slice(1, -1)) ?? [];
    expect(names.length).toBeGreaterThanOrEqual(13);
    const data = await loadDataSet([...new Set(names)].map(fixture));
    for (const file of data.files) expect(file.rowsRead).toBe(file.rowsUsed + file.rowsSkipped);
  });
});
