import { describe, expect, it } from 'vitest';
import { printFilters, type PrintState } from '../../../src/lib/export/print-filters.ts';

const base: PrintState = {
  view: 'litigation', department: null, isSample: true, fileNames: [], year: 2018, shownYear: 2018, unit: null,
  scheme: { name: '苏州工业园区法治政府建设年度考核', id: 'sip-example-2019', version: '2019.1' },
  // Noon UTC: the same calendar day in every time zone a test runs in.
  printedAt: new Date(Date.UTC(2026, 10, 26, 12)),
};

describe('printFilters', () => {
  it('names the view, the data, the year, the unit filter, the scheme and the date, in English', () => {
    expect(printFilters(base, 'en')).toEqual([
      { label: 'View', value: 'Litigation' },
      { label: 'Data', value: 'Sample data: Suzhou Industrial Park, 2018–2019' },
      { label: 'Year', value: '2018' },
      { label: 'Unit', value: 'All units' },
      { label: 'Scheme', value: '苏州工业园区法治政府建设年度考核 (sip-example-2019 2019.1)' },
      { label: 'Printed', value: 'November 26, 2026' },
    ]);
  });

  it('speaks the language asked for, the date included', () => {
    const hant = printFilters({ ...base, unit: '司法局' }, 'zh-Hant');
    expect(hant.map((l) => l.label)).toEqual(['頁面', '資料', '年度', '單位', '考核方案', '列印日期']);
    expect(hant[3]!.value).toBe('司法局');
    expect(hant[5]!.value).toBe('2026年11月26日');
    expect(printFilters(base, 'zh-Hans')[5]!.value).toBe('2026年11月26日');
  });

  it("names the unit and the department in the reader's script, as the page prints them", () => {
    expect(printFilters({ ...base, unit: '苏州工业园区司法局' }, 'zh-Hant')[3]!.value).toBe('蘇州工業園區司法局');
    expect(printFilters({ ...base, view: 'department', department: '蘇州工業園區司法局' }, 'zh-Hans')[3]!.value).toBe('苏州工业园区司法局');
  });

  it('says when the year shown is the latest by default rather than chosen', () => {
    expect(printFilters({ ...base, year: null, shownYear: 2019 }, 'en')[2]).toEqual({ label: 'Year', value: '2019 (latest year)' });
    expect(printFilters({ ...base, year: null, shownYear: null }, 'en')[2]).toEqual({ label: 'Year', value: '—' });
  });

  it('names the department on the department view and the user\'s files for their own data', () => {
    const lines = printFilters({ ...base, view: 'department', department: '园区司法局', isSample: false, fileNames: ['a.csv', 'b.xlsx'] }, 'en');
    expect(lines[1]).toEqual({ label: 'Data', value: 'Your data (2 files): a.csv, b.xlsx' });
    expect(lines[3]).toEqual({ label: 'Department', value: '园区司法局' });
  });

  it('says the scheme has errors when there is no valid scheme', () => {
    expect(printFilters({ ...base, scheme: null }, 'zh-Hans')[4]!.value).toBe('方案有错误，未评分');
  });
});
