import type { BonusRule } from '../scheme.ts';
import { exactDecimal } from './exact-decimal.ts';

/**
 * What a bonus came to.
 *
 * @example
 * const b: Bonus = { earned: 1, raw: 1, capped: false };
 */
export interface Bonus {
  /** Points added: min(raw, cap), in [0, cap]. */
  earned: number;
  /** per × events, before the cap; never negative. */
  raw: number;
  /** true when the cap cut the bonus short. */
  capped: boolean;
}

/**
 * 加分項: `per` points for every counted event, up to `cap`. per × count is
 * computed in decimal. A negative or non-finite count counts as no event, a
 * negative cap as 0.
 *
 * @example
 * bonusPoints(2, { type: 'bonus', per: 0.5, cap: 2 }); // { earned: 1, raw: 1, capped: false }
 * bonusPoints(5, { type: 'bonus', per: 0.5, cap: 2 }); // { earned: 2, raw: 2.5, capped: true }
 */
export function bonusPoints(count: number, rule: Pick<BonusRule, 'per' | 'cap'>): Bonus {
  const events = Number.isFinite(count) && count > 0 ? count : 0;
  const product = exactDecimal.product(rule.per, events);
  const raw = Number.isFinite(product) && product > 0 ? product : 0;
  const cap = Math.max(0, rule.cap);
  return { earned: Math.min(raw, cap), raw, capped: raw > cap };
}
