import type { UnitScore } from '@fazhi/core';

/**
 * A unit's score in one year, as the rank-history chart and its description use it.
 *
 * @example
 * const point: RankHistoryPoint = { year: 2019, total: 74, possible: 100, rank: 13, ranked: 15, failed: false };
 */
export interface RankHistoryPoint {
  /** The year. */
  year: number;
  /** The total; null when not computable. */
  total: number | null;
  /** What the total is out of. */
  possible: number | null;
  /** The rank; null when not ranked. */
  rank: number | null;
  /** How many units were ranked that year. */
  ranked: number;
  /** A veto failed the unit that year. */
  failed: boolean;
}

/**
 * A unit's totals and ranks over the years it was scored, oldest first (one
 * point per year, whatever the input's order); empty when the unit was never
 * scored. The data of {@link rankHistorySpec} and of the department page.
 *
 * @example
 * rankHistory(scores, '唯亭街道').map((p) => p.rank); // [12, 13]
 */
export function rankHistory(scores: readonly UnitScore[], unit: string): RankHistoryPoint[] {
  return scores
    .filter((s) => s.unit === unit)
    .map((s) => ({ year: s.year, total: s.total, possible: s.possible, rank: s.rank, ranked: s.ranked, failed: s.failed }))
    .sort((a, b) => a.year - b.year);
}
