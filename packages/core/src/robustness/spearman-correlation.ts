import { averageRanks } from './average-ranks.ts';
import { pearsonComplete } from './pearson-correlation.ts';

/**
 * Spearman's rank correlation of two columns over the rows where both have a
 * number: Pearson's r of their average ranks (ties share the mean rank).
 * null with fewer than 3 such rows or a constant column.
 *
 * @example
 * spearmanCorrelation([1, 2, 3, 4], [1, 4, 9, 100]); // 1
 * spearmanCorrelation([1, 2, 3], [3, 2, 1]); // -1
 */
export function spearmanCorrelation(x: readonly (number | null)[], y: readonly (number | null)[]): number | null {
  const xs: number[] = [];
  const ys: number[] = [];
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x[i];
    const b = y[i];
    if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    xs.push(a);
    ys.push(b);
  }
  return pearsonComplete(averageRanks(xs), averageRanks(ys));
}
