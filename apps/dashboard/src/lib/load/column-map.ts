import { compareCodePoints, headerKey, type ColumnMap } from '@fazhi/core';

/**
 * One header the analyst mapped to a column, as the quality view lists it.
 *
 * @example
 * const entry: ColumnMapEntry = { dataset: 'enforcement_reviews', header: '基本要求', column: 'basic_pass' };
 */
export interface ColumnMapEntry {
  /** The dataset whose files the mapping applies to (every file of it with that header). */
  dataset: string;
  /** The header as the analyst mapped it (as the file writes it). */
  header: string;
  /** The canonical column it is read as. */
  column: string;
}

/**
 * The column a header is mapped to for a dataset, or null. Headers compare
 * as core compares them ({@link headerKey}: width, case and script aside),
 * so `基本要求` finds an entry made for `基本要求` in the other script.
 *
 * @example
 * mappedColumn({ enforcement_reviews: { 基本要求: 'basic_pass' } }, 'enforcement_reviews', '基本要求'); // 'basic_pass'
 * mappedColumn({}, 'enforcement_reviews', '基本要求'); // null
 */
export function mappedColumn(map: ColumnMap, dataset: string, header: string): string | null {
  const key = headerKey(header);
  for (const [h, column] of Object.entries(map[dataset] ?? {})) if (headerKey(h) === key) return column;
  return null;
}

/**
 * A copy of the map where `header` of `dataset` reads as `column`, or, with
 * null, is not mapped any more (an entry made under another spelling of the
 * same header is replaced too; a dataset left without entries is dropped).
 * The map given is not changed.
 *
 * @example
 * withMapping({}, 'enforcement_reviews', '基本要求', 'basic_pass'); // { enforcement_reviews: { 基本要求: 'basic_pass' } }
 * withMapping({ enforcement_reviews: { 基本要求: 'basic_pass' } }, 'enforcement_reviews', '基本要求', null); // {}
 */
export function withMapping(map: ColumnMap, dataset: string, header: string, column: string | null): ColumnMap {
  const key = headerKey(header);
  const headers = Object.entries(map[dataset] ?? {}).filter(([h]) => headerKey(h) !== key);
  if (column !== null) headers.push([header, column]);
  const rest = Object.entries(map).filter(([d]) => d !== dataset);
  if (headers.length > 0) rest.push([dataset, Object.fromEntries(headers)]);
  return Object.fromEntries(rest);
}

/**
 * Every entry of the map, by dataset then header (code-point order).
 *
 * @example
 * columnMapEntries({ enforcement_reviews: { 基本要求: 'basic_pass' } }); // [{ dataset: 'enforcement_reviews', header: '基本要求', column: 'basic_pass' }]
 */
export function columnMapEntries(map: ColumnMap): ColumnMapEntry[] {
  const entries = Object.entries(map).flatMap(([dataset, headers]) => Object.entries(headers).map(([header, column]) => ({ dataset, header, column })));
  return entries.sort((a, b) => compareCodePoints(a.dataset, b.dataset) || compareCodePoints(a.header, b.header));
}

/**
 * A stored value read back as a column map: the entries whose header and
 * column are strings, under datasets that are objects; anything else (a
 * session saved before the dashboard kept a column map, a damaged record)
 * reads as no mapping. Never throws.
 *
 * @example
 * asColumnMap({ enforcement_reviews: { 基本要求: 'basic_pass', x: 1 } }); // { enforcement_reviews: { 基本要求: 'basic_pass' } }
 * asColumnMap(undefined); // {}
 */
export function asColumnMap(value: unknown): ColumnMap {
  if (!isRecord(value)) return {};
  const out: [string, Record<string, string>][] = [];
  for (const [dataset, headers] of Object.entries(value)) {
    if (!isRecord(headers)) continue;
    const kept = Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (kept.length > 0) out.push([dataset, Object.fromEntries(kept)]);
  }
  return Object.fromEntries(out);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
