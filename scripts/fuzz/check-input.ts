import { isDeepStrictEqual } from 'node:util';
import type { DataSet, InputFile } from '../../packages/core/src/load/data-set.ts';
import { loadDataSet } from '../../packages/core/src/load/load-data-set.ts';
import type { Prng } from './prng.ts';

/**
 * The memory one input may cost, as docs/data.md states the bound for a
 * CSV file of n bytes (the hostile-file tests use the same): 6·n + 96 MB,
 * n being the input's total size.
 *
 * @example
 * memoryBound(1_000_000); // 106_663_296
 */
export function memoryBound(bytes: number): number {
  return 6 * bytes + 96 * 1024 * 1024;
}

/** What broke on one input: which check, and a line saying how. */
export interface Violation {
  /** `throw`, `accounting`, `paths`, `order` or `memory`. */
  check: 'throw' | 'accounting' | 'paths' | 'order' | 'memory';
  /** What happened, in one line. */
  detail: string;
}

/** The first differing part of two DataSets, for the report. */
function firstDifference(a: DataSet, b: DataSet): string {
  if (!isDeepStrictEqual(a.files, b.files)) return 'files (FileReport) differ';
  for (const key of Object.keys(a.records) as (keyof DataSet['records'])[]) {
    if (!isDeepStrictEqual(a.records[key], b.records[key])) return `records.${key} differ (${a.records[key].length} vs ${b.records[key].length})`;
  }
  const brief = (i: DataSet['issues'][number] | undefined) => (i === undefined ? 'none' : `${i.file} row ${i.row ?? '–'} ${i.column ?? '–'} ${i.code}`);
  let at = 0;
  while (at < Math.max(a.issues.length, b.issues.length) && isDeepStrictEqual(a.issues[at], b.issues[at])) at++;
  return `issues differ (${a.issues.length} vs ${b.issues.length}), first at #${at}: ${brief(a.issues[at])} ≠ ${brief(b.issues[at])}`;
}

/** Loads, turning a throw into a violation. */
async function load(files: InputFile[], csvPath: 'columns' | 'rows', out: Violation[]): Promise<DataSet | null> {
  try {
    return await loadDataSet(files, { csvPath });
  } catch (error) {
    const e = error as Error;
    out.push({ check: 'throw', detail: `${csvPath} path: ${e?.name}: ${e?.message} ${(e?.stack ?? '').split('\n')[1]?.trim() ?? ''}` });
    return null;
  }
}

/**
 * Checks the loader on one input; returns what it broke (empty when all
 * holds):
 * 1. loadDataSet never throws;
 * 2. every file report has rowsRead = rowsUsed + rowsSkipped;
 * 3. heap + array buffers, and the resident size, grow by less than
 *    {@link memoryBound} of the input's size (a snapshot before and after;
 *    only when `measure` is true, since process.memoryUsage() costs about
 *    as much as loading a small file);
 * 4. the columns path and the rows path give the same DataSet;
 * 5. the files given in another order (`rng` shuffles them) give the same DataSet.
 *
 * Two loads check 4 and 5 together: the columns path on the files as given
 * and the rows path on them shuffled. Only when those differ is the rows
 * path run on the given order too, to tell which check broke.
 *
 * @example
 * const violations = await checkInput(files, new Prng(1), true);
 */
export async function checkInput(files: InputFile[], rng: Prng, measure: boolean): Promise<Violation[]> {
  const out: Violation[] = [];
  const size = files.reduce((n, f) => n + f.bytes.length, 0);
  const before = measure ? process.memoryUsage() : null;

  const columns = await load(files, 'columns', out);
  const shuffledRows = await load(files.length > 1 ? rng.shuffle(files) : files, 'rows', out);

  const after = before === null ? null : process.memoryUsage();
  const grown = before === null || after === null ? 0 : Math.max(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers, after.rss - before.rss);
  if (grown > memoryBound(size)) out.push({ check: 'memory', detail: `grew ${Math.round(grown / 2 ** 20)} MB for ${size} bytes (bound ${Math.round(memoryBound(size) / 2 ** 20)} MB)` });

  for (const [path, data] of [['columns', columns], ['rows', shuffledRows]] as const) {
    for (const f of data?.files ?? []) {
      if (f.rowsRead !== f.rowsUsed + f.rowsSkipped) out.push({ check: 'accounting', detail: `${path} path, ${f.file}: read ${f.rowsRead} ≠ used ${f.rowsUsed} + skipped ${f.rowsSkipped}` });
    }
  }
  if (columns === null || shuffledRows === null || isDeepStrictEqual(columns, shuffledRows)) return out;
  const rows = files.length > 1 ? await load(files, 'rows', out) : shuffledRows;
  if (rows === null) return out;
  if (!isDeepStrictEqual(columns, rows)) out.push({ check: 'paths', detail: `columns vs rows: ${firstDifference(columns, rows)}` });
  if (!isDeepStrictEqual(rows, shuffledRows)) out.push({ check: 'order', detail: `given order vs shuffled (rows path): ${firstDifference(rows, shuffledRows)}` });
  return out;
}
