import { describe, expect, it } from 'vitest';
import { inputFileNames } from '../../../src/lib/load/input-file-names.ts';

const picked = (name: string, path = '') => ({ file: { name }, path });

describe('inputFileNames', () => {
  it('keeps each file its own name when names are distinct, even inside folders', () => {
    expect(inputFileNames([picked('litigation.csv', 'records/litigation.csv'), picked('units.csv', 'records/units.csv'), picked('a.xlsx')])).toEqual(['litigation.csv', 'units.csv', 'a.xlsx']);
  });

  it('names files sharing a name by their folder path, so none replaces another', () => {
    expect(inputFileNames([picked('litigation.csv', '2018/litigation.csv'), picked('litigation.csv', '2019/litigation.csv'), picked('units.csv', '2019/units.csv')])).toEqual([
      '2018/litigation.csv',
      '2019/litigation.csv',
      'units.csv',
    ]);
  });

  it('numbers the later of identical names that have no distinguishing path, before the extension', () => {
    expect(inputFileNames([picked('行政訴訟.csv'), picked('行政訴訟.csv'), picked('行政訴訟.csv')])).toEqual(['行政訴訟.csv', '行政訴訟 (2).csv', '行政訴訟 (3).csv']);
    expect(inputFileNames([picked('README'), picked('README')])).toEqual(['README', 'README (2)']);
  });

  it('gives as many distinct names as files, in the order given', () => {
    const files = [picked('a.csv', 'x/a.csv'), picked('a.csv'), picked('a.csv', 'x/a.csv'), picked('b.csv')];
    const names = inputFileNames(files);
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
    expect(names[3]).toBe('b.csv');
  });
});
