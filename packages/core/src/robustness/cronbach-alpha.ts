/**
 * Cronbach's α of items (columns) over the rows that have every item
 * (listwise deletion): k / (k − 1) × (1 − Σ item variances / variance of
 * the row totals), with sample variances. null with fewer than 2 items,
 * fewer than 3 complete rows or totals that do not vary.
 *
 * @example
 * // thinkdeeply.cc, "Survey reliability" (CC BY 4.0): 10 people, 4 Likert items, α = 0.674 (R's ltm agrees)
 * cronbachAlpha([[3, 3, 3, 5, 2, 4, 3, 3, 4, 3], [3, 3, 3, 4, 1, 4, 2, 4, 2, 3], [3, 4, 3, 4, 4, 4, 3, 3, 2, 2], [3, 3, 1, 5, 4, 5, 3, 3, 3, 3]]); // 0.6737266767523953
 */
export function cronbachAlpha(columns: readonly (readonly (number | null)[])[]): number | null {
  const k = columns.length;
  if (k < 2) return null;
  const n = Math.min(...columns.map((c) => c.length));
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = columns.map((c) => c[i]);
    if (row.every((v): v is number => v != null && Number.isFinite(v))) rows.push(row);
  }
  if (rows.length < 3) return null;
  const variance = (values: readonly number[]): number => {
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    return values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  };
  let itemVariances = 0;
  for (let j = 0; j < k; j++) itemVariances += variance(rows.map((r) => r[j]!));
  const totalVariance = variance(rows.map((r) => r.reduce((s, v) => s + v, 0)));
  if (!(totalVariance > 1e-12)) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}
