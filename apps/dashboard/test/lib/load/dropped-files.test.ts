import { describe, expect, it } from 'vitest';
import { droppedFiles, droppedItems, type DroppedEntry } from '../../../src/lib/load/dropped-files.ts';

const fileEntry = (fullPath: string, fail = false): DroppedEntry => {
  const name = fullPath.slice(fullPath.lastIndexOf('/') + 1);
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (success, failure) => (fail ? failure?.(new DOMException('gone', 'NotFoundError')) : success(new File([fullPath], name))),
  };
};

/** A folder whose reader hands out its entries `batch` at a time, as Chromium does (100 per call). */
const folderEntry = (fullPath: string, children: DroppedEntry[], batch = 2): DroppedEntry => ({
  isFile: false,
  isDirectory: true,
  name: fullPath.slice(fullPath.lastIndexOf('/') + 1),
  fullPath,
  createReader: () => {
    let at = 0;
    return {
      readEntries: (success) => {
        const next = children.slice(at, at + batch);
        at += next.length;
        setTimeout(() => success(next), 0);
      },
    };
  },
});

describe('droppedFiles', () => {
  it('walks dropped folders to the bottom, reading every batch, with paths inside the drop', async () => {
    const folder = folderEntry('/records', [
      fileEntry('/records/litigation.csv'),
      folderEntry('/records/2018', [fileEntry('/records/2018/units.csv'), fileEntry('/records/2018/notes.txt')]),
      fileEntry('/records/documents.xlsx'),
      fileEntry('/records/decisions.csv'),
    ]);
    const files = await droppedFiles([{ entry: folder, file: null }]);
    expect(files.map((f) => [f.file.name, f.path])).toEqual([
      ['litigation.csv', 'records/litigation.csv'],
      ['units.csv', 'records/2018/units.csv'],
      ['notes.txt', 'records/2018/notes.txt'],
      ['documents.xlsx', 'records/documents.xlsx'],
      ['decisions.csv', 'records/decisions.csv'],
    ]);
    expect(await files[0]?.file.text()).toBe('/records/litigation.csv');
  });

  it('takes loose files as they are, by entry or by the file the drop carried, with no path', async () => {
    const carried = new File(['x'], 'carried.csv');
    const files = await droppedFiles([
      { entry: fileEntry('/a.csv'), file: null },
      { entry: null, file: carried },
      { entry: fileEntry('/b.csv'), file: new File(['y'], 'b.csv') },
    ]);
    expect(files.map((f) => [f.file.name, f.path])).toEqual([['a.csv', ''], ['carried.csv', ''], ['b.csv', '']]);
    expect(files[1]?.file).toBe(carried);
  });

  it('leaves out entries that cannot be read, and folders that cannot be listed, without failing', async () => {
    const unlistable: DroppedEntry = { isFile: false, isDirectory: true, name: 'x', fullPath: '/x' };
    const files = await droppedFiles([
      { entry: folderEntry('/f', [fileEntry('/f/gone.csv', true), fileEntry('/f/ok.csv')]), file: null },
      { entry: unlistable, file: null },
      { entry: null, file: null },
    ]);
    expect(files.map((f) => f.path)).toEqual(['f/ok.csv']);
  });
});

describe('droppedItems', () => {
  it('takes the entry and file of each file item, ignoring text items', () => {
    const entry = fileEntry('/a.csv');
    const file = new File(['a'], 'a.csv');
    const transfer = {
      items: [
        { kind: 'string', webkitGetAsEntry: () => null, getAsFile: () => null },
        { kind: 'file', webkitGetAsEntry: () => entry, getAsFile: () => file },
      ],
      files: [file],
    } as unknown as DataTransfer;
    expect(droppedItems(transfer)).toEqual([{ entry, file }]);
  });

  it('falls back to the transfer\'s file list when it has no file items', () => {
    const file = new File(['a'], 'a.csv');
    expect(droppedItems({ items: [], files: [file] } as unknown as DataTransfer)).toEqual([{ entry: null, file }]);
  });
});
