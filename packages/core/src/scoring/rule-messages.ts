import type { LocalizedText } from '../messages/localized-text.ts';

const t = (hant: string, hans: string, en: string): LocalizedText => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

/**
 * The words of a scoring rule, in 繁體中文, 简体中文 and English: what
 * {@link ruleText} says of a rule ("≥ 80% 得滿分，≤ 30% 不得分，其間按線性",
 * "−2 per lost case, stopping at 0"), and the phrases a score's explanation
 * shares with it (a deduction stopping at 0, how a shortfall counts a step
 * begun), so that a rule and the arithmetic it gives read alike. Numbers
 * and operators arrive formatted.
 *
 * @example
 * ruleMessages.deduct('件', '2')['zh-Hant']; // '每 1 件扣 2 分'
 * ruleMessages.toZero.en; // ', stopping at 0'
 */
export const ruleMessages = {
  /** A target scored in proportion short of it. */
  targetProportional: (op: string, target: string): LocalizedText => t(`${op} ${target} 得滿分，不足按比例`, `${op} ${target} 得满分，不足按比例`, `full points at ${op} ${target}, proportional short of it`),
  /** A target with a floor, linear between. */
  targetFloor: (op: string, target: string, floorOp: string, floor: string): LocalizedText => t(
    `${op} ${target} 得滿分，${floorOp} ${floor} 不得分，其間按線性`, `${op} ${target} 得满分，${floorOp} ${floor} 不得分，其间按线性`,
    `full points at ${op} ${target}, none at ${floorOp} ${floor}, linear between`),
  /** Goalposts, linear between. */
  goalposts: (worst: string, best: string): LocalizedText => t(`${worst} 得 0 分，${best} 得滿分，其間按線性`, `${worst} 得 0 分，${best} 得满分，其间按线性`, `0 at ${worst}, full points at ${best}, linear between`),
  /** The goalposts' exponent, when not 1. */
  exponent: (e: string): LocalizedText => t(`（指數 ${e}）`, `（指数 ${e}）`, ` (exponent ${e})`),
  /** The bands, listed. */
  bands: (list: string): LocalizedText => t(`分檔：${list}；其餘 0`, `分档：${list}；其余 0`, `bands: ${list}; otherwise 0`),
  /** One band: its edge and share. */
  band: (op: string, min: string, share: string): LocalizedText => t(`${op} ${min} 得 ${share}`, `${op} ${min} 得 ${share}`, `${op} ${min} → ${share}`),
  /** Between the bands of a list. */
  listSeparator: t('，', '，', ', '),
  /** A deduction per event. */
  deduct: (event: string, per: string): LocalizedText => t(`每 1 ${event}扣 ${per} 分`, `每 1 ${event}扣 ${per} 分`, `−${per} per ${event}`),
  /** A deduction's cap. */
  cap: (cap: string): LocalizedText => t(`，最多扣 ${cap} 分`, `，最多扣 ${cap} 分`, `, at most −${cap}`),
  /** A deduction that stops at 0 (in an explanation too). */
  toZero: t('，扣完為止', '，扣完为止', ', stopping at 0'),
  /** A deduction per step short of a target. */
  shortfall: (op: string, target: string, step: string, per: string): LocalizedText => t(
    `未達 ${op} ${target} 時，每差 ${step} 扣 ${per} 分`, `未达 ${op} ${target} 时，每差 ${step} 扣 ${per} 分`, `−${per} for every ${step} short of ${op} ${target}`),
  /** How a shortfall counts a step begun (in an explanation too). */
  shortfallMode: {
    /** A step begun counts in full. */
    started: t('不足一檔按一檔計', '不足一档按一档计', 'a started step counting in full'),
    /** Only whole steps count. */
    whole: t('不足一檔不計', '不足一档不计', 'whole steps only'),
    /** Steps count in proportion. */
    exact: t('按比例計', '按比例计', 'in proportion'),
  },
  /** The way a shortfall counts its steps, after the rule. */
  stepCounted: (mode: LocalizedText): LocalizedText => t(`（${mode['zh-Hant']}）`, `（${mode['zh-Hans']}）`, ` (${mode.en})`),
  /** A bonus per event, up to its cap. */
  bonus: (event: string, per: string, cap: string): LocalizedText => t(`每 1 ${event}加 ${per} 分，最多加 ${cap} 分`, `每 1 ${event}加 ${per} 分，最多加 ${cap} 分`, `+${per} per ${event}, at most +${cap}`),
  /** A bonus added on top of the total. */
  outside: t('（總分外加分）', '（总分外加分）', ' (on top of the total)'),
  /** The relative methods. */
  relative: {
    /** Scaled between the units' worst and best. */
    'min-max': t('與其他單位比較（最小—最大歸一）', '与其他单位比较（最小—最大归一）', 'compared with the other units (min–max)'),
    /** By standard score among the units. */
    'z-score': t('與其他單位比較（標準分）', '与其他单位比较（标准分）', 'compared with the other units (z-score)'),
    /** By rank among the units. */
    rank: t('按各單位名次計分', '按各单位名次计分', 'by rank among the units'),
    /** By percentile rank among the units. */
    'percentile-rank': t('按各單位百分位計分', '按各单位百分位计分', 'by percentile rank among the units'),
    /** By distance to a target. */
    'distance-to-target': t('按距目標的距離計分', '按距目标的距离计分', 'by distance to the target'),
  },
  /** A relative rule's target. */
  relativeTarget: (target: string): LocalizedText => t(`（目標 ${target}）`, `（目标 ${target}）`, ` (target ${target})`),
  /** A relative rule read lower-is-better. */
  lowerBetter: t('（越低越好）', '（越低越好）', ' (lower is better)'),
  /** What an indicator without a measure word counts. */
  event: t('項', '项', 'event'),
} as const;
