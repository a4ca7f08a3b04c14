import { quantileSorted } from 'd3-array';

/**
 * How one unit's rank and total spread over the runs of a Monte Carlo.
 *
 * @example
 * const d: RankDistribution = rankDistribution([1, 2, 2, 3], [90, 80, 81, 70], 2, 4);
 */
export interface RankDistribution {
  /** The rank under the scheme as written; null when not ranked. */
  nominalRank: number | null;
  /** Median rank over the runs that ranked the unit; null when none did. */
  medianRank: number | null;
  /** 5th percentile of the rank (a rank that occurred: the best of the 90% interval). */
  low: number | null;
  /** 95th percentile of the rank (the worst of the 90% interval). */
  high: number | null;
  /** Share of all runs with a rank of 3 or better. */
  top3: number;
  /** Share of all runs with one of the last 3 ranks of that run. */
  bottom3: number;
  /** Mean |rank − nominal rank| over the runs that ranked it; null without a nominal rank or such runs. */
  meanShift: number | null;
  /** Share of the runs that did not rank it (too little coverage). */
  unranked: number;
  /** Median, 5th and 95th percentile of the total over the runs with one; null without. */
  total: {
    /** The median total. */
    median: number;
    /** Its 5th percentile. */
    low: number;
    /** Its 95th percentile. */
    high: number;
  } | null;
}

/**
 * Summarises one unit's ranks (0 = not ranked) and totals (NaN = none) over
 * the runs, given its nominal rank and each run's count of ranked units
 * (`ranked`, for the bottom 3). Percentiles of ranks are ranks that occurred
 * (nearest rank), so a 90% interval reads "between ranks 2 and 5"; the
 * median is d3's (R-7, it may be halfway).
 *
 * @example
 * const d = rankDistribution([1, 2, 2, 3, 0], [90, 80, 81, 70, NaN], 2, [4, 4, 4, 4, 3]);
 * [d.medianRank, d.low, d.high, d.top3, d.unranked]; // [2, 1, 3, 0.8, 0.2]
 */
export function rankDistribution(
  ranks: ArrayLike<number>, totals: ArrayLike<number>, nominalRank: number | null, ranked: ArrayLike<number> | number,
): RankDistribution {
  const runs = ranks.length;
  const seen: number[] = [];
  const values: number[] = [];
  let top3 = 0;
  let bottom3 = 0;
  let shift = 0;
  for (let r = 0; r < runs; r++) {
    const rank = ranks[r]!;
    const total = totals[r]!;
    if (!Number.isNaN(total)) values.push(total);
    if (rank <= 0) continue;
    seen.push(rank);
    if (rank <= 3) top3++;
    const count = typeof ranked === 'number' ? ranked : ranked[r]!;
    if (rank > count - 3) bottom3++;
    if (nominalRank !== null) shift += Math.abs(rank - nominalRank);
  }
  seen.sort((a, b) => a - b);
  values.sort((a, b) => a - b);
  const nearest = (p: number): number | null => (seen.length === 0 ? null : seen[Math.min(seen.length - 1, Math.max(0, Math.ceil(p * seen.length) - 1))]!);
  return {
    nominalRank,
    medianRank: seen.length === 0 ? null : quantileSorted(seen, 0.5)!,
    low: nearest(0.05),
    high: nearest(0.95),
    top3: runs === 0 ? 0 : top3 / runs,
    bottom3: runs === 0 ? 0 : bottom3 / runs,
    meanShift: nominalRank === null || seen.length === 0 ? null : shift / seen.length,
    unranked: runs === 0 ? 0 : (runs - seen.length) / runs,
    total: values.length === 0 ? null : { median: quantileSorted(values, 0.5)!, low: quantileSorted(values, 0.05)!, high: quantileSorted(values, 0.95)! },
  };
}
