import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/values/parse-number.ts';

describe('parseNumber', () => {
  it('parseNumber reads thousands separators and full-width digits', () => {
    expect(parseNumber('4,311')).toBe(4311);
    expect(parseNumber('１００')).toBe(100);
    expect(parseNumber('１，２３４．５')).toBe(1234.5);
    expect(parseNumber(' -2.5 ')).toBe(-2.5);
    expect(parseNumber('0012')).toBe(12);
  });
  it('parseNumber reads 100% as 1 in rate columns and as 100 in percentage columns', () => {
    expect(parseNumber('100%', { percent: 'rate' })).toBe(1);
    expect(parseNumber('19.2%', { percent: 'rate' })).toBeCloseTo(0.192, 12);
    expect(parseNumber('100%', { percent: 'percentage' })).toBe(100);
    expect(parseNumber('100%')).toBe(100);
  });
  it('parseNumber strips 約/约 and the column unit suffix', () => {
    expect(parseNumber('約19.2%')).toBe(19.2);
    expect(parseNumber('约 19.2%', { percent: 'rate' })).toBeCloseTo(0.192, 12);
    expect(parseNumber('3人', { suffixes: ['人'] })).toBe(3);
    expect(parseNumber('12.5萬元', { suffixes: ['萬元', '万元'] })).toBe(12.5);
    expect(parseNumber('12.5万元', { suffixes: ['萬元', '万元'] })).toBe(12.5);
  });
  it('parseNumber strips the longest matching suffix (150人次 with suffixes 次 and 人次 → 150)', () => {
    expect(parseNumber('150人次', { suffixes: ['次', '人次'] })).toBe(150);
    expect(parseNumber('12次', { suffixes: ['次', '人次'] })).toBe(12);
  });
  it('parseNumber rejects a suffix the column does not carry', () => {
    expect(parseNumber('3人')).toEqual({ failure: 'unit-suffix' });
    expect(parseNumber('12.5億元', { suffixes: ['萬元'] })).toEqual({ failure: 'unit-suffix' });
  });
  it('parseNumber reads blanks as null and passes XLSX numbers through', () => {
    for (const raw of ['', '—', '-', '/', '無', 'N/A']) expect(parseNumber(raw)).toBeNull();
    expect(parseNumber(42.5)).toBe(42.5);
    expect(parseNumber(Number.NaN)).toEqual({ failure: 'format' });
  });
  it('parseNumber rejects text that is not a number', () => {
    for (const raw of ['abc', '1,2', '1.2.3', '三', '%', '.']) expect(parseNumber(raw), raw).toHaveProperty('failure');
  });
});
