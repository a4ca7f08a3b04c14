/**
 * Relative tolerance of trend comparisons: two numbers this close (relative
 * to the larger) count as equal.
 *
 * @example
 * AT_LEAST_TOLERANCE; // 1e-9
 */
export const AT_LEAST_TOLERANCE = 1e-9;

/**
 * Whether `a ≥ b`, counting numbers within a relative 1e-9 of each other as
 * equal, so that binary floating point cannot move a value off the boundary it
 * sits on: (0.95 − 0.8) / 3 is 0.04999999999999997 and (1 − 0.95) / 1 is
 * 0.050000000000000044, yet both paces are 5 points a year. The tolerance is
 * relative, so it never merges values that differ in a printed digit.
 *
 * @example
 * atLeast((0.95 - 0.8) / 3, (1 - 0.95) / 1); // true
 * atLeast(0.0499, 0.05); // false
 */
export function atLeast(a: number, b: number): boolean {
  return a >= b || Math.abs(a - b) <= AT_LEAST_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}
