import { describe, expect, it } from 'vitest';
import { isLoadableFileName, partitionLoadable } from '../../../src/lib/load/loadable-file.ts';

describe('isLoadableFileName', () => {
  it('accepts .csv, .xlsx and .xls in any letter case, Chinese names included', () => {
    for (const name of ['litigation.csv', '行政訴訟.CSV', '2019年复议案件台账.xlsx', 'old.XLS', 'a.b.Xlsx']) expect(isLoadableFileName(name), name).toBe(true);
  });

  it('refuses other endings, names that only contain the extension, and dot files of other kinds', () => {
    for (const name of ['notes.txt', 'report.pdf', 'csv', 'litigation.csv.bak', 'data.xlsm.zip', '.DS_Store', 'Thumbs.db', 'folder']) expect(isLoadableFileName(name), name).toBe(false);
  });
});

describe('partitionLoadable', () => {
  it('splits files into loadable and refused, each keeping the order given', () => {
    const files = [{ name: 'b.csv' }, { name: 'x.pdf' }, { name: 'a.xlsx' }, { name: 'README.md' }];
    expect(partitionLoadable(files)).toEqual({ loadable: [{ name: 'b.csv' }, { name: 'a.xlsx' }], refused: [{ name: 'x.pdf' }, { name: 'README.md' }] });
  });

  it('gives two empty lists for no files', () => {
    expect(partitionLoadable([])).toEqual({ loadable: [], refused: [] });
  });
});
