/**
 * The sample excess kurtosis as Excel's KURT computes it:
 * n(n + 1) / ((n − 1)(n − 2)(n − 3)) × Σ ((x − mean) / s)⁴ − 3(n − 1)² / ((n − 2)(n − 3)),
 * with the sample standard deviation s (0 for a normal distribution). null
 * below 4 values or without spread.
 *
 * @example
 * kurtosis([1, 2, 3, 10]); // 3.228
 * kurtosis([1, 2, 3, 4]); // -1.2
 */
export function kurtosis(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 4) return null;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) return null;
  const sum = values.reduce((s, v) => s + ((v - mean) / sd) ** 4, 0);
  return ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * sum - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
}
