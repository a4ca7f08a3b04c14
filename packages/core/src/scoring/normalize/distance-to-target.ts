import type { Direction } from '../scheme.ts';
import { exactDecimal } from '../rules/exact-decimal.ts';
import { targetShare } from '../rules/target-share.ts';

/**
 * Distance to target (as in the SDG Index and the OECD's "Measuring distance
 * to the SDG targets"): 100 at or beyond the target, else 100 × value / target
 * when higher is better or 100 × target / value when lower is better — the
 * proportional {@link targetShare} without a floor, on a 0–100 scale.
 *
 * @example
 * distanceToTarget(0.8, 1, 'higher'); // 80
 * distanceToTarget(0.1, 0.05, 'lower'); // 50
 * distanceToTarget(1.2, 1, 'higher'); // 100
 */
export function distanceToTarget(value: number, target: number, direction: Direction): number {
  return exactDecimal.product(100, targetShare(value, { target }, direction));
}
