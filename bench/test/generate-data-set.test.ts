import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataSet } from '../../packages/core/src/load/load-data-set.ts';
import { GENERATED_FILES, generateDataSet } from '../src/generate-data-set.ts';

const root = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('generateDataSet', () => {
  test('generateDataSet writes byte-identical files for the same seed and different ones for another seed', () => {
    const a = generateDataSet({ dir: join(root, 'a'), records: 300, seed: 7 });
    const b = generateDataSet({ dir: join(root, 'b'), records: 300, seed: 7 });
    const c = generateDataSet({ dir: join(root, 'c'), records: 300, seed: 8 });
    for (const file of GENERATED_FILES) expect(readFileSync(a[file])).toEqual(readFileSync(b[file]));
    expect(readFileSync(a.litigation)).not.toEqual(readFileSync(c.litigation));
  });

  test('generateDataSet writes the asked number of records per dataset under Simplified headers', () => {
    const paths = generateDataSet({ dir: join(root, 'd'), records: 500, seed: 1 });
    const litigation = Papa.parse<Record<string, string>>(readFileSync(paths.litigation, 'utf8'), { header: true, skipEmptyLines: true });
    expect(litigation.data).toHaveLength(500);
    expect(litigation.meta.fields).toContain('被告单位');
    const documents = Papa.parse<Record<string, string>>(readFileSync(paths.documents, 'utf8'), { header: true, skipEmptyLines: true });
    expect(documents.data).toHaveLength(500);
    expect(documents.meta.fields).toEqual(['文号', '制定单位', '标题', '印发日期', '公布日期', '是否需报备', '报备日期', '合法性审核', '审查结论']);
  });

  test('generateDataSet writes full-width case-number brackets, Chinese dates and blank cells', () => {
    const paths = generateDataSet({ dir: join(root, 'e'), records: 2000, seed: 3 });
    const text = readFileSync(paths.litigation, 'utf8');
    expect(text).toMatch(/（20\d\d）苏0591行初\d+号/);
    expect(text).toMatch(/20\d\d年\d{1,2}月\d{1,2}日/);
    expect(text).toMatch(/,,/);
  });

  test('generateDataSet writes 不适用 (also N/A, 不涉及), blank tokens and every CSV date form of docs/data.md, and the loader reads them all', async () => {
    const paths = generateDataSet({ dir: join(root, 'f'), records: 3000, seed: 4 });
    const text = GENERATED_FILES.map((f) => readFileSync(paths[f], 'utf8')).join('\n');
    for (const token of ['不适用', 'N/A', '不涉及', ',—,', ',/,', '2019年5月', '号,', '２０', '－', '二〇一', '二○一', '二零一', '十一日', ' 14:30,', ':00+08:00', 'T06:30:00Z']) {
      expect(text, token).toContain(token);
    }
    expect(text).toMatch(/,20\d\d\.\d{1,2}\.\d{1,2},/);
    expect(text).toMatch(/,20\d{6},/);
    const data = await loadDataSet(GENERATED_FILES.map((f) => ({ name: `${f}.csv`, bytes: new Uint8Array(readFileSync(paths[f])) })));
    expect(data.issues.filter((i) => i.code === 'value.date' || i.code === 'value.flag')).toEqual([]);
    expect(data.records.documents.some((r) => r.legality_reviewed === 'na')).toBe(true);
    expect(data.records.litigation.some((r) => r.head_appeared === 'na')).toBe(true);
    expect(data.records.enforcement_reviews.some((r) => r.basic_pass === 'na')).toBe(true);
  });
});
