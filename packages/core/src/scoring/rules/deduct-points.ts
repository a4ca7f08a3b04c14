import type { DeductRule } from '../scheme.ts';
import { exactDecimal } from './exact-decimal.ts';

/**
 * What a deduction came to: the points left, the deduction as counted and as
 * applied, and what limited it.
 *
 * @example
 * const d: Deduction = { earned: 4, raw: 6, deducted: 6, limit: null };
 */
export interface Deduction {
  /** Points left: points − deducted, in [0, points]. */
  earned: number;
  /** The deduction as counted (per × events), before any limit; never negative. */
  raw: number;
  /** The deduction applied: min(raw, cap, points). */
  deducted: number;
  /**
   * `cap` when the rule's cap cut the deduction short (扣分以 cap 分為限);
   * `zero` when the deduction used up the item's points (扣完為止); null
   * otherwise.
   */
  limit: 'cap' | 'zero' | null;
}

/**
 * 扣分制: the item's points less `per` for every counted event, at most `cap`
 * in all (default: the item's points), never below zero (扣完為止).
 * per × count is computed in decimal (0.1 × 3 = 0.3). A negative or non-finite
 * count counts as no event; a negative cap as 0.
 *
 * @example
 * deductPoints(3, 10, { type: 'deduct', per: 2 }); // { earned: 4, raw: 6, deducted: 6, limit: null }
 * deductPoints(5, 10, { type: 'deduct', per: 2, cap: 6 }); // { earned: 4, raw: 10, deducted: 6, limit: 'cap' }
 * deductPoints(6, 10, { type: 'deduct', per: 2 }); // { earned: 0, raw: 12, deducted: 10, limit: 'zero' }
 */
export function deductPoints(count: number, points: number, rule: Pick<DeductRule, 'per' | 'cap'>): Deduction {
  const events = Number.isFinite(count) && count > 0 ? count : 0;
  return limitDeduction(exactDecimal.product(rule.per, events), points, rule.cap);
}

/**
 * Applies a deduction to an item's points: at most `cap` (default the
 * points), never below zero. Shared by the deduct and shortfall rules.
 *
 * @example
 * limitDeduction(10, 10, 6); // { earned: 4, raw: 10, deducted: 6, limit: 'cap' }
 */
export function limitDeduction(raw: number, points: number, cap: number | undefined): Deduction {
  const counted = Number.isFinite(raw) && raw > 0 ? raw : 0;
  const whole = Math.max(0, points);
  const ceiling = cap === undefined ? whole : Math.min(whole, Math.max(0, cap));
  const deducted = Math.min(counted, ceiling);
  let limit: Deduction['limit'] = null;
  if (counted > ceiling && ceiling < whole) limit = 'cap';
  else if (counted >= whole && counted > 0) limit = 'zero';
  return { earned: exactDecimal.difference(whole, deducted), raw: counted, deducted, limit };
}
