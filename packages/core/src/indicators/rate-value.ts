/**
 * The value of a rate, mean, change or ratio: numerator / denominator, or
 * null when the denominator is 0 (never NaN or Infinity).
 *
 * @example
 * rateValue(3, 41); // 0.07317073170731707
 * rateValue(0, 0); // null
 */
export function rateValue(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}
