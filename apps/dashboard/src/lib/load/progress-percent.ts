/**
 * A file's progress as a whole percentage (0–100), or null while its row
 * count is not known yet (the bar is then indeterminate).
 *
 * @example
 * progressPercent({ rows: 65536, rowsTotal: 200001, done: false }); // 33
 * progressPercent({ rows: 0, rowsTotal: 0, done: false }); // null
 */
export function progressPercent(progress: { rows: number; rowsTotal: number; done: boolean }): number | null {
  if (progress.done) return 100;
  if (progress.rowsTotal <= 0) return null;
  return Math.min(100, Math.max(0, Math.floor((progress.rows / progress.rowsTotal) * 100)));
}
