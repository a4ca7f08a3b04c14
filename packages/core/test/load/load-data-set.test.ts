import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import type { Issue } from '../../src/issues/issue.ts';
import { loadDataSet } from '../../src/load/load-data-set.ts';
import type { InputFile } from '../../src/load/data-set.ts';

const csv = (name: string, text: string, extra: Partial<InputFile> = {}): InputFile => ({ name, bytes: new TextEncoder().encode(text), ...extra });
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const pick = (issues: Issue[], code: string) =>
  issues.filter((i) => i.code === code).map(({ severity, file, row, column, value }) => ({ severity, file, row, column, value }));

const LITIGATION = [
  '案號,被告單位,審級,立案日期,開庭日期,是否開庭,結案日期,裁判結果,是否敗訴',
  '（2019）蘇0591行初1號,司法局,一審,2019/5/10,,,2019年7月1日,撤銷,', // row 2: lost by outcome
  '(2019)苏0591行初2号,公安局,二審,二〇一九年五月十日,2019.6.1,否,,駁回訴訟請求,', // row 3: pending, heard
  '',
  '(2019)苏0591行初3号,公安局,三審,2019-02-30,,,2019-08-01,準予撤訴,也許', // row 5: 3 warnings
  '(2019)苏0591行初1号,司法局,一審,2019-05-10,,,,,', // row 6: duplicate of row 2
  ',司法局,一審,2019-05-10,,,,,', // row 7: case_no blank
  '合 計,,,,,,,,', // row 8
  '填表人：張三,,,,,,,審核人：李四,', // row 9
].join('\n');

describe('loadDataSet', () => {
  it('loadDataSet normalises a litigation file and accounts for every row', async () => {
    const data = await loadDataSet([csv('行政訴訟.csv', LITIGATION)]);
    const [report] = data.files;
    expect(report).toMatchObject({ file: '行政訴訟.csv', format: 'csv', encoding: 'utf-8', dataset: 'litigation', recognizedBy: 'name', rowsRead: 7, rowsUsed: 3, rowsSkipped: 4 });
    expect(data.records.litigation.map((r) => [r.source.row, r.case_no, r.unit, r.lost, r.hearing_held, r.withdrawn])).toEqual([
      [2, '(2019)苏0591行初1号', '司法局', true, false, false],
      [3, '(2019)苏0591行初2号', '公安局', false, true, false],
      [5, '(2019)苏0591行初3号', '公安局', false, false, true],
    ]);
    expect(data.records.litigation[1]).toMatchObject({ filed_on: '2019-05-10', heard_on: '2019-06-01', concluded_on: null, outcome: '驳回诉讼请求', instance: '二审' });
    expect(data.records.litigation[2]).toMatchObject({ instance: null, filed_on: null, concluded_on: '2019-08-01' });
  });

  it('loadDataSet reports bad optional values as warnings with file, row, header and raw value, and keeps the row', async () => {
    const { issues } = await loadDataSet([csv('行政訴訟.csv', LITIGATION)]);
    expect(pick(issues, 'value.enum')).toEqual([{ severity: 'warning', file: '行政訴訟.csv', row: 5, column: '審級', value: '三審' }]);
    expect(pick(issues, 'value.date')).toEqual([{ severity: 'warning', file: '行政訴訟.csv', row: 5, column: '立案日期', value: '2019-02-30' }]);
    expect(pick(issues, 'value.flag')).toEqual([{ severity: 'warning', file: '行政訴訟.csv', row: 5, column: '是否敗訴', value: '也許' }]);
    const date = issues.find((i) => i.code === 'value.date');
    expect(date?.message.en).toContain('2019-02-30');
    expect(date?.message['zh-Hant']).toContain('立案日期');
    expect(date?.message['zh-Hans']).toContain('请写成');
  });

  it('loadDataSet skips duplicates, blank required cells, sub-totals and footers with the right issue', async () => {
    const { issues } = await loadDataSet([csv('行政訴訟.csv', LITIGATION)]);
    expect(pick(issues, 'row.duplicate')).toEqual([{ severity: 'error', file: '行政訴訟.csv', row: 6, column: '案號', value: '(2019)苏0591行初1号' }]);
    expect(pick(issues, 'value.required')).toEqual([{ severity: 'error', file: '行政訴訟.csv', row: 7, column: '案號', value: '' }]);
    expect(pick(issues, 'row.subtotal')).toEqual([{ severity: 'notice', file: '行政訴訟.csv', row: 8, column: null, value: '合 計' }]);
    expect(pick(issues, 'row.footer')).toEqual([{ severity: 'notice', file: '行政訴訟.csv', row: 9, column: null, value: '填表人：張三 審核人：李四' }]);
    expect(issues.find((i) => i.code === 'row.duplicate')?.message.en).toContain('row 2');
  });

  it('loadDataSet rejects a bad value in a required column as an error and skips the row', async () => {
    const data = await loadDataSet([csv('safety_incidents.csv', '事故編號,發生日期,死亡人數,直接經濟損失(萬元)\nA1,2019-13-01,1,\nA2,2019-03-01,-1,\nA3,2019-03-01,2人,12.5萬元\nA4,2019-03-01,x,\n')]);
    expect(pick(data.issues, 'value.date')).toEqual([{ severity: 'error', file: 'safety_incidents.csv', row: 2, column: '發生日期', value: '2019-13-01' }]);
    expect(pick(data.issues, 'value.range')).toEqual([{ severity: 'error', file: 'safety_incidents.csv', row: 3, column: '死亡人數', value: '-1' }]);
    expect(pick(data.issues, 'value.number')).toEqual([{ severity: 'error', file: 'safety_incidents.csv', row: 5, column: '死亡人數', value: 'x' }]);
    expect(data.records.safety_incidents).toEqual([
      { source: { file: 'safety_incidents.csv', row: 4 }, unit: null, incident_no: 'A3', occurred_on: '2019-03-01', sector: null, deaths: 2, injuries: null, direct_loss: 12.5, grade: '一般' },
    ]);
    expect(data.files[0]).toMatchObject({ rowsRead: 4, rowsUsed: 1, rowsSkipped: 3 });
  });

  it('loadDataSet reports a missing required column once per column and still loads the other files', async () => {
    const data = await loadDataSet([
      csv('行政訴訟.csv', '案號,審級\n(2019)1,一審\n(2019)2,一審\n'),
      csv('行政複議.csv', '案號,被申請人,受理日期\nF1,司法局,2019-01-02\n'),
    ]);
    expect(pick(data.issues, 'column.missing')).toEqual([{ severity: 'error', file: '行政訴訟.csv', row: 1, column: 'unit', value: null }]);
    expect(data.files.find((f) => f.file === '行政訴訟.csv')).toMatchObject({ rowsRead: 2, rowsUsed: 0, rowsSkipped: 2 });
    expect(data.records.litigation).toEqual([]);
    expect(data.records.reconsideration).toHaveLength(1);
  });

  it('loadDataSet keeps a row whose unit cell is blank, with a unit.blank warning, so it counts for the jurisdiction only', async () => {
    const data = await loadDataSet([csv('litigation.csv', '案號,被告單位,立案日期\n(2019)1,,2019-03-01\n(2019)2,司法局,2019-03-02\n')]);
    expect(pick(data.issues, 'unit.blank')).toEqual([{ severity: 'warning', file: 'litigation.csv', row: 2, column: '被告單位', value: '' }]);
    expect(data.records.litigation.map((r) => r.unit)).toEqual([null, '司法局']);
    expect(data.files[0]).toMatchObject({ rowsRead: 2, rowsUsed: 2, rowsSkipped: 0 });
  });

  it('loadDataSet warns of a duplicate column, an empty file and an unknown unit', async () => {
    const data = await loadDataSet([
      csv('units.csv', '單位,別名\n司法局,园区司法局\n'),
      csv('litigation.csv', '案號,被告,被告單位\n1,園區司法局,x\n2,公安局,y\n3,公安局,z\n'),
      csv('economy.csv', '年份,GDP\n'),
    ]);
    expect(pick(data.issues, 'column.duplicate')).toEqual([{ severity: 'warning', file: 'litigation.csv', row: 1, column: '被告單位', value: '被告單位' }]);
    expect(pick(data.issues, 'file.empty')).toEqual([{ severity: 'warning', file: 'economy.csv', row: null, column: null, value: null }]);
    expect(pick(data.issues, 'unit.unknown')).toEqual([{ severity: 'warning', file: 'litigation.csv', row: 3, column: '被告', value: '公安局' }]);
    expect(data.records.litigation.map((r) => r.unit)).toEqual(['司法局', '公安局', '公安局']);
  });

  it('loadDataSet reports unreadable and unrecognised files as errors and skips all their rows', async () => {
    const data = await loadDataSet([
      { name: 'broken.xlsx', bytes: hex('504b0304deadbeef') },
      csv('export.csv', '姓名,電話\n張三,123\n\n李四,456\n'),
    ]);
    expect(pick(data.issues, 'file.unreadable')).toEqual([{ severity: 'error', file: 'broken.xlsx', row: null, column: null, value: null }]);
    expect(pick(data.issues, 'file.unrecognized')).toEqual([{ severity: 'error', file: 'export.csv', row: null, column: null, value: null }]);
    expect(data.files.find((f) => f.file === 'export.csv')).toMatchObject({ dataset: null, rowsRead: 2, rowsUsed: 0, rowsSkipped: 2 });
  });

  it('loadDataSet reports an unknown forced encoding as file.unreadable', async () => {
    const data = await loadDataSet([csv('litigation.csv', '案號,被告單位\n1,司法局\n', { encoding: 'klingon' })]);
    expect(pick(data.issues, 'file.unreadable')).toEqual([{ severity: 'error', file: 'litigation.csv', row: null, column: null, value: null }]);
    expect(data.files[0]).toMatchObject({ dataset: 'litigation', rowsRead: 0, rowsUsed: 0, rowsSkipped: 0 });
  });

  it('loadDataSet uses a forced dataset and encoding', async () => {
    const big5 = hex('aed7b8b92cb351a769b3e6a6ec2cbc66afc52ca5dfaed7a4e9b4c10a283230313929c4ac30353931a6e6aaec31b8b92ca571aa6ba7bd2ca440bc662c323031392d30352d31300a');
    const data = await loadDataSet([{ name: 'a.csv', bytes: big5, dataset: 'litigation', encoding: 'big5' }]);
    expect(data.files[0]).toMatchObject({ dataset: 'litigation', recognizedBy: 'user', encoding: 'big5', rowsUsed: 1 });
  });

  it('loadDataSet detects GBK and Big5 files without a BOM and reads them the same', async () => {
    const gbk = hex('b0b8bac52cb1bbb8e6b5a5cebb2cc9f3bcb62cc1a2b0b8c8d5c6da0a283230313929cbd530353931d0d0b3f531bac52ccbbeb7a8bed62cd2bbc9f32c323031392d30352d31300a');
    const big5 = hex('aed7b8b92cb351a769b3e6a6ec2cbc66afc52ca5dfaed7a4e9b4c10a283230313929c4ac30353931a6e6aaec31b8b92ca571aa6ba7bd2ca440bc662c323031392d30352d31300a');
    const a = await loadDataSet([{ name: 'x.csv', bytes: gbk }]);
    const b = await loadDataSet([{ name: 'x.csv', bytes: big5 }]);
    expect(a.files[0]).toMatchObject({ encoding: 'gb18030', dataset: 'litigation', recognizedBy: 'headers', rowsUsed: 1 });
    expect(b.files[0]).toMatchObject({ encoding: 'big5', dataset: 'litigation', recognizedBy: 'headers', rowsUsed: 1 });
    const strip = (r: (typeof a.records.litigation)[number]) => ({ ...r, unit: null });
    expect(a.records.litigation.map(strip)).toEqual(b.records.litigation.map(strip));
    expect(a.records.litigation[0]).toMatchObject({ case_no: '(2019)苏0591行初1号', instance: '一审', filed_on: '2019-05-10' });
  });

  it('loadDataSet gives the same result whatever order the files come in', async () => {
    const files = [
      csv('b-litigation.csv', '案號,被告單位\n2,苏州工业园区司法局\n1,公安局\n'),
      csv('a-litigation.csv', '案號,被告單位\n1,蘇州工業園區司法局\n'),
    ];
    const one = await loadDataSet(files);
    const two = await loadDataSet([...files].reverse());
    expect(two).toEqual(one);
    expect(one.records.litigation.map((r) => r.unit)).toEqual(['蘇州工業園區司法局', '蘇州工業園區司法局']);
    expect(pick(one.issues, 'row.duplicate')).toEqual([{ severity: 'error', file: 'b-litigation.csv', row: 3, column: '案號', value: '1' }]);
  });

  it('loadDataSet reads the first non-blank row as the header and numbers rows as a spreadsheet does', async () => {
    const data = await loadDataSet([csv('decisions.csv', '\n\n編號,承辦單位,年度,公眾參與,專家論證\nD1,司法局,2019年,是,不適用\nD2,司法局,,是,否\n')]);
    expect(data.records.decisions).toEqual([
      expect.objectContaining({ source: { file: 'decisions.csv', row: 4 }, year: 2019, public_participation: 'yes', expert_argumentation: 'na', decided_on: null }),
    ]);
    expect(pick(data.issues, 'value.required')).toEqual([{ severity: 'error', file: 'decisions.csv', row: 5, column: '年度', value: '' }]);
  });

  it('loadDataSet reads XLSX date cells and numeric serials in date columns without time-zone drift', async () => {
    const buffer = await writeXlsxFile([
      ['事故編號', '發生日期', '死亡人數', '事故等級'],
      ['S1', { value: new Date(Date.UTC(2019, 11, 31)), type: Date, format: 'yyyy-mm-dd' }, 3, null],
      ['S2', 43466, 0, '重大事故'],
      ['S3', '2019年3月1日', 31, null],
    ] as never).toBuffer();
    const data = await loadDataSet([{ name: '生產安全事故.xlsx', bytes: new Uint8Array(buffer) }]);
    expect(data.files[0]).toMatchObject({ format: 'xlsx', encoding: null, sheet: 'Sheet1', rowsRead: 3, rowsUsed: 3 });
    expect(data.records.safety_incidents.map((r) => [r.occurred_on, r.deaths, r.grade])).toEqual([
      ['2019-12-31', 3, '较大'],
      ['2019-01-01', 0, '重大'],
      ['2019-03-01', 31, '特别重大'],
    ]);
  });

  it('loadDataSet skips a title line above the header and a repeated header row with notices', async () => {
    const data = await loadDataSet([csv('行政複議.csv', '2019年行政複議案件統計表,,\n案號,被申請人,受理日期\nF1,司法局,2019-01-02\n案號,被申請人,受理日期\ncase_no,unit,received_on\nF2,司法局,2019-01-03\n')]);
    expect(pick(data.issues, 'row.title')).toEqual([{ severity: 'notice', file: '行政複議.csv', row: 1, column: null, value: '2019年行政複議案件統計表' }]);
    expect(pick(data.issues, 'row.header')).toEqual([
      { severity: 'notice', file: '行政複議.csv', row: 4, column: null, value: '案號' },
      { severity: 'notice', file: '行政複議.csv', row: 5, column: null, value: 'case_no' },
    ]);
    expect(data.records.reconsideration.map((r) => [r.source.row, r.case_no])).toEqual([[3, 'F1'], [6, 'F2']]);
    expect(data.files[0]).toMatchObject({ rowsRead: 4, rowsUsed: 2, rowsSkipped: 2 });
  });

  it('loadDataSet reports progress after each file', async () => {
    const seen: string[] = [];
    await loadDataSet([csv('b.csv', 'x\n1'), csv('units.csv', '單位\n司法局\n'), csv('a-litigation.csv', '案號,被告單位\n1,司法局\n')], {
      onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.file}`),
    });
    expect(seen).toHaveLength(3);
    expect(seen[2]).toMatch(/^3\/3 /);
  });

  it('loadDataSet reports row progress inside a large file', async () => {
    const text = '案號,被告單位\n' + Array.from({ length: 70_000 }, (_, i) => `${i},司法局`).join('\n');
    const seen: [number, number, number][] = [];
    await loadDataSet([csv('litigation.csv', text)], { onProgress: (p) => seen.push([p.done, p.rows, p.rowsTotal]) });
    expect(seen).toEqual([[0, 65_536, 70_001], [1, 70_001, 70_001]]);
  });
});
