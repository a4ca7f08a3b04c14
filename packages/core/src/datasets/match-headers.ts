import type { DatasetSchema } from './dataset-schema.ts';
import { DATASET_SCHEMAS } from './registry.ts';
import { toSimplified } from '../values/to-simplified.ts';

const IGNORED = /[\s_\-*＊:：]+/g;
const TRAILING_PARENS = /\([^()]*\)$/;

/**
 * The comparable form of a header or alias: NFKC (full width → ASCII),
 * lower case, without spaces, `_`, `-`, `*` or colons, in Simplified
 * script. `案號`, `案号` and ` 案 號 ` meet; so do `Doc_No` and `doc no`.
 *
 * @example
 * headerKey('被告單位'); // '被告单位'
 * headerKey('Doc_No');  // 'docno'
 */
export function headerKey(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase().replace(IGNORED, ''));
}

/**
 * How a file's header row maps onto a dataset's columns.
 *
 * @example
 * matchHeaders(['案號'], DATASET_SCHEMAS.litigation).missing; // ['unit']
 */
export interface HeaderMatch {
  /** Canonical column of each header cell, in file order; null for unknown (kept, ignored) and duplicate headers. */
  columns: (string | null)[];
  /** Cell index of each canonical column found (the first, when repeated). */
  index: Map<string, number>;
  /** Headers naming a column an earlier header already names. */
  duplicates: {
    /** The repeated header as written. */
    header: string;
    /** The canonical column both headers name. */
    column: string;
    /** The earlier header, the one that is used. */
    first: string;
    /** Cell index of the repeated header (0-based). */
    cell: number;
  }[];
  /** Required columns (and unmet one-of groups, by their first column) absent from the header. */
  missing: string[];
}

const lookups = new WeakMap<DatasetSchema, Map<string, string>>();
/** Headers mapped by the user ({@link withHeaderMap}): header key → column, consulted before the aliases. */
const overrides = new WeakMap<DatasetSchema, ReadonlyMap<string, string>>();

/**
 * A copy of a schema that also reads the given headers as the given
 * columns (a user's column map), ahead of its aliases: `{ 基本要求:
 * 'basic_pass' }` makes a `基本要求` header (or `基本要求`'s Simplified,
 * width or case variants) the basic_pass column. Columns not in the schema
 * are left out. The schema itself is unchanged.
 *
 * @example
 * const mapped = withHeaderMap(DATASET_SCHEMAS.enforcement_reviews, { 基本要求: 'basic_pass' });
 * matchHeader('基本要求', mapped); // 'basic_pass'
 * matchHeader('基本要求', DATASET_SCHEMAS.enforcement_reviews); // null
 */
export function withHeaderMap<S extends DatasetSchema>(schema: S, map: { readonly [header: string]: string }): S {
  const known = new Set(schema.columns.map((c) => c.name));
  const byKey = new Map<string, string>();
  for (const [header, column] of Object.entries(map)) if (known.has(column) && headerKey(header) !== '') byKey.set(headerKey(header), column);
  const derived = { ...schema };
  overrides.set(derived, byKey);
  return derived;
}

/**
 * The header-key → canonical-column map of a schema: canonical names and
 * aliases, each also without a trailing `(unit)`.
 *
 * @example
 * aliasLookup(DATASET_SCHEMAS.litigation).get('案号'); // 'case_no'
 */
export function aliasLookup(schema: DatasetSchema): Map<string, string> {
  let map = lookups.get(schema);
  if (map) return map;
  map = new Map(overrides.get(schema));
  for (const col of schema.columns) {
    for (const spelling of [col.name, ...col.aliases]) {
      const key = headerKey(spelling);
      if (!map.has(key)) map.set(key, col.name);
      const bare = key.replace(TRAILING_PARENS, '');
      if (bare !== '' && !map.has(bare)) map.set(bare, col.name);
    }
  }
  lookups.set(schema, map);
  return map;
}

/**
 * The canonical column a header names in a schema, or null. A trailing
 * `(unit)` is ignored when the header does not match with it.
 *
 * @example
 * matchHeader('死亡人數(人)', DATASET_SCHEMAS.safety_incidents); // 'deaths'
 */
export function matchHeader(header: string, schema: DatasetSchema): string | null {
  const map = aliasLookup(schema);
  const key = headerKey(header);
  return map.get(key) ?? map.get(key.replace(TRAILING_PARENS, '')) ?? null;
}

/**
 * Matches a header row against a schema: case- and width-insensitive,
 * after NFKC, in either script. Reports duplicates (the first wins) and the
 * required columns that are missing.
 *
 * @example
 * matchHeaders(['案號', '被告单位', '備註'], DATASET_SCHEMAS.litigation).columns; // ['case_no', 'unit', null]
 */
export function matchHeaders(headers: readonly string[], schema: DatasetSchema): HeaderMatch {
  const columns: (string | null)[] = [];
  const index = new Map<string, number>();
  const duplicates: HeaderMatch['duplicates'] = [];
  headers.forEach((header, cell) => {
    const column = header.trim() === '' ? null : matchHeader(header, schema);
    const first = column === null ? undefined : index.get(column);
    if (column !== null && first !== undefined) {
      duplicates.push({ header, column, first: headers[first] ?? column, cell });
      columns.push(null);
      return;
    }
    if (column !== null) index.set(column, cell);
    columns.push(column);
  });
  const missing = schema.columns.filter((c) => c.required && !index.has(c.name)).map((c) => c.name);
  for (const group of schema.requiredOneOf ?? []) {
    if (!group.some((c) => index.has(c)) && group[0] !== undefined) missing.push(group[0]);
  }
  return { columns, index, duplicates, missing };
}

let allKeys: Set<string> | undefined;

/**
 * True when a header names a column of any dataset (used to choose between
 * candidate decodings of a file).
 *
 * @example
 * isKnownHeader('案號'); // true
 * isKnownHeader('偶瘍'); // false
 */
export function isKnownHeader(header: string): boolean {
  if (!allKeys) {
    allKeys = new Set();
    for (const schema of Object.values(DATASET_SCHEMAS)) for (const key of aliasLookup(schema).keys()) allKeys.add(key);
  }
  const key = headerKey(header);
  return allKeys.has(key) || allKeys.has(key.replace(TRAILING_PARENS, ''));
}
