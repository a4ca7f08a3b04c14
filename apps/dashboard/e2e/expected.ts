// What the dashboard should show, computed on the Node side with @fazhi/core from the same bytes the browser gets,
// so that the end-to-end tests compare against the library instead of hard-coded numbers.
import { checkScheme, computeIndicators, JURISDICTION, loadDataSet, scoreUnits, type DataSet, type IndicatorRow, type InputFile, type LoadOptions, type Scheme, type SchemeStamp } from '@fazhi/core';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A file of the repository as the browser would get it: its name and bytes. */
export function repoFile(path: string): InputFile {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return { name, bytes: new Uint8Array(readFileSync(`${REPO_ROOT}${path}`)) };
}

/** Every CSV/XLSX file of a fixture folder (e.g. `fixtures/sip-2019`), in code-point order. */
export function fixtureFiles(folder: string): InputFile[] {
  return readdirSync(`${REPO_ROOT}${folder}`)
    .filter((name) => /\.(csv|xlsx)$/i.test(name))
    .sort()
    .map((name) => repoFile(`${folder}/${name}`));
}

/** A loaded data set and its indicator rows, as the dashboard's worker computes them. */
export interface Expected {
  data: DataSet;
  rows: IndicatorRow[];
}

/** Loads files with @fazhi/core (with `options`, e.g. a column map) and computes their indicators. */
export async function expectedFor(files: readonly InputFile[], options: LoadOptions = {}): Promise<Expected> {
  const data = await loadDataSet(files.map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) })), options);
  return { data, rows: computeIndicators(data.records).rows };
}

/** The value of an indicator for a unit (`*` = the jurisdiction) in a year; throws when there is no such row. */
export function indicatorValue(rows: readonly IndicatorRow[], indicator: string, year: number, unit: string = JURISDICTION): number | null {
  const row = rows.find((r) => r.indicator === indicator && r.year === year && r.unit === unit);
  if (row === undefined) throw new Error(`no row ${indicator} ${unit} ${year}`);
  return row.value;
}

/** The example scheme (`schemes/sip-example-2019.yaml`), checked. */
export function exampleScheme(): { scheme: Scheme; stamp: SchemeStamp } {
  const check = checkScheme(readFileSync(`${REPO_ROOT}schemes/sip-example-2019.yaml`, 'utf8'), { fileName: 'sip-example-2019.yaml' });
  if (!check.ok) throw new Error('the example scheme does not check');
  return { scheme: check.scheme, stamp: check.stamp };
}

/** A ranked unit and its rank (1 = best; ties share a rank). */
export interface Ranked {
  unit: string;
  rank: number;
}

/** The ranked units of a year in rank order (ties by code point). */
export function rankingOrder(rows: readonly IndicatorRow[], scheme: Scheme, stamp: SchemeStamp, year: number): Ranked[] {
  return scoreUnits(rows, scheme, stamp)
    .flatMap((s) => (s.year === year && s.unit !== JURISDICTION && s.rank !== null ? [{ unit: s.unit, rank: s.rank }] : []))
    .sort((a, b) => a.rank - b.rank || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}

/** Moving `shift` points from one item of a dimension to another (the dimension's sum stays valid). */
export interface PointsMove {
  dimension: string;
  from: { item: string; points: number };
  to: { item: string; points: number };
  /** The ranking before and after the move. */
  before: Ranked[];
  after: Ranked[];
}

/**
 * Finds a move of points between two items of one dimension of the scheme
 * that changes the year's ranking order (the first such move in scheme
 * order), with the orders before and after, computed by `scoreUnits`.
 */
export function findReorderingMove(rows: readonly IndicatorRow[], year: number): PointsMove {
  const { scheme, stamp } = exampleScheme();
  const before = rankingOrder(rows, scheme, stamp, year);
  for (const dimension of scheme.dimensions) {
    const items = dimension.items.filter((i) => i.points !== undefined && i.rule.type !== 'bonus');
    for (const from of items) {
      for (const to of items) {
        if (from === to || (from.points ?? 0) < 2) continue;
        const shift = (from.points ?? 0) - 1;
        const edited = structuredClone(scheme);
        const editedItems = edited.dimensions.find((d) => d.id === dimension.id)?.items ?? [];
        const a = editedItems.find((i) => i.id === from.id);
        const b = editedItems.find((i) => i.id === to.id);
        if (a === undefined || b === undefined) continue;
        a.points = (from.points ?? 0) - shift;
        b.points = (to.points ?? 0) + shift;
        const check = checkScheme(edited);
        if (!check.ok) continue;
        const after = rankingOrder(rows, check.scheme, check.stamp, year);
        if (after.map((r) => r.unit).join() !== before.map((r) => r.unit).join()) {
          return { dimension: dimension.id, from: { item: from.id, points: a.points }, to: { item: to.id, points: b.points }, before, after };
        }
      }
    }
  }
  throw new Error('no move of points reorders the ranking');
}
