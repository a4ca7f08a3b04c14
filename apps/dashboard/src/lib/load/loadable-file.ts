/** The file name endings the dashboard loads: CSV text and Excel workbooks (an old `.xls` gets core's "save it as .xlsx" issue). */
export const LOADABLE_EXTENSIONS: readonly string[] = ['.csv', '.xlsx', '.xls'];

/**
 * True when the file name ends in one of {@link LOADABLE_EXTENSIONS}, in any
 * letter case.
 *
 * @example
 * isLoadableFileName('行政訴訟.CSV'); // true
 * isLoadableFileName('notes.txt'); // false
 */
export function isLoadableFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return LOADABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Splits picked or dropped files into those the dashboard loads and those it
 * refuses (to name them to the user), each in the order given.
 *
 * @example
 * partitionLoadable([{ name: 'a.csv' }, { name: 'b.pdf' }]); // { loadable: [{ name: 'a.csv' }], refused: [{ name: 'b.pdf' }] }
 */
export function partitionLoadable<T extends { name: string }>(files: readonly T[]): { loadable: T[]; refused: T[] } {
  const loadable: T[] = [];
  const refused: T[] = [];
  for (const file of files) (isLoadableFileName(file.name) ? loadable : refused).push(file);
  return { loadable, refused };
}
