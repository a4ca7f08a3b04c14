import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/values/parse-date.ts';
import { isParseFailure } from '../../src/values/parse-failure.ts';
import { excelSerialToDate } from '../../src/values/excel-serial-to-date.ts';

describe('parseDate', () => {
  it.each([
    ['2019-05-10', '2019-05-10'],
    ['2019/5/10', '2019-05-10'],
    ['2019.5.10', '2019-05-10'],
    ['2019年5月10日', '2019-05-10'],
    ['２０１９年５月１０日', '2019-05-10'],
    ['２０１９－０５－１０', '2019-05-10'],
    [' 2019-5-1 ', '2019-05-01'],
    ['20190510', '2019-05-10'],
    ['2019-05-10 14:30', '2019-05-10'],
    ['2019/5/10 8:05:00', '2019-05-10'],
    ['2019-12-31T23:30:00+08:00', '2019-12-31'],
    ['2019-12-31T20:00:00Z', '2019-12-31'],
  ])('parseDate reads %s as %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it.each([
    ['二〇一九年五月十日', '2019-05-10'],
    ['二〇一九年五月十一日', '2019-05-11'],
    ['二零一九年十二月三十一日', '2019-12-31'],
    ['二〇二〇年二月二十九日', '2020-02-29'],
    ['二〇一九年一月一日', '2019-01-01'],
    ['二〇一九年十月二十日', '2019-10-20'],
  ])('parseDate reads the Chinese numerals of %s as %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it('parseDate reads Excel serial 43595 as 2019-05-10 and drops the time fraction', () => {
    expect(parseDate(43595)).toBe('2019-05-10');
    expect(parseDate(43595.75)).toBe('2019-05-10');
    expect(excelSerialToDate(43466)).toBe('2019-01-01');
    expect(excelSerialToDate(0)).toBeNull();
  });

  it('parseDate reads an XLSX Date cell by its UTC parts, whatever the machine time zone', () => {
    expect(parseDate(new Date(Date.UTC(2019, 11, 31)))).toBe('2019-12-31');
    expect(parseDate(new Date(Date.UTC(2019, 0, 1)))).toBe('2019-01-01');
  });

  it.each(['', '  ', '—', '-', '/', '無', 'N/A'])('parseDate reads the blank %j as null', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it('parseDate rejects impossible calendar dates', () => {
    expect(parseDate('2019-02-29')).toEqual({ failure: 'impossible-date' });
    expect(parseDate('2019-02-30')).toEqual({ failure: 'impossible-date' });
    expect(parseDate('2019-13-01')).toEqual({ failure: 'impossible-date' });
    expect(parseDate('2019-04-31')).toEqual({ failure: 'impossible-date' });
    expect(parseDate('2020-02-29')).toBe('2020-02-29');
    expect(parseDate('1900-02-29')).toEqual({ failure: 'year-range' });
  });

  it('parseDate rejects years outside 1949–2100', () => {
    expect(parseDate('1948-12-31')).toEqual({ failure: 'year-range' });
    expect(parseDate('2101-01-01')).toEqual({ failure: 'year-range' });
    expect(parseDate('1949-01-01')).toBe('1949-01-01');
    expect(parseDate(1)).toEqual({ failure: 'year-range' });
  });

  it('parseDate rejects text that is not a date', () => {
    for (const raw of ['明天', '2019', '2019-05', '10/5/2019', '二〇一九年五月', '二〇一九年五月四十日']) {
      expect(isParseFailure(parseDate(raw)), raw).toBe(true);
    }
  });
});
