import type { Better } from '@fazhi/core';

/**
 * Whether a change is for the better, for the worse, no change, or has no
 * direction (the indicator is neither better higher nor lower, or the change
 * is unknown).
 *
 * @example
 * const v: ChangeVerdict = 'worse';
 */
export type ChangeVerdict = 'better' | 'worse' | 'same' | 'none';

/**
 * Every verdict, in legend order.
 *
 * @example
 * CHANGE_VERDICTS.length; // 4
 */
export const CHANGE_VERDICTS = ['better', 'worse', 'same', 'none'] as const satisfies readonly ChangeVerdict[];

/**
 * The verdict on a change given the direction in which the indicator
 * improves. `zero` tells whether the change counts as none (e.g. it rounds to
 * zero as printed); by default only an exact 0 does.
 *
 * @example
 * changeVerdict(-2, 'lower'); // 'better'
 * changeVerdict(0.01, 'lower'); // 'worse'
 * changeVerdict(5, null); // 'none'
 * changeVerdict(0, 'higher'); // 'same'
 */
export function changeVerdict(change: number | null, better: Better | null, zero: (change: number) => boolean = (c) => c === 0): ChangeVerdict {
  if (change === null || !Number.isFinite(change)) return 'none';
  if (zero(change)) return 'same';
  if (better === null) return 'none';
  return (change > 0) === (better === 'higher') ? 'better' : 'worse';
}
