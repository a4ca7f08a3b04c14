import { describe, expect, it } from 'vitest';
import { findHeaderRow } from '../../src/load/find-header-row.ts';

describe('findHeaderRow', () => {
  it('findHeaderRow returns the first non-blank row', () => {
    expect(findHeaderRow([[''], ['', ' '], ['案號', '被告']])).toBe(2);
    expect(findHeaderRow([['x', 'y']])).toBe(0);
  });
  it('findHeaderRow returns -1 when every row is blank', () => {
    expect(findHeaderRow([])).toBe(-1);
    expect(findHeaderRow([[''], [null, '  ']])).toBe(-1);
  });
  it('findHeaderRow skips a one-cell title when a following row names known columns', () => {
    expect(findHeaderRow([['2019年行政訴訟案件統計表', null], [null, null], ['案號', '被告單位']])).toBe(2);
  });
  it('findHeaderRow keeps a one-cell first row that is itself a known header or has no header below it', () => {
    expect(findHeaderRow([['單位'], ['司法局']])).toBe(0);
    expect(findHeaderRow([['標題'], ['甲', '乙']])).toBe(0);
  });
});
