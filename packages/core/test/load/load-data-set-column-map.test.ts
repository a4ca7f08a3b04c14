import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { loadDataSet } from '../../src/load/load-data-set.ts';
import type { InputFile } from '../../src/load/data-set.ts';

/** The tester's file: ten reviews of one unit in 2019, three failing the basic requirements (scores 60–80 as given). */
async function reviews(passHeader: string, name = '執法案卷評查.xlsx'): Promise<InputFile> {
  const rows: unknown[][] = [['案卷編號', '被評查單位', '年度', passHeader, '總分']];
  const scores = [62, 70, 75, 80, 66, 71, 64, 78, 69, 73];
  scores.forEach((score, i) => rows.push([`J${i + 1}`, '司法局', 2019, i < 3 ? '否' : '是', score]));
  const buffer = await writeXlsxFile(rows as never).toBuffer();
  return { name, bytes: new Uint8Array(buffer) };
}

const passRate = async (file: InputFile, columnMap?: Parameters<typeof loadDataSet>[1] extends infer O ? O extends { columnMap?: infer M } ? M : never : never) => {
  const data = await loadDataSet([file], columnMap === undefined ? {} : { columnMap });
  const rows = computeIndicators(data.records).rows;
  const value = (id: string) => rows.find((r) => r.indicator === id && r.unit === '*' && r.year === 2019)?.value;
  return { data, passRate: value('enforcement.pass_rate'), meanScore: value('enforcement.mean_score') };
};

describe('loadDataSet: unknown headers and the column map', () => {
  it('an unknown header whose closest column is missing and read by indicators is a warning naming them', async () => {
    const { data, passRate: rate } = await passRate(await reviews('基本要求'));
    const warning = data.issues.find((i) => i.code === 'column.unknown-needed');
    expect(warning).toMatchObject({ severity: 'warning', file: '執法案卷評查.xlsx', row: null, column: '基本要求', value: '基本要求' });
    expect(warning?.message['zh-Hans']).toContain('基本要求');
    expect(warning?.message['zh-Hans']).toContain('（D 列）');
    expect(warning?.message['zh-Hans']).toContain('basic_pass');
    expect(warning?.message['zh-Hans']).toContain('案卷合格率');
    expect(warning?.message.en).toContain('"Case-file pass rate"');
    expect(data.files[0]?.columns[3]).toEqual({ header: '基本要求', column: null });
    expect(data.files[0]?.mapped).toBeUndefined();
    // The failures are not seen: every file passes.
    expect(rate).toBe(1);
  });

  it('the column map reads the unknown header as the column: the same indicators as the known alias', async () => {
    const known = await passRate(await reviews('基本標準是否通過'));
    const mapped = await passRate(await reviews('基本要求'), { enforcement_reviews: { 基本要求: 'basic_pass' } });
    expect(known.passRate).toBe(0.7);
    expect(mapped.passRate).toBe(known.passRate);
    expect(mapped.meanScore).toBe(known.meanScore);
    expect(mapped.data.issues.filter((i) => i.code.startsWith('column.'))).toEqual([]);
    expect(mapped.data.files[0]?.columns[3]).toEqual({ header: '基本要求', column: 'basic_pass' });
    expect(mapped.data.files[0]?.mapped).toEqual([{ header: '基本要求', column: 'basic_pass' }]);
    expect(known.data.files[0]?.mapped).toBeUndefined();
  });

  it('a mapped header matches in either script, width and case', async () => {
    const { passRate: rate } = await passRate(await reviews('基本要求'), { enforcement_reviews: { ' 基本要求 ': 'basic_pass' } });
    expect(rate).toBe(0.7);
  });

  it('an unknown dataset or column in the map is a warning, not a throw, and the rest of the map applies', async () => {
    const { data, passRate: rate } = await passRate(await reviews('基本要求'), {
      enforcement: { 基本要求: 'basic_pass' },
      enforcement_reviews: { 基本要求: 'basic_pass', 備註: 'remarks' },
    });
    expect(data.issues.slice(0, 2).map((i) => [i.severity, i.code, i.file, i.value])).toEqual([
      ['warning', 'column.map-dataset', '', 'enforcement'],
      ['warning', 'column.map-column', '', 'remarks'],
    ]);
    expect(rate).toBe(0.7);
  });

  it('an unknown header with no close column, or whose closest column is present, is a notice', async () => {
    const bytes = new TextEncoder().encode('案卷編號,被評查單位,年度,總分,備註,案卷總分\nJ1,司法局,2019,80,,80\n');
    const data = await loadDataSet([{ name: 'enforcement_reviews.csv', bytes }]);
    const unknown = data.issues.filter((i) => i.code.startsWith('column.unknown'));
    expect(unknown.map((i) => [i.severity, i.code, i.column])).toEqual([
      ['notice', 'column.unknown', '備註'],
      ['notice', 'column.unknown', '案卷總分'],
    ]);
    expect(unknown[0]?.message.en).toContain('(E)');
    expect(unknown[1]?.message['zh-Hans']).toContain('本文件已有该列');
  });

  it('a CSV read as columns and as rows gives the same unknown-header issues', async () => {
    const bytes = new TextEncoder().encode('案卷編號,被評查單位,年度,基本要求,總分\nJ1,司法局,2019,否,80\n');
    const file = { name: 'enforcement_reviews.csv', bytes };
    const a = await loadDataSet([file], { csvPath: 'columns' });
    const b = await loadDataSet([file], { csvPath: 'rows' });
    expect(a.issues).toEqual(b.issues);
    expect(a.issues.map((i) => i.code)).toEqual(['column.unknown-needed']);
  });
});
