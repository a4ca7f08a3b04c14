import { describe, expect, it } from 'vitest';
import { parseFlag } from '../../src/values/parse-flag.ts';

describe('parseFlag', () => {
  it.each(['是', 'Y', 'y', 'yes', 'YES', 'true', 'TRUE', '1', '√', '✓', '有', '已', 'Ｙ'])('parseFlag reads %s as yes', (raw) => {
    expect(parseFlag(raw)).toBe('yes');
  });
  it.each(['否', 'N', 'n', 'no', 'false', '0', '×', '✗', '無', '无', '未'])('parseFlag reads %s as no', (raw) => {
    expect(parseFlag(raw)).toBe('no');
  });
  it.each(['不適用', '不适用', 'N/A', 'n/a'])('parseFlag reads %s as not applicable, distinct from no', (raw) => {
    expect(parseFlag(raw)).toBe('na');
  });
  it.each(['', ' ', '—', '-', '/'])('parseFlag reads the blank %j as null', (raw) => {
    expect(parseFlag(raw)).toBeNull();
  });
  it('parseFlag reads XLSX booleans and 0/1 numbers', () => {
    expect(parseFlag(true)).toBe('yes');
    expect(parseFlag(false)).toBe('no');
    expect(parseFlag(1)).toBe('yes');
    expect(parseFlag(0)).toBe('no');
    expect(parseFlag(2)).toEqual({ failure: 'flag' });
  });
  it('parseFlag rejects other text', () => {
    expect(parseFlag('maybe')).toEqual({ failure: 'flag' });
    expect(parseFlag('是的吧')).toEqual({ failure: 'flag' });
  });
});
