import { describe, expect, it } from 'vitest';
import { closestColumn } from '../../src/datasets/closest-column.ts';
import { columnIndicators } from '../../src/datasets/column-indicators.ts';
import { resolveColumnMap } from '../../src/datasets/column-map.ts';
import { matchHeader, withHeaderMap } from '../../src/datasets/match-headers.ts';
import { DATASET_SCHEMAS } from '../../src/datasets/registry.ts';
import { unknownHeaderIssues } from '../../src/datasets/unknown-header-issues.ts';

const enforcement = DATASET_SCHEMAS.enforcement_reviews;

describe('closestColumn', () => {
  it('closestColumn(header, schema) finds the column sharing most characters, in either script', () => {
    expect(closestColumn('基本要求', enforcement)).toMatchObject({ column: 'basic_pass', alias: '基本標準是否通過' });
    expect(closestColumn('評查人員', enforcement)?.column).toBe('reviewer');
    expect(closestColumn('评查人员', enforcement)?.column).toBe('reviewer');
    expect(closestColumn('案卷号', enforcement)?.column).toBe('file_no');
  });
  it('closestColumn compares Latin headers by letter pairs', () => {
    expect(closestColumn('basic pass?', enforcement)?.column).toBe('basic_pass');
    expect(closestColumn('remarks', enforcement)).toBeNull();
  });
  it('closestColumn is null for a header that resembles nothing, and for a blank one', () => {
    expect(closestColumn('備註', enforcement)).toBeNull();
    expect(closestColumn('序号', enforcement)).toBeNull();
    expect(closestColumn('  ', enforcement)).toBeNull();
  });
});

describe('columnIndicators', () => {
  it('columnIndicators names the indicators an optional column feeds, every indicator of the dataset for a required one, none otherwise', () => {
    expect(columnIndicators('enforcement_reviews', 'basic_pass')).toEqual(['enforcement.mean_score', 'enforcement.pass_rate', 'enforcement.excellent_rate']);
    expect(columnIndicators('enforcement_reviews', 'score')).toHaveLength(4);
    expect(columnIndicators('enforcement_reviews', 'reviewed_on')).toHaveLength(4);
    expect(columnIndicators('enforcement_reviews', 'reviewer')).toEqual([]);
    expect(columnIndicators('documents', 'title')).toEqual([]);
    expect(columnIndicators('units', 'kind')).toEqual([]);
  });
  it('columnIndicators only names columns of its dataset', () => {
    for (const schema of Object.values(DATASET_SCHEMAS)) {
      for (const id of columnIndicators(schema.id, 'no_such_column')) expect(id).toBeUndefined();
    }
  });
});

describe('withHeaderMap and resolveColumnMap', () => {
  it('withHeaderMap reads a mapped header as its column, ahead of the aliases, and leaves the schema unchanged', () => {
    const mapped = withHeaderMap(enforcement, { 基本要求: 'basic_pass', 得分: 'reviewer', x: 'nope' });
    expect(matchHeader('基本要求', mapped)).toBe('basic_pass');
    expect(matchHeader('得分', mapped)).toBe('reviewer');
    expect(matchHeader('x', mapped)).toBeNull();
    expect(matchHeader('基本要求', enforcement)).toBeNull();
    expect(matchHeader('得分', enforcement)).toBe('score');
  });
  it('resolveColumnMap reports an unknown dataset or column as a warning and keeps the valid entries', () => {
    const r = resolveColumnMap({ nope: { a: 'b' }, enforcement_reviews: { 基本要求: 'basic_pass', 備註: 'remarks' } });
    expect(r.issues.map((i) => [i.severity, i.code, i.value])).toEqual([
      ['warning', 'column.map-dataset', 'nope'],
      ['warning', 'column.map-column', 'remarks'],
    ]);
    expect([...(r.entries.get('enforcement_reviews') ?? [])]).toEqual([['基本要求', 'basic_pass']]);
    expect(resolveColumnMap({}).schemas.size).toBe(0);
  });
});

describe('unknownHeaderIssues', () => {
  it('unknownHeaderIssues gives one issue per unknown, non-blank header, none for known or duplicate headers', () => {
    const issues = unknownHeaderIssues('a.csv', ['案卷編號', '被評查單位', '', '年度', '總分', '得分', '備註'], enforcement);
    expect(issues.map((i) => [i.severity, i.code, i.row, i.column])).toEqual([['notice', 'column.unknown', null, '備註']]);
  });
  it('unknownHeaderIssues warns when the closest column is missing and indicators read it', () => {
    const issues = unknownHeaderIssues('a.csv', ['案卷編號', '被評查單位', '年度', '基本要求', '總分'], enforcement);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'column.unknown-needed']]);
    expect(issues[0]?.message['zh-Hant']).toContain('案卷合格率');
  });
  it('unknownHeaderIssues gives a notice when the closest missing column feeds no indicator', () => {
    const issues = unknownHeaderIssues('a.csv', ['案卷編號', '被評查單位', '年度', '評查人員', '總分'], enforcement);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['notice', 'column.unknown']]);
    expect(issues[0]?.message.en).toContain('does not have');
  });
});
