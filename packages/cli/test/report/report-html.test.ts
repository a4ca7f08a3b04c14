import { checkScheme, scoreUnits, type FileReport, type IndicatorRow, type Issue, type Scheme } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/report/report-html.ts';
import type { ReportModel } from '../../src/report/report-model.ts';

const rows: IndicatorRow[] = [
  { indicator: 'litigation.lost_cases', unit: '*', year: 2018, numerator: 4, denominator: null, value: 4 },
  { indicator: 'litigation.lost_cases', unit: '*', year: 2019, numerator: 3, denominator: null, value: 3 },
  { indicator: 'litigation.lost_cases', unit: '<script>alert(1)</script>', year: 2019, numerator: 3, denominator: null, value: 3 },
];
const file: FileReport = {
  file: 'litigation.csv', format: 'csv', encoding: 'gb18030', sheet: null, dataset: 'litigation', recognizedBy: 'name',
  columns: [], rowsRead: 5, rowsUsed: 4, rowsSkipped: 1, rowsUndated: 0,
};
const issue: Issue = {
  severity: 'error', code: 'value.date', file: 'litigation.csv', row: 3, column: '立案日期', value: '2019-02-30',
  message: { 'zh-Hant': '日期無效', 'zh-Hans': '日期无效', en: 'invalid date' },
};
const scheme: Scheme = {
  format: 'fazhi-scheme/1', id: 'demo', version: '1', name: '示例',
  dimensions: [{ id: 'litigation', name: '行政应诉', points: 10, items: [{ id: 'lost', name: '败诉', indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } }] }],
};
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><clipPath id="clip1"/><g clip-path="url(#clip1)"/></svg>';

function model(lang: ReportModel['lang']): ReportModel {
  return {
    lang, years: [2018, 2019], toolVersion: '0.1.0', schemeName: '示例', stamp: { id: 'demo', version: '1', hash: 'sha256:ab' }, scheme,
    itemNames: new Map(), rows, scores: [], files: [file], issues: [issue],
    charts: [
      { name: 'a', kind: 'yearly', section: 'litigation', caption: 'A', svg },
      { name: 'b', kind: 'yearly', section: 'litigation', caption: 'B', svg },
    ],
  };
}

describe('reportHtml', () => {
  it('escapes every text taken from the data', () => {
    const html = reportHtml(model('en'));
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('inlines each chart with its own ids, so two charts never share a clip path', () => {
    const html = reportHtml(model('zh-Hans'));
    expect(html).toContain('id="c1-clip1"');
    expect(html).toContain('url(#c2-clip1)');
    expect(html).not.toContain('"clip1"');
  });

  it('tells the section’s figures, its table and the data-quality accounting with per-file issue counts', () => {
    const html = reportHtml(model('zh-Hans'));
    expect(html).toContain('2019 年，败诉案件数 3 件（较 2018 年 −1 件，−25%）。');
    expect(html).toMatch(/<td>litigation\.csv<\/td><td>litigation<\/td><td>gb18030<\/td><td class="num">5<\/td><td class="num">4<\/td><td class="num">1<\/td><td class="num">1<\/td><td class="num">0<\/td>/);
    expect(html).toContain('<td>2019-02-30</td><td>日期无效</td>');
  });

  it('adds the rows that count in no year to the file table when a file has them, and names a refused format', () => {
    const xls: FileReport = { ...file, file: 'cases.csv', format: 'xls', encoding: null, dataset: null, recognizedBy: null, rowsRead: 0, rowsUsed: 0, rowsSkipped: 0 };
    const html = reportHtml({ ...model('zh-Hant'), files: [{ ...file, rowsUndated: 3 }, xls] });
    expect(html).toContain('<th>略過</th><th class="num">其中無年度</th>'.replace('<th>', '<th class="num">'));
    expect(html).toMatch(/<td>litigation\.csv<\/td><td>litigation<\/td><td>gb18030<\/td><td class="num">5<\/td><td class="num">4<\/td><td class="num">1<\/td><td class="num">3<\/td><td class="num">1<\/td>/);
    expect(html).toMatch(/<td>cases\.csv<\/td><td>—<\/td><td>舊版 Excel（\.xls）<\/td><td class="num">0<\/td>/);
    expect(reportHtml(model('zh-Hant'))).not.toContain('其中無年度');
  });

  it('says so when a section has no record, and lists no issue when there is none', () => {
    const html = reportHtml({ ...model('en'), issues: [] });
    expect(html).toContain('The data holds no record for this section.');
    expect(html).toContain('No issue was found.');
  });

  it("counts the values the scheme's data treatment changed under the score table, and says nothing without a treatment", () => {
    const appear: Scheme = {
      ...scheme, treatment: { imputation: 'mean' },
      dimensions: [{ id: 'litigation', name: '行政应诉', points: 10, items: [{ id: 'appear', name: '出庭', indicator: 'litigation.head_appearance_rate', points: 10, rule: { type: 'target', target: 1 } }] }],
    };
    const rates: IndicatorRow[] = [
      { indicator: 'litigation.head_appearance_rate', unit: 'A', year: 2019, numerator: 1, denominator: 2, value: 0.5 },
      { indicator: 'litigation.head_appearance_rate', unit: 'B', year: 2019, numerator: 0, denominator: 0, value: null },
    ];
    const check = checkScheme(appear);
    if (!check.ok) throw new Error('scheme');
    const html = reportHtml({ ...model('zh-Hant'), scheme: appear, scores: scoreUnits(rates, check.scheme, check.stamp, { years: [2019] }) });
    expect(html).toContain('<p>方案的數據處理（treatment）在計分前插補 1 個值，各項說明註明處理及原值。</p>');
    expect(html).toContain('無數據，按各單位平均值插補為 50%：');
    expect(reportHtml(model('zh-Hant'))).not.toContain('數據處理');
  });
  it("lists the scheme's rules in words, as core's ruleText says them", () => {
    const html = reportHtml(model('zh-Hant'));
    expect(html).toContain('<h3>評分規則</h3>');
    expect(html).toMatch(/<td>行政應訴<\/td><td>敗訴<\/td><td>敗訴案件數<\/td><td class="num">10<\/td><td>每 1 件扣 2 分，扣完為止<\/td>/);
  });
});
