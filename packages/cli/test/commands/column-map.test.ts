import type { FileReport, Issue } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { parseColumnMapText, parseMapArgument } from '../../src/read-column-map.ts';
import { runCli } from '../capture-io.ts';
import { useTempData } from '../temp-data.ts';

const temp = useTempData();

/**
 * The tester's file: an XLSX enforcement-review file whose pass/fail column
 * is headed `passHeader`; ten reviews of 司法局 in 2019 scored 62–80, three
 * of which failed the basic requirements.
 */
async function reviewsXlsx(passHeader: string): Promise<Uint8Array> {
  const rows: unknown[][] = [['案卷編號', '被評查單位', '年度', passHeader, '總分']];
  [62, 70, 75, 80, 66, 71, 64, 78, 69, 73].forEach((score, i) => rows.push([`J${i + 1}`, '司法局', 2019, i < 3 ? '否' : '是', score]));
  return new Uint8Array(await writeXlsxFile(rows as never).toBuffer());
}

type Row = { indicator: string; unit: string; year: number; value: number | null };
const value = (rows: Row[], id: string) => rows.find((r) => r.indicator === id && r.unit === '*' && r.year === 2019)?.value;

describe('fazhi and unrecognised headers (--map, --map-file)', () => {
  it('validate warns about the unknown 基本要求 header, naming basic_pass and the indicators it affects', async () => {
    const dir = temp({ '執法案卷評查.xlsx': await reviewsXlsx('基本要求') });
    const json = await runCli(['validate', '--data', dir, '--format', 'json']);
    const { issues } = JSON.parse(json.stdout) as { issues: Issue[] };
    expect(issues.map((i) => [i.severity, i.code, i.column])).toEqual([['warning', 'column.unknown-needed', '基本要求']]);
    const text = await runCli(['validate', '--data', dir, '--lang', 'zh-Hans']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('基本要求');
    expect(text.stdout).toContain('basic_pass');
    expect(text.stdout).toContain('案卷合格率');
  });

  it('--map reads the header as the column: the pass rate and mean score equal those of the same file under the known alias', async () => {
    const known = await runCli(['indicators', '--data', temp({ '執法案卷評查.xlsx': await reviewsXlsx('基本標準是否通過') })]);
    const unknownDir = temp({ '執法案卷評查.xlsx': await reviewsXlsx('基本要求') });
    const before = await runCli(['indicators', '--data', unknownDir]);
    const after = await runCli(['indicators', '--data', unknownDir, '--map', 'enforcement_reviews:基本要求=basic_pass']);
    const k = JSON.parse(known.stdout) as Row[];
    const b = JSON.parse(before.stdout) as Row[];
    const a = JSON.parse(after.stdout) as Row[];
    expect(value(k, 'enforcement.pass_rate')).toBe(0.7);
    expect(value(b, 'enforcement.pass_rate')).toBe(1);
    expect(value(a, 'enforcement.pass_rate')).toBe(0.7);
    expect(value(a, 'enforcement.mean_score')).toBe(value(k, 'enforcement.mean_score'));
    expect(after.stdout).toBe(known.stdout);
    expect(after.stderr).not.toContain('column.unknown');
  });

  it('validate shows the mapping in its per-file summary and in the FileReport', async () => {
    const dir = temp({ '執法案卷評查.xlsx': await reviewsXlsx('基本要求') });
    const text = await runCli(['validate', '--data', dir, '--map', 'enforcement_reviews:基本要求=basic_pass']);
    expect(text.stdout).toContain('執法案卷評查.xlsx: mapped columns: 基本要求 → basic_pass');
    const json = await runCli(['validate', '--data', dir, '--format', 'json', '--map', 'enforcement_reviews:基本要求=basic_pass']);
    const { files, issues } = JSON.parse(json.stdout) as { files: FileReport[]; issues: Issue[] };
    expect(files[0]?.mapped).toEqual([{ header: '基本要求', column: 'basic_pass' }]);
    expect(issues).toEqual([]);
  });

  it('--map-file takes the same mapping as JSON or YAML', async () => {
    const dir = temp({ '執法案卷評查.xlsx': await reviewsXlsx('基本要求') });
    const maps = temp({ 'map.json': '{"enforcement_reviews": {"基本要求": "basic_pass"}}', 'map.yaml': '# the review column\nenforcement_reviews:\n  "基本要求": basic_pass\n' });
    for (const file of ['map.json', 'map.yaml']) {
      const run = await runCli(['indicators', '--data', dir, '--map-file', `${maps}/${file}`]);
      expect(run.status).toBe(0);
      expect(value(JSON.parse(run.stdout) as Row[], 'enforcement.pass_rate')).toBe(0.7);
    }
  });

  it('an unknown dataset or column in --map is a warning, not a failure', async () => {
    const dir = temp({ '執法案卷評查.xlsx': await reviewsXlsx('基本要求') });
    const run = await runCli(['validate', '--data', dir, '--format', 'json', '--map', 'enforcement:基本要求=basic_pass', '--map', 'enforcement_reviews:基本要求=pass']);
    expect(run.status).toBe(0);
    const { issues } = JSON.parse(run.stdout) as { issues: Issue[] };
    expect(issues.map((i) => i.code)).toEqual(['column.map-dataset', 'column.map-column', 'column.unknown-needed']);
  });

  it('a malformed --map is a usage error (status 2); an unreadable or invalid --map-file exits 1', async () => {
    const dir = temp({ '執法案卷評查.xlsx': await reviewsXlsx('基本要求') });
    const bad = await runCli(['validate', '--data', dir, '--map', 'enforcement_reviews=basic_pass']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('invalid --map');
    const missing = await runCli(['score', '--data', dir, '--scheme', 'schemes/sip-example-2019.yaml', '--map-file', 'nope.json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read the column map file "nope.json"');
    const maps = temp({ 'bad.json': '{"enforcement_reviews": ["basic_pass"]}' });
    const invalid = await runCli(['indicators', '--data', dir, '--map-file', `${maps}/bad.json`]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('is not valid');
  });

  it('--help of validate, indicators, score and report lists --map and --map-file in every language', async () => {
    for (const command of ['validate', 'indicators', 'score', 'report']) {
      for (const lang of ['zh-Hant', 'zh-Hans', 'en']) {
        const run = await runCli([command, '--help', '--lang', lang]);
        expect(run.stdout).toContain('--map ');
        expect(run.stdout).toContain('--map-file');
      }
    }
  });
});

describe('parseMapArgument and parseColumnMapText', () => {
  it('parseMapArgument splits DATASET:HEADER=COLUMN at the first colon and the last equals sign', () => {
    expect(parseMapArgument('enforcement_reviews:基本要求=basic_pass')).toEqual({ dataset: 'enforcement_reviews', header: '基本要求', column: 'basic_pass' });
    expect(parseMapArgument('documents: 文号:备注 = doc_no')).toEqual({ dataset: 'documents', header: '文号:备注', column: 'doc_no' });
    for (const bad of ['', 'x', 'a:b', 'a=b', ':b=c', 'a:=c', 'a:b=']) expect(() => parseMapArgument(bad)).toThrow();
  });
  it('parseColumnMapText reads JSON and the YAML of the same shape, and says what is wrong otherwise', () => {
    const want = { enforcement_reviews: { 基本要求: 'basic_pass', 評查人員: 'reviewer' } };
    expect(parseColumnMapText(JSON.stringify(want))).toEqual(want);
    expect(parseColumnMapText('\uFEFFenforcement_reviews:  # reviews\n  基本要求: basic_pass\n  \'評查人員\': "reviewer"\n')).toEqual(want);
    expect(() => parseColumnMapText('  基本要求: basic_pass\n')).toThrow(/"基本要求" should hold "header": "column" entries/);
    expect(() => parseColumnMapText('enforcement_reviews: basic_pass\n')).toThrow(/should hold "header": "column" entries/);
    expect(() => parseColumnMapText('enforcement_reviews: [\n')).toThrow(); // a YAML syntax error
    expect(() => parseColumnMapText('- a\n- b\n')).toThrow(/expected an object of datasets/);
    expect(() => parseColumnMapText('{"a": {"b": 1}}')).toThrow(/column name/);
  });
});

describe('the report and the column map', () => {
  it("the report's data-quality section names each file's mapped headers", async () => {
    const { reportHtml } = await import('../../src/report/report-html.ts');
    const file: FileReport = {
      file: '執法案卷評查.xlsx', format: 'xlsx', encoding: null, sheet: 'Sheet1', dataset: 'enforcement_reviews', recognizedBy: 'name',
      columns: [{ header: '基本要求', column: 'basic_pass' }], mapped: [{ header: '基本要求', column: 'basic_pass' }], rowsRead: 10, rowsUsed: 10, rowsSkipped: 0, rowsUndated: 0,
    };
    const base = {
      years: [2019], toolVersion: '0.1.0', schemeName: '示例', stamp: { id: 'demo', version: '1', hash: 'sha256:ab' },
      scheme: { format: 'fazhi-scheme/1' as const, id: 'demo', version: '1', name: '示例', dimensions: [] },
      itemNames: new Map<string, never>(), rows: [], scores: [], issues: [], charts: [],
    };
    const html = reportHtml({ ...base, lang: 'zh-Hans', files: [file] });
    expect(html.slice(html.indexOf('<section id="s-data">'))).toContain('執法案卷評查.xlsx: 映射列：基本要求 → basic_pass');
    const { mapped: _, ...unmapped } = file;
    expect(reportHtml({ ...base, lang: 'en', files: [unmapped] })).not.toContain('mapped columns');
  });
});
