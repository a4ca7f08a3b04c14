import type { LocalizedText } from '../../messages/localized-text.ts';
import type { Imputation, SchemeVeto } from '../scheme.ts';

type Op = SchemeVeto['when']['op'];

const OP_TEXT: Record<Op, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=' };

/** What each imputation fills a missing value with, as a sentence names it. */
const IMPUTATION_TEXT: Record<Exclude<Imputation, 'none'>, LocalizedText> = {
  mean: { 'zh-Hant': '各單位平均值', 'zh-Hans': '各单位平均值', en: 'the units’ mean' },
  median: { 'zh-Hant': '各單位中位數', 'zh-Hans': '各单位中位数', en: 'the units’ median' },
  'kind-mean': { 'zh-Hant': '同類單位平均值', 'zh-Hans': '同类单位平均值', en: 'the mean of units of the same kind' },
  'last-year': { 'zh-Hant': '本單位上年數值', 'zh-Hans': '本单位上年数值', en: 'the unit’s value of the year before' },
  zero: { 'zh-Hant': '零', 'zh-Hans': '零', en: 'zero' },
};

/**
 * Every sentence the scoring engine (`scoreUnits`) writes itself, in 繁體中文,
 * 简体中文 and English, as functions of already formatted parts (names in
 * each language, numbers as `formatScoreNumber` or `formatIndicatorValue`
 * print them). The rules' own sentences ("敗訴 3 件 × 扣 2 分 = −6 分 …")
 * come from `applyRule`.
 *
 * @example
 * engineMessages.missingExcluded({ 'zh-Hant': '報備率', 'zh-Hans': '报备率', en: 'Filing rate' }, 'points').en;
 * // 'Filing rate: no data, item not scored (left out of the points possible; the total is rescaled)'
 */
export const engineMessages = {
  /** An item without data left out (`exclude`): not scored, the total rescaled (points) or the mean taken without it (index). */
  missingExcluded: (name: LocalizedText, method: 'points' | 'index'): LocalizedText =>
    method === 'points'
      ? {
          'zh-Hant': `${name['zh-Hant']}：無數據，本項不計分（不計入應得分，總分按比例折算）`,
          'zh-Hans': `${name['zh-Hans']}：无数据，本项不计分（不计入应得分，总分按比例折算）`,
          en: `${name.en}: no data, item not scored (left out of the points possible; the total is rescaled)`,
        }
      : {
          'zh-Hant': `${name['zh-Hant']}：無數據，本項不計分（不參與加權平均）`,
          'zh-Hans': `${name['zh-Hans']}：无数据，本项不计分（不参与加权平均）`,
          en: `${name.en}: no data, item not scored (left out of the weighted mean)`,
        },
  /** A count without records scored as 0 (`zero`): the rule's own sentence, prefixed. */
  missingZero: (rule: LocalizedText): LocalizedText => ({
    'zh-Hant': `無記錄，按 0 件計：${rule['zh-Hant']}`,
    'zh-Hans': `无记录，按 0 件计：${rule['zh-Hans']}`,
    en: `no records, counted as 0: ${rule.en}`,
  }),
  /**
   * A value the scheme's data treatment changed before the rule read it: the
   * rule's own sentence (on the treated value), prefixed with what was done.
   */
  treated: (reason: 'imputed' | 'winsorised' | 'log', imputation: Imputation | null, from: string, to: string, rule: LocalizedText): LocalizedText => {
    if (reason === 'imputed') {
      const by = IMPUTATION_TEXT[imputation === null || imputation === 'none' ? 'zero' : imputation];
      return {
        'zh-Hant': `無數據，按${by['zh-Hant']}插補為 ${to}：${rule['zh-Hant']}`,
        'zh-Hans': `无数据，按${by['zh-Hans']}插补为 ${to}：${rule['zh-Hans']}`,
        en: `no data, imputed as ${to} (${by.en}): ${rule.en}`,
      };
    }
    const how = reason === 'winsorised'
      ? { 'zh-Hant': '縮尾處理', 'zh-Hans': '缩尾处理', en: 'winsorised' }
      : { 'zh-Hant': '對數變換', 'zh-Hans': '对数变换', en: 'log-transformed' };
    return {
      'zh-Hant': `原值 ${from} 經${how['zh-Hant']}（JRC 離群值規則）為 ${to}：${rule['zh-Hant']}`,
      'zh-Hans': `原值 ${from} 经${how['zh-Hans']}（JRC 离群值规则）为 ${to}：${rule['zh-Hans']}`,
      en: `value ${from} ${how.en} to ${to} (JRC outlier rule): ${rule.en}`,
    };
  },
  /** Why a total is not computed: the share of the scheme with data and the share required (both as percentages). */
  coverageTooLow: (coverage: string, required: string): LocalizedText => ({
    'zh-Hant': `有數據的指標僅佔方案的 ${coverage}，低於要求的 ${required}`,
    'zh-Hans': `有数据的指标仅占方案的 ${coverage}，低于要求的 ${required}`,
    en: `only ${coverage} of the scheme has data, less than the ${required} required`,
  }),
  /** Why a total is not computed: the scheme has nothing to score. */
  noPoints: (): LocalizedText => ({
    'zh-Hant': '方案沒有計分項',
    'zh-Hans': '方案没有计分项',
    en: 'the scheme has no scored item',
  }),
  /** Why an index dimension (and so the total) has no score: its mean refused (a geometric mean meeting a zero). */
  dimensionNotComputable: (dimension: LocalizedText, reason: LocalizedText): LocalizedText => ({
    'zh-Hant': `${dimension['zh-Hant']}無法計算：${reason['zh-Hant']}`,
    'zh-Hans': `${dimension['zh-Hans']}无法计算：${reason['zh-Hans']}`,
    en: `${dimension.en} cannot be computed: ${reason.en}`,
  }),
  /** A veto that applied: its name, the indicator, value, operator and threshold, and what it did (fail or cap). */
  veto: (
    veto: LocalizedText, indicator: LocalizedText, value: string, op: Op, threshold: string,
    effect: { type: 'fail' } | { type: 'cap'; total: string }, jurisdiction: boolean,
  ): LocalizedText => {
    const o = OP_TEXT[op];
    const whose = jurisdiction ? { 'zh-Hant': '全區', 'zh-Hans': '全区', en: 'the jurisdiction’s ' } : { 'zh-Hant': '', 'zh-Hans': '', en: '' };
    const tail = effect.type === 'fail'
      ? { 'zh-Hant': '考核不合格，排在所有單位之後', 'zh-Hans': '考核不合格，排在所有单位之后', en: 'the unit fails the assessment and ranks after all others' }
      : { 'zh-Hant': `總分以 ${effect.total} 分封頂`, 'zh-Hans': `总分以 ${effect.total} 分封顶`, en: `the total is capped at ${effect.total}` };
    return {
      'zh-Hant': `觸發一票否決「${veto['zh-Hant']}」（${whose['zh-Hant']}${indicator['zh-Hant']} ${value} ${o} ${threshold}）：${tail['zh-Hant']}`,
      'zh-Hans': `触发一票否决“${veto['zh-Hans']}”（${whose['zh-Hans']}${indicator['zh-Hans']} ${value} ${o} ${threshold}）：${tail['zh-Hans']}`,
      en: `veto "${veto.en}" applies (${whose.en}${indicator.en} ${value} ${o} ${threshold}): ${tail.en}`,
    };
  },
  /** A value that misses a higher-level requirement (`below_requirement` flag). */
  belowRequirement: (item: LocalizedText, value: string, requirement: string, source: LocalizedText | null): LocalizedText => ({
    'zh-Hant': `${item['zh-Hant']} ${value} 未達${source === null ? '上級' : `「${source['zh-Hant']}」`}要求的 ${requirement}`,
    'zh-Hans': `${item['zh-Hans']} ${value} 未达${source === null ? '上级' : `“${source['zh-Hans']}”`}要求的 ${requirement}`,
    en: `${item.en} ${value} misses the ${requirement} required by ${source === null ? 'a higher level' : source.en}`,
  }),
  /** A value far worse than the other units' by its modified z-score (`outlier` flag). */
  outlierZ: (item: LocalizedText, value: string, median: string, z: string, threshold: string): LocalizedText => ({
    'zh-Hant': `${item['zh-Hant']} ${value} 遠差於各單位中位數 ${median}（穩健 z 值 ${z} > ${threshold}）`,
    'zh-Hans': `${item['zh-Hans']} ${value} 远差于各单位中位数 ${median}（稳健 z 值 ${z} > ${threshold}）`,
    en: `${item.en} ${value} is far worse than the units’ median of ${median} (robust z-score ${z} > ${threshold})`,
  }),
  /** A value far worse than the other units' when most share one value (MAD = 0; `outlier` flag). */
  outlierFlat: (item: LocalizedText, value: string, median: string, excess: string, minExcess: string): LocalizedText => ({
    'zh-Hant': `${item['zh-Hant']} ${value} 遠差於各單位中位數 ${median}（多數單位相同，差距 ${excess} > ${minExcess}）`,
    'zh-Hans': `${item['zh-Hans']} ${value} 远差于各单位中位数 ${median}（多数单位相同，差距 ${excess} > ${minExcess}）`,
    en: `${item.en} ${value} is far worse than the units’ median of ${median} (most units equal; off by ${excess} > ${minExcess})`,
  }),
  /** "文件 15 / 15、應訴 8 / 20" — one dimension's subtotal inside the total's sentence. */
  subtotal: (dimension: LocalizedText, earned: string | null, possible: string | null): LocalizedText => ({
    'zh-Hant': `${dimension['zh-Hant']} ${earned === null ? '無數據' : possible === null ? earned : `${earned} / ${possible}`}`,
    'zh-Hans': `${dimension['zh-Hans']} ${earned === null ? '无数据' : possible === null ? earned : `${earned} / ${possible}`}`,
    en: `${dimension.en} ${earned === null ? 'no data' : possible === null ? earned : `${earned} / ${possible}`}`,
  }),
  /** Points mode: the dimension subtotals and their sum over the items with data. */
  pointsSum: (subtotals: LocalizedText[], earned: string, possible: string): LocalizedText => ({
    'zh-Hant': `${subtotals.map((s) => s['zh-Hant']).join('、')}，合計 ${earned} / ${possible} 分`,
    'zh-Hans': `${subtotals.map((s) => s['zh-Hans']).join('、')}，合计 ${earned} / ${possible} 分`,
    en: `${subtotals.map((s) => s.en).join('; ')}; together ${earned} / ${possible}`,
  }),
  /** Points mode: the rescaling to the scheme's total when items had no data (按比例折算). */
  rescaled: (excluded: number, earned: string, withData: string, total: string, result: string): LocalizedText => ({
    'zh-Hant': `${excluded} 項無數據，按比例折算 ${earned} ÷ ${withData} × ${total} = ${result} 分`,
    'zh-Hans': `${excluded} 项无数据，按比例折算 ${earned} ÷ ${withData} × ${total} = ${result} 分`,
    en: `${excluded} item(s) without data, rescaled ${earned} ÷ ${withData} × ${total} = ${result}`,
  }),
  /** A bonus added on top of the total. */
  bonusOutside: (bonus: string): LocalizedText => ({
    'zh-Hant': `另加分 ${bonus} 分`,
    'zh-Hans': `另加分 ${bonus} 分`,
    en: `plus a bonus of ${bonus}`,
  }),
  /** A bonus added within the total, up to it. */
  bonusInside: (bonus: string, total: string): LocalizedText => ({
    'zh-Hant': `加分 ${bonus} 分（不超過 ${total} 分）`,
    'zh-Hans': `加分 ${bonus} 分（不超过 ${total} 分）`,
    en: `plus a bonus of ${bonus} (up to ${total})`,
  }),
  /** A veto's cap that lowered the total. */
  vetoCapped: (cap: string): LocalizedText => ({
    'zh-Hant': `一票否決封頂 ${cap} 分`,
    'zh-Hans': `一票否决封顶 ${cap} 分`,
    en: `capped at ${cap} by a veto`,
  }),
  /** A veto that failed the unit. */
  vetoFailed: (): LocalizedText => ({
    'zh-Hant': '一票否決：考核不合格',
    'zh-Hans': '一票否决：考核不合格',
    en: 'failed by a veto',
  }),
  /** Index mode: the dimension scores and their weighted mean. */
  indexMean: (subtotals: LocalizedText[], aggregation: 'arithmetic' | 'geometric', result: string): LocalizedText => {
    const how = aggregation === 'arithmetic'
      ? { 'zh-Hant': '加權算術平均', 'zh-Hans': '加权算术平均', en: 'weighted arithmetic mean' }
      : { 'zh-Hant': '加權幾何平均', 'zh-Hans': '加权几何平均', en: 'weighted geometric mean' };
    return {
      'zh-Hant': `${subtotals.map((s) => s['zh-Hant']).join('、')}，${how['zh-Hant']} ${result}`,
      'zh-Hans': `${subtotals.map((s) => s['zh-Hans']).join('、')}，${how['zh-Hans']} ${result}`,
      en: `${subtotals.map((s) => s.en).join('; ')}; ${how.en} ${result}`,
    };
  },
  /** The total, out of the possible points when bounded. */
  total: (total: string, possible: string | null): LocalizedText => ({
    'zh-Hant': `總分 ${possible === null ? total : `${total} / ${possible}`} 分`,
    'zh-Hans': `总分 ${possible === null ? total : `${total} / ${possible}`} 分`,
    en: `total ${possible === null ? total : `${total} / ${possible}`}`,
  }),
  /** No total, with the reason. */
  noTotal: (reason: LocalizedText): LocalizedText => ({
    'zh-Hant': `總分不予計算：${reason['zh-Hant']}`,
    'zh-Hans': `总分不予计算：${reason['zh-Hans']}`,
    en: `no total: ${reason.en}`,
  }),
  /** Joins the parts of the total's sentence: "A；B；C。" / "A; B; C." */
  sentence: (parts: LocalizedText[]): LocalizedText => ({
    'zh-Hant': `${parts.map((p) => p['zh-Hant']).join('；')}。`,
    'zh-Hans': `${parts.map((p) => p['zh-Hans']).join('；')}。`,
    en: `${capitalise(parts.map((p) => p.en).join('; '))}.`,
  }),
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
