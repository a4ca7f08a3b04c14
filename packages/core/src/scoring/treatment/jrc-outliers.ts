import { kurtosis } from './kurtosis.ts';
import { skewness } from './skewness.ts';

/**
 * The skewness and kurtosis of a column (null when they cannot be told).
 *
 * @example
 * const moments: Moments = { skewness: 2.9, kurtosis: 8.5 };
 */
export interface Moments {
  /** Excel's SKEW. */
  skewness: number | null;
  /** Excel's KURT. */
  kurtosis: number | null;
}

/**
 * What the JRC outlier rule did to one column of values.
 *
 * @example
 * const result: JrcOutliers = jrcOutliers([1, 1, 1, 1, 1, 1, 1, 1, 1, 50]);
 */
export interface JrcOutliers {
  /** The values after treatment, in the input's order (null stays null). */
  values: (number | null)[];
  /** Indices of the values winsorised, in the order they were. */
  winsorised: number[];
  /** true when the values were log-transformed after winsorisation. */
  logged: boolean;
  /** true when they are still outside the thresholds at the end (log transform not allowed or not enough). */
  stillSkewed: boolean;
  /** Skewness and kurtosis before treatment. */
  before: Moments;
  /** Skewness and kurtosis after treatment. */
  after: Moments;
}

/**
 * Options of {@link jrcOutliers}.
 *
 * @example
 * const options: JrcOutlierOptions = { maxWinsorised: 3, allowLog: false };
 */
export interface JrcOutlierOptions {
  /** |skewness| above it (with kurtosis above `kurtosis`) calls for treatment. Default 2. */
  skewness?: number;
  /** Kurtosis (excess, Excel's KURT) above it. Default 3.5. */
  kurtosis?: number;
  /** The most values winsorised. Default 5. */
  maxWinsorised?: number;
  /** Whether the values may be log-transformed when winsorisation is not enough. Default true. */
  allowLog?: boolean;
}

/**
 * The JRC rule for outliers (COIN tool; COINr's `Treat`): while the values
 * have |skewness| > 2 and kurtosis > 3.5, the most extreme value on the side
 * of the skew is winsorised — set to the next value inward — up to
 * `maxWinsorised` values; still skewed then, the values are log-transformed,
 * ln(x − min + 1) for a right skew and −ln(max − x + 1) for a left skew
 * (order kept), when `allowLog`. nulls are left out of the moments and left
 * as they are. Never changes its input.
 *
 * @example
 * const t = jrcOutliers([1, 2, 1, 2, 1, 2, 1, 2, 1, 40]);
 * t.winsorised; // [9]
 * t.values; // [1, 2, 1, 2, 1, 2, 1, 2, 1, 2]
 */
export function jrcOutliers(input: readonly (number | null)[], options: JrcOutlierOptions = {}): JrcOutliers {
  const { skewness: maxSkew = 2, kurtosis: maxKurt = 3.5, maxWinsorised = 5, allowLog = true } = options;
  const values = [...input];
  const present = (): number[] => values.filter((v): v is number => v !== null && Number.isFinite(v));
  const moments = () => {
    const xs = present();
    return { skewness: skewness(xs), kurtosis: kurtosis(xs) };
  };
  const outside = (m: { skewness: number | null; kurtosis: number | null }): boolean =>
    m.skewness !== null && m.kurtosis !== null && Math.abs(m.skewness) > maxSkew && m.kurtosis > maxKurt;
  const before = moments();
  const winsorised: number[] = [];
  let current = before;
  while (outside(current) && winsorised.length < maxWinsorised) {
    const right = current.skewness! > 0;
    const xs = present();
    const extreme = right ? Math.max(...xs) : Math.min(...xs);
    const inward = xs.filter((x) => (right ? x < extreme : x > extreme));
    if (inward.length === 0) break;
    const next = right ? Math.max(...inward) : Math.min(...inward);
    // One value at a time, the first of equal extremes in input order, so the result does not depend on luck.
    const at = values.findIndex((v) => v === extreme);
    values[at] = next;
    winsorised.push(at);
    current = moments();
  }
  let logged = false;
  if (outside(current) && allowLog) {
    const right = current.skewness! > 0;
    const xs = present();
    const min = Math.min(...xs);
    const max = Math.max(...xs);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      values[i] = right ? Math.log(v - min + 1) : -Math.log(max - v + 1);
    }
    logged = true;
    current = moments();
  }
  return { values, winsorised, logged, stillSkewed: outside(current), before, after: current };
}
