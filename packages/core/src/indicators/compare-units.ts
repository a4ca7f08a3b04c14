import { JURISDICTION } from './indicator-row.ts';
import { compareCodePoints } from './compare-code-points.ts';

/**
 * Orders unit names for output: the jurisdiction `*` first, then by code point.
 *
 * @example
 * ['財政局', '*', '公安局'].sort(compareUnits); // ['*', '公安局', '財政局']
 */
export function compareUnits(a: string, b: string): number {
  if (a === b) return 0;
  if (a === JURISDICTION) return -1;
  if (b === JURISDICTION) return 1;
  return compareCodePoints(a, b);
}
