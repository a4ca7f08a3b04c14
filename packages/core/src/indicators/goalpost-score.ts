/**
 * The Doing Business "distance to frontier" score of a raw value between two
 * goalposts: 100 × clamp((worst − value) / (worst − best), 0, 1) ^ exponent.
 * Works whichever way the scale runs (best below or above worst). Returns
 * null when the goalposts coincide (best = worst) or an input is not finite,
 * since no score can be read from them.
 *
 * @example
 * goalpostScore(2, 1, 18); // 94.11764705882352 (Singapore, procedures to start a business)
 * goalpostScore(1.5, 0.5, 100); // 98.99497487437185 (days)
 * goalpostScore(25, 0, 50, 0.8); // 57.43491774985175
 * goalpostScore(3, 5, 5); // null
 */
export function goalpostScore(value: number, best: number, worst: number, exponent = 1): number | null {
  if (best === worst) return null;
  const share = Math.min(1, Math.max(0, (worst - value) / (worst - best)));
  const score = 100 * share ** exponent;
  return Number.isFinite(score) ? score : null;
}
