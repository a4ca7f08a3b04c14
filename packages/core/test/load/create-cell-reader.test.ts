import { describe, expect, it } from 'vitest';
import { CellFailure } from '../../src/load/cell-failure.ts';
import { createCellReader } from '../../src/load/create-cell-reader.ts';

describe('createCellReader', () => {
  it('createCellReader reads dates from text, XLSX serials and Date cells', () => {
    const read = createCellReader({ name: 'd', aliases: [], type: 'date' });
    expect(read('2019/5/10')).toBe('2019-05-10');
    expect(read(43595)).toBe('2019-05-10');
    expect(read(new Date(Date.UTC(2019, 4, 10)))).toBe('2019-05-10');
    expect(read('')).toBeNull();
    expect(read(null)).toBeNull();
    expect(read('2019-02-30')).toEqual(new CellFailure('value.date'));
  });
  it('createCellReader memoises: the same raw text gives the same result object', () => {
    const read = createCellReader({ name: 'd', aliases: [], type: 'date' });
    expect(read('bad')).toBe(read('bad'));
  });
  it('createCellReader with memoize: false reads every cell as the memoising reader does, blanks and failures included', () => {
    const columns = [
      { name: 'd', aliases: [], type: 'date' },
      { name: 'f', aliases: [], type: 'flag' },
      { name: 'n', aliases: [], type: 'int', min: 0, suffixes: ['人'] },
      { name: 'e', aliases: [], type: 'enum', values: { 一审: '一审' } },
      { name: 'u', aliases: [], type: 'unit' },
      { name: 'l', aliases: [], type: 'list' },
    ] as const;
    const cells = ['', ' ', '2019/5/10', '2019-02-30', '是', '也許', '3人', '-1', '一審', '三审', ' 司法局 ', 'a、b', undefined];
    for (const column of columns) {
      const memo = createCellReader(column);
      const plain = createCellReader(column, { memoize: false });
      for (const cell of cells) expect(plain(cell), `${column.type} ${String(cell)}`).toEqual(memo(cell));
    }
  });
  it('createCellReader checks whole numbers and ranges', () => {
    const read = createCellReader({ name: 'deaths', aliases: [], type: 'int', min: 0, suffixes: ['人'] });
    expect(read('3人')).toBe(3);
    expect(read('１')).toBe(1);
    expect(read('-1')).toEqual(new CellFailure('value.range', '≥ 0'));
    expect(read('1.5')).toEqual(new CellFailure('value.number'));
    const score = createCellReader({ name: 'score', aliases: [], type: 'number', min: 0, max: 100 });
    expect(score(120)).toEqual(new CellFailure('value.range', '0–100'));
  });
  it('createCellReader reads years with 年 and keeps them within 1949–2100', () => {
    const read = createCellReader({ name: 'year', aliases: [], type: 'year' });
    expect(read('2019年')).toBe(2019);
    expect(read(2019)).toBe(2019);
    expect(read('1900')).toEqual(new CellFailure('value.range', '1949–2100'));
  });
  it('createCellReader maps enums in either script and lists the allowed values on failure', () => {
    const read = createCellReader({ name: 'grade', aliases: [], type: 'enum', values: { 一般: '一般', 较大: '较大' } });
    expect(read('較大')).toBe('较大');
    expect(read('巨大')).toEqual(new CellFailure('value.enum', '一般、较大'));
  });
  it('createCellReader normalises units, case numbers, lists and text', () => {
    expect(createCellReader({ name: 'unit', aliases: [], type: 'unit' })(' 司法局　')).toBe('司法局');
    expect(createCellReader({ name: 'c', aliases: [], type: 'case_no' })('（2019）蘇1號')).toBe('(2019)苏1号');
    expect(createCellReader({ name: 'a', aliases: [], type: 'list' })('甲；乙、丙, 丁;')).toEqual(['甲', '乙', '丙', '丁']);
    expect(createCellReader({ name: 't', aliases: [], type: 'text' })(' — ')).toBeNull();
    expect(createCellReader({ name: 't', aliases: [], type: 'text' })(123)).toBe('123');
  });
  it('createCellReader reads flags with 無 as no and N/A as not applicable', () => {
    const read = createCellReader({ name: 'f', aliases: [], type: 'flag' });
    expect([read('無'), read('N/A'), read(true), read('-')]).toEqual(['no', 'na', 'yes', null]);
  });
});
