/**
 * The sample skewness as Excel's SKEW computes it (adjusted Fisher–Pearson):
 * n / ((n − 1)(n − 2)) × Σ ((x − mean) / s)³ with the sample standard
 * deviation s. The JRC's COIN tool, an Excel workbook, applies its outlier
 * rule to this figure. null below 3 values or without spread.
 *
 * @example
 * skewness([1, 2, 3, 10]); // 1.7636326148038877
 * skewness([1, 2, 3]); // 0
 */
export function skewness(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 3) return null;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) return null;
  const sum = values.reduce((s, v) => s + ((v - mean) / sd) ** 3, 0);
  return (n / ((n - 1) * (n - 2))) * sum;
}
