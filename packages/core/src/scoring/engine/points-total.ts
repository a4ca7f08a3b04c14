import type { LocalizedText } from '../../messages/localized-text.ts';
import { formatScoreNumber } from '../format-number.ts';
import { engineMessages } from './engine-messages.ts';

/**
 * One item of a points-mode scheme, as the total sees it.
 *
 * @example
 * const part: PointsPart = { points: 10, earned: 6, possible: 10, bonus: null };
 */
export interface PointsPart {
  /** The item's points in the scheme (0 for a bonus). */
  points: number;
  /** Points earned (for a bonus: added); null when the item was excluded for want of data. */
  earned: number | null;
  /** Points possible as the rule reports them; null when excluded. */
  possible: number | null;
  /** `outside` or `inside` for a bonus item, null for an ordinary one. */
  bonus: 'outside' | 'inside' | null;
}

/**
 * A points-mode total and how it was reached.
 *
 * @example
 * pointsTotal([{ points: 10, earned: 6, possible: 10, bonus: null }], 10, 0.6).total; // 6
 */
export interface PointsTotal {
  /** Σ points earned by the ordinary items with data. */
  earned: number;
  /** Σ points possible of the ordinary items with data. */
  withData: number;
  /** Σ points of every ordinary item. */
  all: number;
  /** How many ordinary items were excluded for want of data. */
  excluded: number;
  /** earned ÷ withData × the scheme's total, when items were excluded (else null). */
  rescaled: number | null;
  /** Bonus points added outside the total, and inside it (before the cap). */
  bonusOutside: number;
  bonusInside: number;
  /** withData ÷ all (0 when the scheme has no points). */
  coverage: number;
  /** The total before vetoes; null when not computable. */
  total: number | null;
  notComputable: LocalizedText | null;
}

/**
 * The total of a points-mode scheme (百分制) for one unit × year:
 *
 * 1. ordinary items with data add up their points earned and possible;
 * 2. coverage = their possible points ÷ the points of every ordinary item;
 *    below `minCoverage` the total is null, with the reason;
 * 3. when items were excluded, the sum is rescaled to the scheme's total
 *    (按比例折算): earned ÷ possible with data × total;
 * 4. inside bonuses are added, at most up to the scheme's total; outside
 *    bonuses are added after that (the total may then exceed it).
 *
 * Vetoes are applied afterwards, by `scoreUnits`.
 *
 * @example
 * pointsTotal([
 *   { points: 60, earned: 54, possible: 60, bonus: null },
 *   { points: 40, earned: null, possible: null, bonus: null },
 * ], 100, 0.5).total; // 90 (54 ÷ 60 × 100)
 */
export function pointsTotal(parts: readonly PointsPart[], schemeTotal: number, minCoverage: number): PointsTotal {
  let earned = 0;
  let withData = 0;
  let all = 0;
  let excluded = 0;
  let bonusOutside = 0;
  let bonusInside = 0;
  for (const part of parts) {
    if (part.bonus !== null) {
      if (part.earned === null) continue;
      if (part.bonus === 'outside') bonusOutside += part.earned;
      else bonusInside += part.earned;
      continue;
    }
    all += part.points;
    if (part.earned === null) {
      excluded += 1;
      continue;
    }
    earned += part.earned;
    withData += part.possible ?? part.points;
  }
  const coverage = all > 0 ? withData / all : 0;
  const result = { earned, withData, all, excluded, bonusOutside, bonusInside, coverage };
  if (all <= 0 || withData <= 0) {
    return { ...result, rescaled: null, total: null, notComputable: all <= 0 ? engineMessages.noPoints() : coverageReason(coverage, minCoverage) };
  }
  // A share within rounding of the minimum reaches it.
  if (coverage < minCoverage - 1e-12) {
    return { ...result, rescaled: null, total: null, notComputable: coverageReason(coverage, minCoverage) };
  }
  const rescaled = excluded === 0 && withData === schemeTotal ? null : (earned / withData) * schemeTotal;
  const base = rescaled ?? earned;
  const inside = bonusInside > 0 ? Math.max(base, Math.min(base + bonusInside, schemeTotal)) : base;
  return { ...result, rescaled, total: inside + bonusOutside, notComputable: null };
}

/**
 * The reason for a total refused for low coverage, with both shares as percentages.
 *
 * @example
 * coverageReason(0.45, 0.6).en; // 'only 45% of the scheme has data, less than the 60% required'
 */
export function coverageReason(coverage: number, minCoverage: number): LocalizedText {
  return engineMessages.coverageTooLow(`${formatScoreNumber(coverage * 100)}%`, `${formatScoreNumber(minCoverage * 100)}%`);
}
