import type { Direction, TargetRule } from '../scheme.ts';
import { exactDecimal } from './exact-decimal.ts';

/**
 * The share (0–1) of an item's points earned against a target.
 *
 * Without a floor: full at or beyond the target, proportional short of it —
 * value / target when higher is better, target / value when lower is better
 * (so a value of 0 meets any target ≥ 0 of a `lower` item). A proportion needs
 * a positive scale: when the target (`higher`) or the value (`lower`) is not
 * positive, or the value is negative (`higher`), a miss earns 0. Use a floor
 * for targets on signed scales such as year-on-year changes.
 *
 * With a floor: 0 at or beyond the floor, full at or beyond the target, and
 * linear in between: (value − floor) / (target − floor) for `higher`,
 * (floor − value) / (floor − target) for `lower`. A floor on the wrong side
 * of the target (which `checkScheme` rejects) is ignored.
 *
 * @example
 * targetShare(0.955, { target: 1 }, 'higher'); // 0.955
 * targetShare(0.9, { target: 1, floor: 0.8 }, 'higher'); // 0.5
 * targetShare(0.1, { target: 0.05 }, 'lower'); // 0.5
 * targetShare(0, { target: 0.05 }, 'lower'); // 1
 */
export function targetShare(value: number, rule: Pick<TargetRule, 'target' | 'floor'>, direction: Direction): number {
  const { target, floor } = rule;
  const higher = direction === 'higher';
  if (higher ? value >= target : value <= target) return 1;
  if (floor !== undefined && (higher ? floor < target : floor > target)) {
    if (higher ? value <= floor : value >= floor) return 0;
    const share = higher
      ? exactDecimal.quotient(exactDecimal.difference(value, floor), exactDecimal.difference(target, floor))
      : exactDecimal.quotient(exactDecimal.difference(floor, value), exactDecimal.difference(floor, target));
    return clamp(share);
  }
  if (!proportional(value, target, direction)) return 0;
  return clamp(higher ? exactDecimal.quotient(value, target) : exactDecimal.quotient(target, value));
}

/**
 * Whether a missed target is scored in proportion (value / target or
 * target / value), which needs a positive scale.
 *
 * @example
 * proportional(0.5, 1, 'higher'); // true
 * proportional(-0.05, -0.1, 'lower'); // false
 */
export function proportional(value: number, target: number, direction: Direction): boolean {
  return direction === 'higher' ? target > 0 && value >= 0 : value > 0 && target >= 0;
}

function clamp(share: number): number {
  return Math.min(1, Math.max(0, share));
}
