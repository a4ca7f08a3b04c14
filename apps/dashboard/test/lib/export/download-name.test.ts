import { describe, expect, test } from 'vitest';
import { chartDownloadName } from '../../../src/lib/charts/chart-download-name.ts';
import { downloadName } from '../../../src/lib/export/download-name.ts';
import { rankingExportTable } from '../../../src/lib/scores/ranking-export-table.ts';
import { issuesExportTable } from '../../../src/lib/quality/issues-export-table.ts';

const title = (text: string) => ({ title: { text, subtitle: 'x' } });

describe('downloadName(...parts)', () => {
  test('joins the parts with -, drops the space between Chinese and a number, and keeps no character a file name cannot hold', () => {
    expect(downloadName('行政訴訟', '敗訴率：歷年走勢', 2019)).toBe('行政訴訟-敗訴率-歷年走勢-2019');
    expect(downloadName('部门评分与排名', '2019 年排名表')).toBe('部门评分与排名-2019年排名表');
    expect(downloadName('Litigation', 'Lost cases, 2018–2019')).toBe('litigation-lost-cases-2018-2019');
    const name = downloadName('A/B\\C:D*E?F"G<H>I|J', ' 甲（乙）·丙 —— N = 1,024 ', '-x-');
    expect(name).toBe('a-b-c-d-e-f-g-h-i-j-甲-乙-丙-n-1-024-x');
    expect(name).not.toMatch(/[/\\:*?"<>|\s]|--|^-|-$/);
  });
});

describe('chartDownloadName(view, spec, lang, years, name)', () => {
  test('names a chart <view>-<title>-<years> in the page\'s language, the years once', () => {
    expect(chartDownloadName('litigation', title('敗訴率：歷年走勢'), 'zh-Hant', [2019], 'litigation-loss-rate-trend-2019')).toBe('行政訴訟-敗訴率-歷年走勢-2019');
    expect(chartDownloadName('litigation', title('败诉率：历年走势'), 'zh-Hans', [2019], 'litigation-loss-rate-trend-2019')).toBe('行政诉讼-败诉率-历年走势-2019');
    expect(chartDownloadName('litigation', title('Loss rate over the years'), 'en', [2019], 'litigation-loss-rate-trend-2019')).toBe('litigation-loss-rate-over-the-years-2019');
    expect(chartDownloadName('litigation', title('敗訴案件數：2018—2019年度對比'), 'zh-Hant', [2018, 2019], 'x')).toBe('行政訴訟-敗訴案件數-2018-2019年度對比');
    expect(chartDownloadName('ranking', title('2019年總分排名'), 'zh-Hant', [2019], 'ranking-total-2019')).toBe('部門評分與排名-2019年總分排名');
  });

  test('falls back to the chart\'s name when it has no title', () => {
    expect(chartDownloadName('overview', {}, 'en', [2019], 'litigation-loss-rate-trend-2019')).toBe('litigation-loss-rate-trend-2019');
  });
});

describe('table downloads', () => {
  test('the ranking and the issues are named in the page\'s language, not ranking-2019 and data-issues', () => {
    expect(['zh-Hant', 'zh-Hans', 'en'].map((lang) => rankingExportTable([], 2019, lang as 'en').name)).toEqual(['部門評分與排名-2019年排名表', '部门评分与排名-2019年排名表', 'scores-and-ranking-ranking-table-2019']);
    expect(['zh-Hant', 'zh-Hans', 'en'].map((lang) => issuesExportTable([], lang as 'en').name)).toEqual(['資料品質-問題', '数据质量-问题', 'data-quality-issues']);
  });
});
