import type { StatusThresholds } from '../scheme.ts';
import type { ItemStatus } from '../unit-score.ts';

/**
 * An item's status from its share of the possible points (or of 100 for an
 * index score): `met` at or above `met` (default 1), `near` at or above
 * `near` (default 0.8), else `missed`; null when the item was not scored or
 * has no positive possible points (bonus items, z-scores).
 *
 * @example
 * itemStatus(10, 10, {}); // 'met'
 * itemStatus(8, 10, {});  // 'near'
 * itemStatus(4, 10, {});  // 'missed'
 * itemStatus(1, 0, {});   // null (a bonus)
 */
export function itemStatus(earned: number | null, possible: number | null, thresholds: StatusThresholds = {}): ItemStatus | null {
  const { met = 1, near = 0.8 } = thresholds;
  if (earned === null || possible === null || !(possible > 0)) return null;
  const share = earned / possible;
  // A share within rounding of a threshold counts as reaching it (8.000000000000002 / 10 is 0.8).
  const eps = 1e-9;
  if (share >= met - eps) return 'met';
  if (share >= near - eps) return 'near';
  return 'missed';
}
