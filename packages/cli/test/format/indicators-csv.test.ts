import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { csvField, indicatorsCsv } from '../../src/format/indicators-csv.ts';

describe('csvField', () => {
  it('csvField leaves plain text and numbers unquoted', () => {
    expect(csvField('司法局')).toBe('司法局');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(-3)).toBe('-3');
  });
  it('csvField quotes commas, quotes, line breaks and edge spaces, doubling inner quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField(' padded')).toBe('" padded"');
  });
  it('csvField writes null and undefined as the empty field', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});

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
  it('indicatorsCsv prints only the header for no rows', () => {
    expect(indicatorsCsv([])).toBe('indicator,unit,year,numerator,denominator,value,dimension,item\r\n');
  });
});
