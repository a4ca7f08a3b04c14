import type { LocalizedText } from '../messages/localized-text.ts';
import { formatScoreNumber } from '../scoring/format-number.ts';

const n = (x: number): string => formatScoreNumber(x);
const percent = (share: number): string => (share > 0 && share < 0.005 ? '<1%' : `${Math.round(share * 100)}%`);

/**
 * Every sentence of the robustness analysis, in 繁體中文, 简体中文 and
 * English: the names of uncertain inputs, the coherence flags, and the
 * sentence that says how far a unit's rank can be trusted. One voice: what
 * was found, with the numbers, then what it means for a department head.
 *
 * @example
 * robustnessMessages.weightOf({ 'zh-Hant': '行政應訴', 'zh-Hans': '行政应诉', en: 'Administrative litigation' })['zh-Hant']; // '行政應訴的權重'
 */
export const robustnessMessages = {
  /** The default name of a weight input. */
  weightOf: (name: LocalizedText): LocalizedText => ({
    'zh-Hant': `${name['zh-Hant']}的權重`, 'zh-Hans': `${name['zh-Hans']}的权重`, en: `the weight of ${name.en}`,
  }),
  /** The default name of an amount input (`per` of a bonus adds, of a deduct or shortfall deducts). */
  amountOf: (name: LocalizedText, field: 'per' | 'cap' | 'target', bonus: boolean): LocalizedText => {
    const hant = { per: bonus ? '每件加分' : '每件扣分', cap: '分數上限', target: '目標值' }[field];
    const hans = { per: bonus ? '每件加分' : '每件扣分', cap: '分数上限', target: '目标值' }[field];
    const en = { per: bonus ? 'the points added per event' : 'the points deducted per event', cap: 'the cap', target: 'the target' }[field];
    return { 'zh-Hant': `${name['zh-Hant']}的${hant}`, 'zh-Hans': `${name['zh-Hans']}的${hans}`, en: `${en} of ${name.en}` };
  },
  /** The default name of an aggregation input. */
  aggregation: (): LocalizedText => ({ 'zh-Hant': '加總方法（算術或幾何平均）', 'zh-Hans': '加总方法（算术或几何平均）', en: 'the aggregation (arithmetic or geometric mean)' }),
  /** The default name of a normalisation input. */
  normalisation: (): LocalizedText => ({ 'zh-Hant': '標準化方法', 'zh-Hans': '标准化方法', en: 'the normalisation method' }),
  /** The default name of an imputation input. */
  imputation: (): LocalizedText => ({ 'zh-Hant': '缺漏值的處理', 'zh-Hans': '缺漏值的处理', en: 'the treatment of missing values' }),
  /** The default name of a coverage input. */
  coverage: (): LocalizedText => ({ 'zh-Hant': '資料覆蓋率門檻', 'zh-Hans': '数据覆盖率门槛', en: 'the data coverage threshold' }),

  /** Coherence flag `negative-in-dimension`. */
  negativeInDimension: (item: LocalizedText, dimension: LocalizedText, r: number): LocalizedText => ({
    'zh-Hant': `「${item['zh-Hant']}」與其一級指標「${dimension['zh-Hant']}」負相關（r = ${n(r)}）：得分高的單位在本項反而得分低，本項可能與同組其他項衡量不同的事`,
    'zh-Hans': `“${item['zh-Hans']}”与其一级指标“${dimension['zh-Hans']}”负相关（r = ${n(r)}）：得分高的单位在本项反而得分低，本项可能与同组其他项衡量不同的事`,
    en: `"${item.en}" correlates negatively with its dimension "${dimension.en}" (r = ${n(r)}): units that score well there score badly here, so the item may measure something else than the rest of its group`,
  }),
  /** Coherence flag `low-alpha`. */
  lowAlpha: (dimension: LocalizedText, alpha: number): LocalizedText => ({
    'zh-Hant': `一級指標「${dimension['zh-Hant']}」的 Cronbach's α 為 ${alpha.toFixed(2)}，低於 0.7：其各項並不一致，合計分數難以解讀為單一能力`,
    'zh-Hans': `一级指标“${dimension['zh-Hans']}”的 Cronbach's α 为 ${alpha.toFixed(2)}，低于 0.7：其各项并不一致，合计分数难以解读为单一能力`,
    en: `the dimension "${dimension.en}" has Cronbach's α = ${alpha.toFixed(2)}, below 0.7: its items do not agree, so its subtotal is hard to read as one capacity`,
  }),
  /** Coherence flag `duplicate`. */
  duplicate: (a: LocalizedText, b: LocalizedText, r: number, units: number): LocalizedText => ({
    'zh-Hant': `「${a['zh-Hant']}」與「${b['zh-Hant']}」幾乎重複（r = ${n(r)}，|r| > 0.92，${units} 個單位）：同一件事被計了兩次`,
    'zh-Hans': `“${a['zh-Hans']}”与“${b['zh-Hans']}”几乎重复（r = ${n(r)}，|r| > 0.92，${units} 个单位）：同一件事被计了两次`,
    en: `"${a.en}" and "${b.en}" nearly duplicate each other (r = ${n(r)}, |r| > 0.92, ${units} units): the same thing is counted twice`,
  }),
  /** Coherence flag `constant`. */
  constant: (item: LocalizedText): LocalizedText => ({
    'zh-Hant': `「${item['zh-Hant']}」各單位得分相同（或有值的單位少於 3 個）：本項不區分單位，未計入相關與主成分分析`,
    'zh-Hans': `“${item['zh-Hans']}”各单位得分相同（或有值的单位少于 3 个）：本项不区分单位，未计入相关与主成分分析`,
    en: `"${item.en}" gives every unit the same score (or fewer than 3 units have it): it does not tell units apart and is left out of the correlations and the PCA`,
  }),

  /**
   * The sentence on one unit's rank: nominal rank, the 90% interval, and the
   * input its rank depends on most (when the sensitivity analysis ran).
   */
  rankSentence: (rank: number | null, low: number | null, high: number | null, driver: LocalizedText | null, unranked: number): LocalizedText => {
    if (rank === null) {
      return {
        'zh-Hant': '未排名（資料覆蓋率不足）', 'zh-Hans': '未排名（数据覆盖率不足）', en: 'not ranked (too little data coverage)',
      };
    }
    const span = low === null || high === null ? null : low === high
      ? { hant: `第 ${low} 名`, hans: `第 ${low} 名`, en: `rank ${low}` }
      : { hant: `第 ${low}–${high} 名之間`, hans: `第 ${low}–${high} 名之间`, en: `between ranks ${low} and ${high}` };
    const z = (hant: boolean) => [
      `第 ${rank} 名`,
      span === null ? null : `90% 的情形在${hant ? span.hant : span.hans}`,
      unranked > 0 ? `${percent(unranked)} 的情形未排名` : null,
      driver === null ? null : hant ? `排名主要取決於${driver['zh-Hant']}` : `排名主要取决于${driver['zh-Hans']}`,
    ].filter((x) => x !== null).join('；');
    const en = [
      `rank ${rank}`,
      span === null ? null : `${span.en} in 90% of the runs`,
      unranked > 0 ? `not ranked in ${percent(unranked)} of the runs` : null,
      driver === null ? null : `the rank depends most on ${driver.en}`,
    ].filter((x) => x !== null).join('; ');
    return { 'zh-Hant': z(true), 'zh-Hans': z(false), en };
  },
} as const;
