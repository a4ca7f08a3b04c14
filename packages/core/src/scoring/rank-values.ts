import type { Direction } from './scheme.ts';

/**
 * Competition ranks ("1224" ranking) of values, best first: a value's rank is
 * 1 + the number of values strictly better than it, so ties share the best
 * rank of their group and the next rank is skipped (1, 2, 2, 4). `higher`
 * ranks the largest value first, `lower` the smallest. null (and NaN) values
 * are not ranked and get null; they do not count against the others. The
 * result lines up with the input and does not depend on its order.
 *
 * @example
 * rankValues([90, 75, 90, null, 60], 'higher'); // [1, 3, 1, null, 4]
 * rankValues([3, 0, 1, 1], 'lower'); // [4, 1, 2, 2]
 */
export function rankValues(values: readonly (number | null)[], direction: Direction): (number | null)[] {
  const present: number[] = [];
  for (const v of values) if (v !== null && !Number.isNaN(v)) present.push(v);
  // Best first: ascending for `lower`, descending for `higher`.
  const ascending = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
  present.sort(direction === 'lower' ? ascending : (a, b) => ascending(b, a));
  const rankOf = new Map<number, number>();
  for (let i = 0; i < present.length; i++) {
    const v = present[i]!;
    if (!rankOf.has(v)) rankOf.set(v, i + 1);
  }
  return values.map((v) => (v === null || Number.isNaN(v) ? null : rankOf.get(v)!));
}
