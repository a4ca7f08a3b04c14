import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { indicatorsCsv } from '../../src/format/indicators-csv.ts';

describe('indicatorsCsv', () => {
  const rows: IndicatorRow[] = [
    { indicator: 'litigation.loss_rate', unit: '*', year: 2019, numerator: 3, denominator: 41, value: 3 / 41 },
    { indicator: 'litigation.cases', unit: '司法局, 一科', year: 2019, numerator: 2, denominator: null, value: 2 },
    { indicator: 'business.indicator_score', unit: '*', year: 2018, numerator: 50, denominator: null, value: 50,
      dimension: '纳税', item: '"总税率"' },
  ];
  it('indicatorsCsv starts with the contract header and ends every record with CRLF', () => {
    const text = indicatorsCsv(rows);
    expect(text.startsWith('indicator,unit,year,numerator,denominator,value,dimension,item\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(rows.length + 2);
  });
  it('indicatorsCsv writes null and absent fields as empty cells and quotes by RFC 4180', () => {
    const lines = indicatorsCsv(rows).split('\r\n');
    expect(lines[1]).toBe(`litigation.loss_rate,*,2019,3,41,${3 / 41},,`);
    expect(lines[2]).toBe('litigation.cases,"司法局, 一科",2019,2,,2,,');
    expect(lines[3]).toBe('business.indicator_score,*,2018,50,,50,纳税,"""总税率"""');
  });
  it('indicatorsCsv keeps unit names that a spreadsheet would run as formulas as text (OWASP CSV injection)', () => {
    const evil = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', ' 司法局'];
    const lines = indicatorsCsv(evil.map((unit) => ({ indicator: 'litigation.cases', unit, year: 2019, numerator: -1, denominator: null, value: -1 }))).split('\r\n');
    expect(lines.slice(1, 6)).toEqual([
      `litigation.cases,"'=HYPERLINK(""http://x"",""y"")",2019,-1,,-1,,`,
      "litigation.cases,'+cmd|' /C calc'!A0,2019,-1,,-1,,",
      "litigation.cases,'@SUM(1),2019,-1,,-1,,",
      "litigation.cases,'-2+3,2019,-1,,-1,,",
      'litigation.cases," 司法局",2019,-1,,-1,,',
    ]);
  });
  it('indicatorsCsv prints only the header for no rows', () => {
    expect(indicatorsCsv([])).toBe('indicator,unit,year,numerator,denominator,value,dimension,item\r\n');
  });
});
