/**
 * A score rounded to 9 decimals: totals and subtotals reached along
 * different paths (54 ÷ 60 × 100 and 90) then compare equal, so that equal
 * totals share a rank, and printed results carry no binary noise
 * (87.60000000000001). Far below any published precision (Doing Business
 * prints 5 decimals).
 *
 * @example
 * roundScore((54 / 60) * 100); // 90
 * roundScore(0.1 + 0.2);       // 0.3
 */
export function roundScore(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}
