import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/io/read-xlsx.ts';
import { checkXlsxSize, maxXlsxUnpackedBytes, XlsxSizeError } from '../../src/io/xlsx-limits.ts';
import { loadDataSet } from '../../src/load/load-data-set.ts';

const workbook = new Uint8Array(readFileSync(new URL('../../../../fixtures/messy/enforcement_reviews.xlsx', import.meta.url)));

/** The workbook with its first sheet's declared size (local header and central directory) set to `declared`; nothing else changes. */
function declaring(declared: number): Uint8Array {
  const entries = unzipSync(workbook);
  const name = Object.keys(entries).find((n) => /worksheets\/sheet1\.xml$/.test(n)) as string;
  const actual = (entries[name] as Uint8Array).length;
  const zip = zipSync(entries);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let patched = 0;
  for (let i = 0; i + 30 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    const at = signature === 0x04034b50 ? i + 22 : signature === 0x02014b50 ? i + 24 : -1;
    if (at !== -1 && view.getUint32(at, true) === actual) {
      view.setUint32(at, declared, true);
      patched++;
    }
  }
  expect(patched).toBe(2);
  return zip;
}

describe('the XLSX size limit', () => {
  it('lets a real workbook through, and reads it as before', async () => {
    expect(() => checkXlsxSize(workbook)).not.toThrow();
    expect((await readXlsx(workbook)).rows.length).toBeGreaterThan(1);
  });

  it('refuses a workbook whose entries declare more than 64 times its size plus 32 MiB, before inflating anything', async () => {
    const bomb = declaring(900 * 2 ** 20);
    const error = (() => {
      try {
        checkXlsxSize(bomb);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(XlsxSizeError);
    expect((error as XlsxSizeError).limit).toBe(maxXlsxUnpackedBytes(bomb.length));
    expect((error as XlsxSizeError).unpacked).toBeGreaterThan(900 * 2 ** 20);
    await expect(readXlsx(bomb)).rejects.toBeInstanceOf(XlsxSizeError);
  });

  it('makes the loader report file.xlsx-size for that file alone, in the three languages, without the memory it declares', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const data = await loadDataSet([
      { name: 'enforcement_reviews.xlsx', bytes: declaring(900 * 2 ** 20) },
      { name: 'litigation.csv', bytes: new TextEncoder().encode('案號,被告單位,立案日期\n(2019)蘇0591行初1號,唯亭街道,2019-03-01\n') },
    ]);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 2 ** 20);
    expect(data.issues.map((i) => [i.code, i.file, i.row])).toEqual([['file.xlsx-size', 'enforcement_reviews.xlsx', null]]);
    expect(data.files.map((f) => [f.file, f.format, f.rowsRead, f.rowsUsed])).toEqual([
      ['enforcement_reviews.xlsx', 'xlsx', 0, 0],
      ['litigation.csv', 'csv', 1, 1],
    ]);
    const { message } = data.issues[0]!;
    expect(message.en).toMatch(/^This XLSX file is \d+ KB but declares 900\.\d MB once unpacked \(more than 64 times its size\)/);
    expect(message['zh-Hant']).toContain('超過檔案大小的 64 倍');
    expect(message['zh-Hans']).toContain('超过文件大小的 64 倍');
  });

  it('lets a workbook that declares less than it holds through the check: the reader inflates no more than declared', async () => {
    const liar = declaring(64);
    expect(() => checkXlsxSize(liar)).not.toThrow();
    await expect(readXlsx(liar)).rejects.toThrow();
  });
});
