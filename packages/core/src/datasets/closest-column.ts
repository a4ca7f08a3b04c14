import type { DatasetSchema } from './dataset-schema.ts';
import { headerKey } from './match-headers.ts';

/**
 * The known column a header most resembles, and the spelling it resembles.
 *
 * @example
 * const c: ClosestColumn = { column: 'basic_pass', alias: '基本標準是否通過', score: 0.33 };
 */
export interface ClosestColumn {
  /** The canonical column, e.g. `basic_pass`. */
  column: string;
  /** The spelling of it (canonical name or alias, as the schema writes it) the header is closest to. */
  alias: string;
  /** Similarity in (0, 1]: the Dice coefficient of the two keys' characters (letter pairs for Latin text). */
  score: number;
}

const MIN_SCORE = 0.3;
const MIN_SHARED = 2;

/**
 * The column of a schema whose canonical name or alias (compared as
 * {@link headerKey}s: NFKC, lower case, Simplified script) shares the most
 * with a header: the Dice coefficient of their characters (of their letter
 * pairs for Latin text, where single letters say little), at least 0.3 and at
 * least two in common; ties go to the smaller edit distance, then to a
 * column in `absent` (not in the file), then to schema order. Null when no
 * column comes that close: `備註` resembles nothing.
 *
 * @example
 * closestColumn('基本要求', enforcementReviewsSchema)?.column; // 'basic_pass'
 * closestColumn('评查人员', enforcementReviewsSchema)?.column; // 'reviewer'
 * closestColumn('備註', enforcementReviewsSchema); // null
 */
export function closestColumn(header: string, schema: DatasetSchema, absent: ReadonlySet<string> = new Set()): ClosestColumn | null {
  const key = headerKey(header);
  if (key === '') return null;
  let best: (ClosestColumn & { distance: number; absent: boolean }) | null = null;
  for (const col of schema.columns) {
    for (const spelling of [col.name, ...col.aliases]) {
      const other = headerKey(spelling);
      const { score, shared } = dice(key, other);
      if (score < MIN_SCORE || shared < MIN_SHARED) continue;
      const candidate = { column: col.name, alias: spelling, score, distance: editDistance(key, other), absent: absent.has(col.name) };
      if (best === null || better(candidate, best)) best = candidate;
    }
  }
  return best === null ? null : { column: best.column, alias: best.alias, score: best.score };
}

function better(a: { score: number; distance: number; absent: boolean }, b: { score: number; distance: number; absent: boolean }): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.absent && !b.absent;
}

/** Characters of CJK text, letter pairs of Latin text. */
function tokens(key: string): string[] {
  const chars = [...key];
  if (!/^[\x20-\x7e]*$/.test(key) || chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** Dice coefficient over token multisets, and the number of tokens in common. */
function dice(a: string, b: string): { score: number; shared: number } {
  const ta = tokens(a);
  const tb = tokens(b);
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of tb) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(t, left - 1);
    }
  }
  const total = ta.length + tb.length;
  return { score: total === 0 ? 0 : (2 * shared) / total, shared };
}

/** Levenshtein distance over code points. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length] as number;
}
