import type { PickedFile } from './picked-file.ts';

/**
 * The name each picked file is loaded under: its own name, unless two files
 * of the batch share it (a folder with `2018/litigation.csv` and
 * `2019/litigation.csv`), in which case each of those takes its folder path,
 * so that no file replaces another and every issue names the right one. Core
 * recognises the dataset by the last path segment, so the path does not
 * change what a file is read as.
 *
 * @example
 * inputFileNames([{ file: { name: 'a.csv' }, path: '2018/a.csv' }, { file: { name: 'a.csv' }, path: '2019/a.csv' }]); // ['2018/a.csv', '2019/a.csv']
 */
export function inputFileNames(files: readonly PickedFile<{ name: string }>[]): string[] {
  const count = new Map<string, number>();
  for (const { file } of files) count.set(file.name, (count.get(file.name) ?? 0) + 1);
  const used = new Set<string>();
  return files.map(({ file, path }) => {
    const base = (count.get(file.name) ?? 0) > 1 && path !== '' ? path : file.name;
    let name = base;
    // The same path twice (one file dropped twice, or loose files of one name) still needs two names: number the later ones.
    for (let n = 2; used.has(name); n++) name = numberedFileName(base, n);
    used.add(name);
    return name;
  });
}

/**
 * A file name with a number before its extension (`litigation (2).csv`), or
 * after it when it has none (`README (2)`); core still recognises the
 * dataset by the name's words, so the number changes nothing of how the
 * file is read.
 *
 * @example
 * numberedFileName('行政訴訟.csv', 2); // '行政訴訟 (2).csv'
 * numberedFileName('2019/a.csv', 3); // '2019/a (3).csv'
 */
export function numberedFileName(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot <= name.lastIndexOf('/') ? `${name} (${n})` : `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
}
