import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataSet } from '../../packages/core/src/load/load-data-set.ts';
import { generateDataSet } from '../src/generate-data-set.ts';
import { WorkerCsvScanner } from '../src/worker-csv-scanner.ts';

const root = mkdtempSync(join(tmpdir(), 'fazhi-scanner-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('WorkerCsvScanner', () => {
  test('loadDataSet with a WorkerCsvScanner gives the same DataSet as without, every CSV file after the first scanned on the worker', async () => {
    const paths = generateDataSet({ dir: join(root, 'a'), records: 3000, seed: 11 });
    const files = Object.values(paths).map((path) => ({ name: path.split('/').pop() as string, bytes: new Uint8Array(readFileSync(path)) }));
    const scanner = new WorkerCsvScanner();
    await scanner.ready;
    let answered = 0;
    try {
      const dataSet = await loadDataSet(files, {
        scanCsv: async (file) => {
          const scanned = await scanner.scan(file);
          if (scanned !== null) answered++;
          return scanned;
        },
      });
      expect(dataSet).toEqual(await loadDataSet(files));
      expect(dataSet.records.litigation.length).toBeGreaterThan(2500);
    } finally {
      await scanner.close();
    }
    expect(answered).toBe(files.length - 1);
  });

  test('WorkerCsvScanner answers null for a file that is not scanned as bytes (UTF-16), and the loader reads it itself', async () => {
    const text = '\ufeff案號,被告單位\n(2019)1,司法局\n';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      utf16[2 * i] = text.charCodeAt(i) & 0xff;
      utf16[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const files = [{ name: 'litigation.csv', bytes: utf16 }];
    const scanner = new WorkerCsvScanner();
    try {
      expect(await scanner.scan(files[0] as (typeof files)[number])).toBeNull();
      const dataSet = await loadDataSet(files, { scanCsv: scanner.scan });
      expect(dataSet).toEqual(await loadDataSet(files));
      expect(dataSet.records.litigation).toHaveLength(1);
    } finally {
      await scanner.close();
    }
  });
});
