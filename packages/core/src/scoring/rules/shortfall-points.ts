import type { Direction, ShortfallRule } from '../scheme.ts';
import { type Deduction, limitDeduction } from './deduct-points.ts';
import { exactDecimal } from './exact-decimal.ts';

/**
 * A shortfall deduction: a {@link Deduction} plus how far short the value
 * fell and how many steps that counted for.
 *
 * @example
 * const s: Shortfall = { earned: 9, raw: 1, deducted: 1, limit: null, short: 0.05, steps: 1 };
 */
export interface Shortfall extends Deduction {
  /** How far the value falls short of the target (0 when it meets it). */
  short: number;
  /** The steps counted: started (ceil), whole (floor) or exact (short / step). */
  steps: number;
}

/**
 * Subtracts `per` points for every `step` a value falls short of `target`
 * ("below 90%, 1 point per 10 points short"), at most `cap` (default the
 * points), never below zero. `steps`: `started` (default) counts a begun step
 * whole (85% against 90% with step 10% loses 1 step), `whole` only whole
 * steps, `exact` the proportion. Differences and quotients are decimal, so
 * 80% against 90% is exactly one step of 10%. A value at or beyond the target
 * loses nothing.
 *
 * @throws RangeError when `step` is not positive (`checkScheme` rejects such a rule).
 * @example
 * shortfallPoints(0.85, 10, { type: 'shortfall', target: 0.9, step: 0.1, per: 1 }, 'higher');
 * // { earned: 9, raw: 1, deducted: 1, limit: null, short: 0.05, steps: 1 }
 * shortfallPoints(0.85, 10, { type: 'shortfall', target: 0.9, step: 0.1, per: 1, steps: 'whole' }, 'higher').earned; // 10
 */
export function shortfallPoints(
  value: number,
  points: number,
  rule: Pick<ShortfallRule, 'target' | 'step' | 'per' | 'cap' | 'steps'>,
  direction: Direction,
): Shortfall {
  const { target, step, per, cap, steps: mode = 'started' } = rule;
  if (!(step > 0)) throw new RangeError(`shortfall step must be positive, got ${step}`);
  const gap = direction === 'higher' ? exactDecimal.difference(target, value) : exactDecimal.difference(value, target);
  const short = gap > 0 ? gap : 0;
  const ratio = exactDecimal.quotient(short, step);
  const steps = mode === 'exact' ? ratio : mode === 'whole' ? Math.floor(ratio) : Math.ceil(ratio);
  return { ...limitDeduction(exactDecimal.product(per, steps), points, cap), short, steps };
}
