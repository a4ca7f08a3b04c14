/**
 * Pearson's correlation of two columns over the rows where both have a
 * number (pairwise deletion). null with fewer than 3 such rows or when either
 * column is constant over them: no correlation can be told then.
 *
 * @example
 * pearsonCorrelation([1, 2, 3, 4], [2, 4, 6, 9]); // 0.9943767126843689
 * pearsonCorrelation([1, 2, null, 4], [1, 2, 3, null]); // null (two pairs)
 * pearsonCorrelation([1, 1, 1], [1, 2, 3]); // null (constant)
 */
export function pearsonCorrelation(x: readonly (number | null)[], y: readonly (number | null)[]): number | null {
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
  return pearsonComplete(xs, ys);
}

/** Pearson's r of two equally long columns without gaps; null below 3 rows or for a constant column. */
export function pearsonComplete(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // A spread lost in rounding (1e-12 of the values' size) is no spread.
  if (sxx <= 1e-24 * Math.max(1, mx * mx) * n || syy <= 1e-24 * Math.max(1, my * my) * n) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
