import { describe, expect, it } from 'vitest';
import { fileConflicts, mergeFiles } from '../../../src/lib/load/file-conflicts.ts';

const file = (name: string, byte = 0) => ({ name, bytes: new Uint8Array([byte]) });

describe('fileConflicts', () => {
  it('lists the dropped files named like a loaded file, with the loaded file\'s rows read', () => {
    const loaded = [file('litigation.csv'), file('units.csv')];
    const reports = [{ file: 'litigation.csv', rowsRead: 170 }, { file: 'units.csv', rowsRead: 47 }];
    expect(fileConflicts(loaded, reports, [file('documents.csv'), file('litigation.csv')])).toEqual([{ name: 'litigation.csv', rows: 170 }]);
  });

  it('gives null rows when the load left no report of the file, and nothing when no name meets', () => {
    expect(fileConflicts([file('a.csv')], [], [file('a.csv')])).toEqual([{ name: 'a.csv', rows: null }]);
    expect(fileConflicts([file('a.csv')], [], [file('b.csv')])).toEqual([]);
    expect(fileConflicts([], [], [file('a.csv')])).toEqual([]);
  });
});

describe('mergeFiles', () => {
  it('replace: the dropped file takes the loaded one\'s place, new names are added after', () => {
    const merged = mergeFiles([file('a.csv', 1), file('litigation.csv', 2)], [file('litigation.csv', 3), file('b.csv', 4)], 'replace');
    expect(merged.files.map((f) => [f.name, f.bytes[0]])).toEqual([['a.csv', 1], ['litigation.csv', 3], ['b.csv', 4]]);
    expect(merged.renamed).toEqual([]);
  });

  it('add-both: the dropped file is loaded beside the loaded one under the first free numbered name, nothing replaced', () => {
    const loaded = [file('litigation.csv', 1), file('litigation (2).csv', 2)];
    const merged = mergeFiles(loaded, [file('litigation.csv', 3), file('units.csv', 4)], 'add-both');
    expect(merged.files.map((f) => [f.name, f.bytes[0]])).toEqual([['litigation.csv', 1], ['litigation (2).csv', 2], ['litigation (3).csv', 3], ['units.csv', 4]]);
    expect(merged.renamed).toEqual([{ from: 'litigation.csv', to: 'litigation (3).csv' }]);
  });

  it('add-both keeps every byte of both loads: as many files as loaded plus dropped, each name once', () => {
    const loaded = [file('行政訴訟.csv', 1), file('units.csv', 2)];
    const dropped = [file('行政訴訟.csv', 3), file('units.csv', 4), file('行政訴訟 (2).csv', 5)];
    const merged = mergeFiles(loaded, dropped, 'add-both');
    expect(merged.files).toHaveLength(5);
    expect(new Set(merged.files.map((f) => f.name)).size).toBe(5);
    expect(merged.files.map((f) => f.bytes[0]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(merged.renamed.map((r) => r.to)).toEqual(['行政訴訟 (3).csv', 'units (2).csv']);
  });
});
