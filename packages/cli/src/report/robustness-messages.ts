import type { LocalizedText } from '@fazhi/core';

/**
 * The words of the report's robustness section (排名穩健性), in zh-Hant,
 * zh-Hans and en, kept beside the section as the grounds appendix keeps its
 * own. The per-unit sentences and the coherence flags come in words from
 * `@fazhi/core`.
 *
 * @example
 * reportRobustnessMessages.title().en; // 'How far the ranking can be trusted'
 */
export const reportRobustnessMessages = {
  title: (): LocalizedText => ({ 'zh-Hant': '排名穩健性', 'zh-Hans': '排名稳健性', en: 'How far the ranking can be trusted' }),
  lead: (year: number, runs: number, seed: number, n: number | null, inputs: number): LocalizedText => {
    const sobolHant = n === null ? '' : `，並以 Sobol 方法（N = ${n}，共 ${n * (inputs + 2)} 次）分析各因素的影響`;
    const sobolHans = n === null ? '' : `，并以 Sobol 方法（N = ${n}，共 ${n * (inputs + 2)} 次）分析各因素的影响`;
    const sobolEn = n === null ? '' : `, and a Sobol analysis (N = ${n}, ${n * (inputs + 2)} runs) says which choice the ranks depend on`;
    return {
      'zh-Hant': `考核方案宣告了 ${inputs} 個不確定因素。在這些選擇之間隨機取值、重算 ${year} 年排名 ${runs} 次（隨機種子 ${seed}：同一種子得出相同結果）${sobolHant}。`,
      'zh-Hans': `考核方案声明了 ${inputs} 个不确定因素。在这些选择之间随机取值、重算 ${year} 年排名 ${runs} 次（随机种子 ${seed}：同一种子得出相同结果）${sobolHans}。`,
      en: `The scheme declares ${inputs} uncertain input${inputs === 1 ? '' : 's'}. The ${year} ranking was recomputed ${runs} times over those choices (seed ${seed}: the same seed gives the same numbers)${sobolEn}.`,
    };
  },
  computing: (runs: number, seed: number): LocalizedText => ({
    'zh-Hant': `正在分析排名穩健性（${runs} 次模擬，隨機種子 ${seed}）…`,
    'zh-Hans': `正在分析排名稳健性（${runs} 次模拟，随机种子 ${seed}）…`,
    en: `Analysing how far the ranking can be trusted (${runs} runs, seed ${seed})…`,
  }),
  unitsTitle: (): LocalizedText => ({ 'zh-Hant': '各單位的名次區間', 'zh-Hans': '各单位的名次区间', en: 'Each unit’s rank interval' }),
  unitHeaders: (): LocalizedText[] => [
    { 'zh-Hant': '方案名次', 'zh-Hans': '方案名次', en: 'Rank' },
    { 'zh-Hant': '單位', 'zh-Hans': '单位', en: 'Unit' },
    { 'zh-Hant': '名次中位數', 'zh-Hans': '名次中位数', en: 'Median' },
    { 'zh-Hant': '90% 區間', 'zh-Hans': '90% 区间', en: '90% interval' },
    { 'zh-Hant': '前三名', 'zh-Hans': '前三名', en: 'Top 3' },
    { 'zh-Hant': '後三名', 'zh-Hans': '后三名', en: 'Bottom 3' },
    { 'zh-Hant': '說明', 'zh-Hans': '说明', en: 'In words' },
  ],
  sobolTitle: (): LocalizedText => ({ 'zh-Hant': '名次主要取決於什麼（Sobol 指數）', 'zh-Hans': '名次主要取决于什么（Sobol 指数）', en: 'What the ranks depend on (Sobol indices)' }),
  sobolHeaders: (): LocalizedText[] => [
    { 'zh-Hant': '不確定因素', 'zh-Hans': '不确定因素', en: 'Uncertain input' },
    { 'zh-Hant': '一階指數', 'zh-Hans': '一阶指数', en: 'First order' },
    { 'zh-Hant': '總效應指數', 'zh-Hans': '总效应指数', en: 'Total' },
    { 'zh-Hant': '總效應 95% 區間', 'zh-Hans': '总效应 95% 区间', en: 'Total, 95% interval' },
  ],
  coherenceTitle: (): LocalizedText => ({ 'zh-Hant': '指標的統計一致性', 'zh-Hans': '指标的统计一致性', en: 'Statistical coherence of the items' }),
  alphaHeaders: (): LocalizedText[] => [
    { 'zh-Hant': '維度', 'zh-Hans': '维度', en: 'Dimension' },
    { 'zh-Hant': 'Cronbach α', 'zh-Hans': 'Cronbach α', en: "Cronbach's α" },
  ],
  overall: (): LocalizedText => ({ 'zh-Hant': '全部指標', 'zh-Hans': '全部指标', en: 'All items' }),
  pca: (shares: string): LocalizedText => ({
    'zh-Hant': `主成分分析：各主成分解釋的變異為 ${shares}。`,
    'zh-Hans': `主成分分析：各主成分解释的变异为 ${shares}。`,
    en: `Principal components: shares of variance ${shares}.`,
  }),
  noFlags: (): LocalizedText => ({ 'zh-Hant': '沒有發現一致性問題。', 'zh-Hans': '没有发现一致性问题。', en: 'No coherence problem found.' }),
  chartCaption: (kind: 'ranks' | 'sobol', year: number): LocalizedText => (kind === 'ranks'
    ? { 'zh-Hant': `${year} 年各單位名次的 90% 區間、中位數與方案名次`, 'zh-Hans': `${year} 年各单位名次的 90% 区间、中位数与方案名次`, en: `Rank intervals (90%), median and scheme rank of each unit, ${year}` }
    : { 'zh-Hant': '各不確定因素對名次變動的一階與總效應 Sobol 指數', 'zh-Hans': '各不确定因素对名次变动的一阶与总效应 Sobol 指数', en: 'First-order and total Sobol indices of each uncertain input on the rank shifts' }),
};
