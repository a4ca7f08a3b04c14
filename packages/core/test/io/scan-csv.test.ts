import { describe, expect, test } from 'vitest';
import { scanCsv } from '../../src/io/scan-csv.ts';

describe('scanCsv', () => {
  test('scanCsv splits rows on the line ending and cells on the delimiter, a trailing newline giving a last [""] row', () => {
    expect(scanCsv('案号,被告单位\n（2019）苏0591行初1号,区建设局\n')).toEqual([
      ['案号', '被告单位'],
      ['（2019）苏0591行初1号', '区建设局'],
      [''],
    ]);
  });

  test('scanCsv returns [] for empty text and for a lone BOM', () => {
    expect(scanCsv('')).toEqual([]);
    expect(scanCsv('\ufeff')).toEqual([]);
  });

  test('scanCsv drops a leading BOM but keeps one inside a cell', () => {
    expect(scanCsv('\ufeff文号,x\ufeff', ',')).toEqual([['文号', 'x\ufeff']]);
  });

  test('scanCsv unescapes doubled quotes and keeps delimiters, CR, LF and CRLF inside quoted cells', () => {
    expect(scanCsv('a,b\n"关于""放管服"",改革","第一行\r\n第二行\r第三行\n"\nz,y', ',')).toEqual([
      ['a', 'b'],
      ['关于"放管服",改革', '第一行\r\n第二行\r第三行\n'],
      ['z', 'y'],
    ]);
  });

  test('scanCsv guesses CRLF line endings and keeps a bare LF as text, as papaparse does', () => {
    expect(scanCsv('a,b\r\nc\nd,e\r\n')).toEqual([['a', 'b'], ['c\nd', 'e'], ['']]);
  });

  test('scanCsv keeps a quote inside an unquoted cell as text', () => {
    expect(scanCsv('a"b,c\n', ',')).toEqual([['a"b', 'c'], ['']]);
  });

  test('scanCsv lets whitespace sit between a closing quote and the delimiter', () => {
    expect(scanCsv('"a"  ,b', ',')).toEqual([['a', 'b']]);
  });

  test('scanCsv keeps a quote followed by other text inside the quoted cell', () => {
    expect(scanCsv('"a"b,c\nd', ',')).toEqual([['a"b,c\nd']]);
  });

  test('scanCsv runs an unterminated quoted cell to the end of the text without unescaping it', () => {
    expect(scanCsv('x,"a""b\nc', ',')).toEqual([['x', 'a""b\nc']]);
  });

  test('scanCsv keeps blank lines as rows [""]', () => {
    expect(scanCsv('a\n\nb', ',')).toEqual([['a'], [''], ['b']]);
  });

  test('scanCsv guesses a semicolon or tab delimiter from the first rows', () => {
    expect(scanCsv('案号;被告;审级\n1;2;一审\n')).toEqual([['案号', '被告', '审级'], ['1', '2', '一审'], ['']]);
    expect(scanCsv('案号\t被告\n"1\t"\t2')).toEqual([['案号', '被告'], ['1\t', '2']]);
  });

  test('scanCsv falls back to a comma when the delimiter is refused or cannot be guessed', () => {
    expect(scanCsv('a,b\nc', '"')).toEqual([['a', 'b'], ['c']]);
    expect(scanCsv('a,b\nc')).toEqual([['a', 'b'], ['c']]);
  });

  test('scanCsv, like papaparse, does not guess a two-column delimiter when a trailing blank row pulls the mean field count below 2', () => {
    expect(scanCsv('案号;被告\n1;2\n')).toEqual([['案号;被告'], ['1;2'], ['']]);
  });

  test('scanCsv accepts a multi-character delimiter', () => {
    expect(scanCsv('a||"b||c"||d', '||')).toEqual([['a', 'b||c', 'd']]);
  });
});
