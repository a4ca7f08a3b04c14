import type { GoalpostsRule } from '../scheme.ts';
import { exactDecimal } from './exact-decimal.ts';

/**
 * The share (0–1) of an item's points earned between two goalposts, as Doing
 * Business computes its scores ("distance to frontier"):
 * clamp((worst − value) / (worst − best), 0, 1) ^ exponent (default 1).
 * It works whichever way the scale runs (best below worst, as for days, or
 * above it, as for a rate). The differences are taken in decimal, so
 * (100 − 1.5) / (100 − 0.5) is exactly the published ratio. Goalposts that
 * coincide give no scale: a value equal to them earns 1, any other 0
 * (`checkScheme` rejects such a rule).
 *
 * World Bank, Doing Business 2020, "Ease of doing business score and ease of
 * doing business ranking", pp. 116–118.
 *
 * @example
 * goalpostsShare(2, { worst: 18, best: 1 }); // 0.9411764705882353 (Singapore, procedures)
 * goalpostsShare(0.5, { worst: 0, best: 1 }); // 0.5
 * goalpostsShare(44.8, { worst: 84, best: 26.1, exponent: 0.8 }); // 0.7238… (total tax rate)
 */
export function goalpostsShare(value: number, rule: Pick<GoalpostsRule, 'worst' | 'best' | 'exponent'>): number {
  const { worst, best, exponent = 1 } = rule;
  if (best === worst) return value === best ? 1 : 0;
  const share = exactDecimal.quotient(exactDecimal.difference(worst, value), exactDecimal.difference(worst, best));
  const clamped = Math.min(1, Math.max(0, share));
  return exponent === 1 ? clamped : clamped ** exponent;
}
