import { median } from 'd3-array';
import type { Direction, OutlierRule } from '../scheme.ts';

/**
 * One value's outlier test: its modified z-score (null when the MAD is 0),
 * the peers' median, and whether it is an outlier in the bad direction.
 *
 * @example
 * const o: Outlier = { outlier: true, z: null, median: 0, excess: 4 };
 */
export interface Outlier {
  /** true when the value is an outlier in the bad direction. */
  outlier: boolean;
  /** 0.6745 × (x − median) / MAD, signed so that positive is worse; null when MAD = 0 or the value is null. */
  z: number | null;
  /** The median of the non-null values (null when there are fewer than 3). */
  median: number | null;
  /** How far the value is from the median in the bad direction (negative: better than the median). */
  excess: number | null;
}

/** Fewer values than this say nothing about what is usual: no outliers then. */
const MIN_PEERS = 3;

/**
 * Robust outlier flags for one item across the scored units of a year
 * (Iglewicz & Hoaglin's modified z-score): M = 0.6745 × (x − median) / MAD,
 * MAD being the median absolute deviation from the median. A value is an
 * outlier when M exceeds `threshold` (default 3.5) in the bad direction only
 * (above the median when lower is better, below it when higher is better).
 * When MAD = 0 (most units share one value, typically 0 lost cases) M is
 * undefined; a value then counts when it is worse than the median by more
 * than `minExcess` (default 2). Null values take no part and are never
 * outliers; with fewer than 3 values nothing is an outlier. The answer is
 * per value, in the input order, and does not depend on that order.
 *
 * @example
 * findOutliers([0, 0, 1, 0, 4, 3, 0], 'lower').map((o) => o.outlier);
 * // [false, false, false, false, true, true, false]   (median 0, MAD 0: 4 and 3 exceed it by more than 2)
 */
export function findOutliers(values: readonly (number | null)[], direction: Direction, rule: OutlierRule = {}): Outlier[] {
  const { threshold = 3.5, minExcess = 2 } = rule;
  const present = values.filter((v): v is number => v !== null);
  const none = (): Outlier[] => values.map(() => ({ outlier: false, z: null, median: null, excess: null }));
  if (present.length < MIN_PEERS) return none();
  const med = median(present)!;
  const mad = median(present.map((v) => Math.abs(v - med)))!;
  const sign = direction === 'lower' ? 1 : -1;
  return values.map((v) => {
    if (v === null) return { outlier: false, z: null, median: med, excess: null };
    const excess = sign * (v - med);
    if (mad === 0) return { outlier: excess > minExcess, z: null, median: med, excess };
    const z = (0.6745 * excess) / mad;
    return { outlier: z > threshold, z, median: med, excess };
  });
}
