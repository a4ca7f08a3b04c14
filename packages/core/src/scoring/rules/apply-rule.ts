import type { IndicatorId } from '../../indicators/catalogue.ts';
import type { LocalizedText } from '../../messages/localized-text.ts';
import { explainMessages, valuePhrase } from '../explain-messages.ts';
import { distanceToTarget } from '../normalize/distance-to-target.ts';
import { minMax, peerRange } from '../normalize/min-max.ts';
import { percentileRank } from '../normalize/percentile-rank.ts';
import { peerStanding, rankScore } from '../normalize/rank-score.ts';
import { peerMoments, zScore } from '../normalize/z-score.ts';
import type { Direction, ItemRule, RelativeRule } from '../scheme.ts';
import { bandsShare, matchBand } from './bands-share.ts';
import { bonusPoints } from './bonus-points.ts';
import { deductPoints } from './deduct-points.ts';
import { exactDecimal } from './exact-decimal.ts';
import { goalpostsShare } from './goalposts-share.ts';
import { shortfallPoints } from './shortfall-points.ts';
import { proportional, targetShare } from './target-share.ts';

/**
 * What a rule scores: one unit's value of the item's indicator for one year,
 * with what the rule needs around it.
 *
 * @example
 * const input: RuleInput = {
 *   method: 'points', value: 3, points: 10, direction: 'lower', peers: [3, 0, 1],
 *   indicator: 'litigation.lost_cases', name: { 'zh-Hant': '敗訴', 'zh-Hans': '败诉', en: 'Lost cases' },
 * };
 */
export interface RuleInput {
  /** The scheme's method: `points` (the rule earns 0 … `points`) or `index` (the rule gives a score, 0–100 for bounded rules). */
  method: 'points' | 'index';
  /** The indicator's value for this unit × year (never null here: the engine handles missing values). */
  value: number;
  /** Points mode: the item's points (bonus: 0); index mode: 100. */
  points: number;
  /** Resolved direction: rule.direction ?? catalogue better ?? 'higher'. */
  direction: Direction;
  /** Relative rules: the values of every scored unit that year, this unit's included (order irrelevant). */
  peers: readonly number[];
  /** The item's indicator: decides how its values read in the sentence (percentages for rates, measure words for counts). */
  indicator: IndicatorId;
  /** The item's display name in each language (for the sentence). */
  name: LocalizedText;
}

/**
 * What a rule gave one unit's value, with the arithmetic in words.
 *
 * @example
 * const outcome: RuleOutcome = { earned: 4, possible: 10, explanation: { 'zh-Hant': '敗訴 3 件 × 扣 2 分 = −6 分，本項得 4 / 10 分', 'zh-Hans': '…', en: '…' } };
 */
export interface RuleOutcome {
  /** Points earned (points mode) or score (index mode); for a bonus, the points added (0..cap). */
  earned: number;
  /** Points possible (bonus: 0 when outside, cap when inside); index: 100, or null for z-score. */
  possible: number | null;
  /** The arithmetic, one sentence per language, e.g. '敗訴 3 件 × 扣 2 分 = −6 分，本項得 4 / 10 分'. */
  explanation: LocalizedText;
}

/**
 * Scores one unit's value by an item's rule: points earned of the item's
 * points (points mode) or a score of 100 (index mode), and the sentence that
 * shows the arithmetic in zh-Hant, zh-Hans and en. Each rule's arithmetic is
 * its own function (`goalpostsShare`, `targetShare`, `bandsShare`,
 * `deductPoints`, `shortfallPoints`, `bonusPoints`, and `minMax`, `zScore`,
 * `rankScore`, `percentileRank`, `distanceToTarget` for relative rules);
 * shares are applied to the points in decimal, so 0.8 × 10 is exactly 8.
 *
 * @throws RangeError for a z-score rule in points mode (z-scores are unbounded
 *   and have no points; `checkScheme` rejects such a scheme) or a shortfall
 *   rule whose step is not positive.
 * @example
 * applyRule({ type: 'deduct', per: 2 }, {
 *   method: 'points', value: 3, points: 10, direction: 'lower', peers: [],
 *   indicator: 'litigation.lost_cases', name: { 'zh-Hant': '敗訴', 'zh-Hans': '败诉', en: 'Lost cases' },
 * });
 * // { earned: 4, possible: 10, explanation: { 'zh-Hant': '敗訴 3 件 × 扣 2 分 = −6 分，本項得 4 / 10 分',
 * //   'zh-Hans': '败诉 3 件 × 扣 2 分 = −6 分，本项得 4 / 10 分', en: '3 lost cases × −2 points = −6 points; item scores 4 / 10' } }
 */
export function applyRule(rule: ItemRule, input: RuleInput): RuleOutcome {
  const { value, points, indicator } = input;
  const subject = valuePhrase(indicator, input.name, value);
  switch (rule.type) {
    case 'goalposts': {
      const share = goalpostsShare(value, rule);
      const earned = exactDecimal.product(points, share);
      const exponent = rule.exponent ?? 1;
      const explanation = share === 1
        ? explainMessages['goalposts.best']({ subject, indicator, best: rule.best, earned, points })
        : share === 0
          ? explainMessages['goalposts.worst']({ subject, indicator, worst: rule.worst, points })
          : explainMessages['goalposts.between']({ subject, indicator, value, best: rule.best, worst: rule.worst, exponent, share, earned, points });
      return { earned, possible: points, explanation };
    }
    case 'target': {
      const direction = rule.direction ?? input.direction;
      const earned = exactDecimal.product(points, targetShare(value, rule, direction));
      return { earned, possible: points, explanation: explainTarget(value, rule.target, rule.floor, direction, earned, points, subject, indicator) };
    }
    case 'bands': {
      const direction = rule.direction ?? input.direction;
      const band = matchBand(value, rule, direction);
      const earned = exactDecimal.product(points, bandsShare(value, rule, direction));
      const bandHigher = direction === 'higher';
      if (band === null) {
        let lowest: number | null = null;
        for (const b of rule.bands) if (lowest === null || (bandHigher ? b.min < lowest : b.min > lowest)) lowest = b.min;
        return { earned, possible: points, explanation: explainMessages['bands.none']({ subject, indicator, lowest, higher: bandHigher, points }) };
      }
      const share = Math.min(1, Math.max(0, band.share));
      return {
        earned, possible: points,
        explanation: explainMessages['bands.reached']({ subject, indicator, min: band.min, share, higher: bandHigher, earned, points }),
      };
    }
    case 'deduct': {
      const d = deductPoints(value, points, rule);
      const explanation = d.raw === 0
        ? explainMessages['deduct.none']({ subject, earned: d.earned, points })
        : explainMessages['deduct.applied']({ subject, per: rule.per, raw: d.raw, earned: d.earned, points, limit: d.limit, cap: rule.cap ?? null });
      return { earned: d.earned, possible: points, explanation };
    }
    case 'shortfall': {
      const direction = rule.direction ?? input.direction;
      const s = shortfallPoints(value, points, rule, direction);
      const explanation = s.short === 0
        ? explainMessages['shortfall.none']({ subject, indicator, target: rule.target, higher: direction === 'higher', earned: s.earned, points })
        : explainMessages['shortfall.applied']({
            subject, indicator, target: rule.target, short: s.short, step: rule.step, mode: rule.steps ?? 'started',
            steps: s.steps, per: rule.per, raw: s.raw, earned: s.earned, points, limit: s.limit, cap: rule.cap ?? null,
          });
      return { earned: s.earned, possible: points, explanation };
    }
    case 'bonus': {
      const b = bonusPoints(value, rule);
      const possible = rule.outside === false ? Math.max(0, rule.cap) : 0;
      const explanation = b.raw === 0
        ? explainMessages['bonus.none']({ subject, cap: rule.cap })
        : explainMessages['bonus.applied']({ subject, per: rule.per, raw: b.raw, earned: b.earned, cap: rule.cap, capped: b.capped });
      return { earned: b.earned, possible, explanation };
    }
    case 'relative':
      return applyRelative(rule, input, subject);
  }
}

function applyRelative(rule: RelativeRule, input: RuleInput, subject: LocalizedText): RuleOutcome {
  const { value, points, indicator, peers } = input;
  const direction = rule.direction ?? input.direction;
  const higher = direction === 'higher';
  /** A 0–100 score as points of the item. */
  const asPoints = (score: number) => (points === 100 ? score : exactDecimal.product(points, exactDecimal.quotient(score, 100)));
  switch (rule.method) {
    case 'min-max': {
      const { min, max } = peerRange(value, peers);
      const earned = asPoints(minMax(value, peers, direction));
      const explanation = min === max
        ? explainMessages['relative.all-equal']({ subject, earned, points })
        : explainMessages['relative.min-max']({
            subject, indicator, value, best: higher ? max : min, worst: higher ? min : max, higher, earned, points,
          });
      return { earned, possible: points, explanation };
    }
    case 'z-score': {
      if (input.method !== 'index') throw new RangeError('a z-score rule scores only in index mode: z-scores are unbounded and have no points');
      const { mean, sd } = peerMoments(value, peers);
      const z = zScore(value, peers, direction);
      return { earned: z, possible: null, explanation: explainMessages['relative.z-score']({ subject, indicator, value, mean, sd, higher, z }) };
    }
    case 'rank': {
      const { rank, count } = peerStanding(value, peers, direction);
      const earned = asPoints(rankScore(value, peers, direction));
      return { earned, possible: points, explanation: explainMessages['relative.rank']({ subject, rank, count, earned, points }) };
    }
    case 'percentile-rank': {
      const { count, worse, same } = peerStanding(value, peers, direction);
      const earned = asPoints(percentileRank(value, peers, direction));
      return { earned, possible: points, explanation: explainMessages['relative.percentile-rank']({ subject, count, worse, same, earned, points }) };
    }
    case 'distance-to-target': {
      // checkScheme requires a target here; without one the value is its own target.
      const target = rule.target ?? value;
      const earned = asPoints(distanceToTarget(value, target, direction));
      return { earned, possible: points, explanation: explainTarget(value, target, undefined, direction, earned, points, subject, indicator) };
    }
  }
}

function explainTarget(
  value: number, target: number, floor: number | undefined, direction: Direction,
  earned: number, points: number, subject: LocalizedText, indicator: IndicatorId,
): LocalizedText {
  const higher = direction === 'higher';
  if (higher ? value >= target : value <= target) return explainMessages['target.met']({ subject, indicator, target, higher, earned, points });
  if (floor !== undefined && (higher ? floor < target : floor > target)) {
    if (higher ? value <= floor : value >= floor) return explainMessages['target.floor']({ subject, indicator, floor, higher, points });
    return explainMessages['target.between']({ subject, indicator, value, floor, target, higher, earned, points });
  }
  if (!proportional(value, target, direction)) return explainMessages['target.missed']({ subject, indicator, target, higher, points });
  return explainMessages['target.proportional']({ subject, indicator, value, target, higher, earned, points });
}
