import type { FileReport, InputFile } from '@fazhi/core';
import { numberedFileName } from './input-file-names.ts';

/**
 * What to do with the files of a drop (or a pick) that have the name of a
 * file already loaded: `replace` the loaded one, `add-both` (the new file is
 * loaded beside it under a numbered name; core joins the records of several
 * files of one dataset, a case in both is a `row.duplicate` issue), or
 * `cancel` the drop. One choice serves every such file of the drop.
 */
export type ConflictChoice = 'replace' | 'add-both' | 'cancel';

/** A file of a drop named like a loaded file, with the loaded file's rows. */
export interface FileConflict {
  /** The name both files have. */
  name: string;
  /** Rows the loaded file had (`FileReport.rowsRead`); null when the load left no report of it. */
  rows: number | null;
}

/**
 * The files of a drop that would replace a loaded file of the same name, in
 * the drop's order, each with the rows of the file loaded now. Nothing
 * conflicts with the bundled sample, which any own file replaces whole.
 *
 * @example
 * fileConflicts([{ name: 'litigation.csv' }], [{ file: 'litigation.csv', rowsRead: 125 }], [{ name: 'litigation.csv' }, { name: 'units.csv' }]);
 * // [{ name: 'litigation.csv', rows: 125 }]
 */
export function fileConflicts(
  loaded: readonly Pick<InputFile, 'name'>[],
  reports: readonly Pick<FileReport, 'file' | 'rowsRead'>[],
  incoming: readonly Pick<InputFile, 'name'>[],
): FileConflict[] {
  const names = new Set(loaded.map((f) => f.name));
  return incoming.filter((f) => names.has(f.name)).map((f) => ({ name: f.name, rows: reports.find((r) => r.file === f.name)?.rowsRead ?? null }));
}

/** The files to load after a drop, and what happened to the names that met. */
export interface MergedFiles {
  /** The loaded files with the drop's, in load order (a replaced file keeps its place). */
  files: InputFile[];
  /** Files of the drop loaded under a numbered name, beside the loaded file of their name (`add-both`). */
  renamed: { from: string; to: string }[];
}

/**
 * The loaded files joined with a drop's: with `replace`, a dropped file takes
 * the place of the loaded file of its name; with `add-both`, it is loaded
 * under the first numbered name ({@link numberedFileName}) no other file
 * has. Files of new names are added after the loaded ones.
 *
 * @example
 * mergeFiles([{ name: 'litigation.csv', bytes: a }], [{ name: 'litigation.csv', bytes: b }], 'add-both');
 * // { files: [{ name: 'litigation.csv', bytes: a }, { name: 'litigation (2).csv', bytes: b }], renamed: [{ from: 'litigation.csv', to: 'litigation (2).csv' }] }
 */
export function mergeFiles(loaded: readonly InputFile[], incoming: readonly InputFile[], choice: Exclude<ConflictChoice, 'cancel'>): MergedFiles {
  const byName = new Map(incoming.map((f) => [f.name, f]));
  if (choice === 'replace') {
    const files = loaded.map((f) => byName.get(f.name) ?? f);
    const kept = new Set(loaded.map((f) => f.name));
    return { files: [...files, ...incoming.filter((f) => !kept.has(f.name))], renamed: [] };
  }
  const used = new Set([...loaded, ...incoming].map((f) => f.name));
  const loadedNames = new Set(loaded.map((f) => f.name));
  const renamed: MergedFiles['renamed'] = [];
  const added = incoming.map((f) => {
    if (!loadedNames.has(f.name)) return f;
    let name = f.name;
    for (let n = 2; used.has(name); n++) name = numberedFileName(f.name, n);
    used.add(name);
    renamed.push({ from: f.name, to: name });
    return { ...f, name };
  });
  return { files: [...loaded, ...added], renamed };
}
