import { describe, expect, it } from 'vitest';
import { readDataDir } from '../src/read-data-dir.ts';
import { useTempData } from './temp-data.ts';

const temp = useTempData();

describe('readDataDir', () => {
  it('readDataDir reads .csv, .tsv and .xlsx files (any case) as bytes, sorted by code point', async () => {
    const path = temp({ 'b.csv': 'x\n', 'A.TSV': 'y\n', '行政訴訟.csv': '案號\n', 'c.xlsx': new Uint8Array([0x50, 0x4b]) });
    const result = await readDataDir(path, '/');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files.map((f) => f.name)).toEqual(['A.TSV', 'b.csv', 'c.xlsx', '行政訴訟.csv']);
    expect(result.files[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(result.files[3]!.bytes)).toBe('案號\n');
    expect([...result.files[2]!.bytes]).toEqual([0x50, 0x4b]);
  });
  it('readDataDir skips dotfiles, README files, Office lock files and subfolders silently, and lists other files as ignored', async () => {
    const path = temp({
      'data.csv': 'x\n', '.hidden.csv': 'x\n', 'README.md': '#', '~$data.xlsx': 'lock', 'sub/': '', 'old.xls': 'x', 'notes.txt': 'x',
    });
    const result = await readDataDir(path, '/');
    expect(result.ok && result.files.map((f) => f.name)).toEqual(['data.csv']);
    expect(result.ok && result.ignored).toEqual(['notes.txt', 'old.xls']);
  });
  it('readDataDir resolves a relative folder against cwd', async () => {
    const path = temp({ 'data.csv': 'x\n' });
    const parent = path.slice(0, path.lastIndexOf('/'));
    const result = await readDataDir(path.slice(parent.length + 1), parent);
    expect(result.ok).toBe(true);
    expect(result.path).toBe(path);
  });
  it('readDataDir reports a missing path as missing', async () => {
    const path = temp({});
    expect(await readDataDir('nope', path)).toMatchObject({ ok: false, problem: 'missing' });
  });
  it('readDataDir reports a file given instead of a folder as not-directory', async () => {
    const path = temp({ 'data.csv': 'x\n' });
    expect(await readDataDir('data.csv', path)).toMatchObject({ ok: false, problem: 'not-directory' });
  });
  it('readDataDir reports a folder without data files as empty', async () => {
    expect(await readDataDir(temp({}), '/')).toMatchObject({ ok: false, problem: 'empty' });
    expect(await readDataDir(temp({ 'README.md': 'x', 'a.txt': 'x' }), '/')).toMatchObject({ ok: false, problem: 'empty' });
  });
});
