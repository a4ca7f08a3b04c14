import { describe, expect, it } from 'vitest';
import { asColumnMap, columnMapEntries, mappedColumn, withMapping } from '../../../src/lib/load/column-map.ts';

describe('the dashboard column map', () => {
  it('withMapping adds an entry without changing the map given, and mappedColumn finds it in either script', () => {
    const empty = {};
    const map = withMapping(empty, 'enforcement_reviews', '基本要求', 'basic_pass');
    expect(map).toEqual({ enforcement_reviews: { 基本要求: 'basic_pass' } });
    expect(empty).toEqual({});
    expect(mappedColumn(map, 'enforcement_reviews', '基本要求')).toBe('basic_pass');
    expect(mappedColumn(map, 'enforcement_reviews', ' 基本要求 ')).toBe('basic_pass');
    expect(mappedColumn(map, 'litigation', '基本要求')).toBeNull();
  });

  it('withMapping replaces an entry made under another spelling of the header, and null removes it and the emptied dataset', () => {
    const map = withMapping({ enforcement_reviews: { 評查人員: 'reviewer' }, litigation: { 備註: 'outcome' } }, 'enforcement_reviews', '评查人员', 'file_no');
    expect(map).toEqual({ enforcement_reviews: { 评查人员: 'file_no' }, litigation: { 備註: 'outcome' } });
    expect(withMapping(map, 'enforcement_reviews', '評查人員', null)).toEqual({ litigation: { 備註: 'outcome' } });
    expect(withMapping({}, 'litigation', '備註', null)).toEqual({});
  });

  it('columnMapEntries lists every entry by dataset then header, whatever order they were made in', () => {
    const map = withMapping(withMapping(withMapping({}, 'litigation', 'b', 'unit'), 'enforcement_reviews', 'z', 'score'), 'litigation', 'a', 'case_no');
    expect(columnMapEntries(map)).toEqual([
      { dataset: 'enforcement_reviews', header: 'z', column: 'score' },
      { dataset: 'litigation', header: 'a', column: 'case_no' },
      { dataset: 'litigation', header: 'b', column: 'unit' },
    ]);
    expect(columnMapEntries({})).toEqual([]);
  });

  it('asColumnMap keeps the string entries of a stored map and reads anything else as no mapping, without throwing', () => {
    expect(asColumnMap({ enforcement_reviews: { 基本要求: 'basic_pass', n: 1, o: {} }, x: 'y', y: [], z: null })).toEqual({ enforcement_reviews: { 基本要求: 'basic_pass' } });
    for (const value of [undefined, null, 1, 'map', [], [['a', 'b']]]) expect(asColumnMap(value)).toEqual({});
    const hostile = JSON.parse('{"__proto__": {"a": "b"}, "litigation": {"__proto__": "unit"}}') as unknown;
    const map = asColumnMap(hostile);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
    expect(columnMapEntries(map).map((e) => e.dataset)).toEqual(['__proto__', 'litigation']);
  });
});
