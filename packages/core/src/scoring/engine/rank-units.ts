import { rankValues } from '../rank-values.ts';

/**
 * What ranking needs to know of one unit's result.
 *
 * @example
 * const entry: RankEntry = { total: 92.5, failed: false };
 */
export interface RankEntry {
  total: number | null;
  failed: boolean;
}

/**
 * Ranks the units of one year by total, best first, with competition ranks
 * (1, 2, 2, 4) from `rankValues`: units that failed a veto rank after every
 * other unit (among themselves by total), units without a total get null.
 * Returns the ranks in input order and how many units were ranked; the ranks
 * do not depend on the input order.
 *
 * @example
 * rankUnits([{ total: 90, failed: false }, { total: 95, failed: true }, { total: 90, failed: false }, { total: null, failed: false }]);
 * // { ranks: [1, 3, 1, null], ranked: 3 }
 */
export function rankUnits(entries: readonly RankEntry[]): { ranks: (number | null)[]; ranked: number } {
  const passed = rankValues(entries.map((e) => (e.failed ? null : e.total)), 'higher');
  const failed = rankValues(entries.map((e) => (e.failed ? e.total : null)), 'higher');
  const ahead = passed.filter((r) => r !== null).length;
  const ranks = entries.map((_, i) => passed[i] ?? (failed[i] === null || failed[i] === undefined ? null : ahead + failed[i]!));
  return { ranks, ranked: ranks.filter((r) => r !== null).length };
}
