import { scoresOfYear } from '@fazhi/charts';
import type { LocalizedText, ScoreFlag, UnitScore } from '@fazhi/core';

/**
 * One row of the ranking table: a unit's score of the year, its change from
 * last year and what to flag.
 *
 * @example
 * const row: RankingTableRow = { unit: '唯亭街道', rank: 13, ranked: 15, total: 74, possible: 100, coverage: 0.5, failed: false,
 *   totalChange: 4, rankChange: -1, hasPrevious: true, flags: { below_requirement: 1 }, notComputable: null };
 */
export interface RankingTableRow {
  /** The unit as in the data (`*` for the jurisdiction). */
  unit: string;
  /** 1 = best, ties share a rank; null when the total is not computable (or the jurisdiction). */
  rank: number | null;
  /** How many units were ranked that year. */
  ranked: number;
  /** The total; null when not computable. */
  total: number | null;
  /** What the total is out of. */
  possible: number | null;
  /** Share (0–1) of the scheme's points or weights with data. */
  coverage: number;
  /** A veto failed the unit (it ranks after all others). */
  failed: boolean;
  /** This year's total − last year's; null without a total in either year. */
  totalChange: number | null;
  /** Last year's rank − this year's (positive = moved up); null without a rank in either year. */
  rankChange: number | null;
  /** true when the unit had a score last year (so a null change means "not comparable", not "new"). */
  hasPrevious: boolean;
  /** How many flags of each kind the unit has (items and vetoes). */
  flags: Partial<Record<ScoreFlag['code'], number>>;
  /** Why there is no total, when there is none. */
  notComputable: LocalizedText | null;
}

/**
 * The ranking table of one year, in rank order: ranked units by rank (ties
 * share a rank and are ordered by name), units failed by a veto after them
 * (their rank says so), units whose total is not computable last (by name,
 * with the reason). The jurisdiction is left out unless it is the only unit.
 * The order never depends on the input's. An empty list when nothing was
 * scored that year.
 *
 * @example
 * rankingTableRows(app.scores, 2019)[0]?.rank; // 1
 */
export function rankingTableRows(scores: readonly UnitScore[], year: number): RankingTableRow[] {
  return scoresOfYear(scores, year).map(rankingTableRow);
}

/**
 * One unit's row of the ranking table (any unit, the jurisdiction too).
 *
 * @example
 * rankingTableRow(score).rankChange; // 2 (moved up two places)
 */
export function rankingTableRow(s: UnitScore): RankingTableRow {
  const flags: Partial<Record<ScoreFlag['code'], number>> = {};
  for (const f of s.flags) flags[f.code] = (flags[f.code] ?? 0) + 1;
  return {
    unit: s.unit, rank: s.rank, ranked: s.ranked, total: s.total, possible: s.possible, coverage: s.coverage, failed: s.failed,
    totalChange: s.change?.total ?? null, rankChange: s.change?.rank ?? null, hasPrevious: s.change !== null,
    flags, notComputable: s.notComputable,
  };
}
