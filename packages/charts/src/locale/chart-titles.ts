import type { LocalizedText } from '@fazhi/core';

/**
 * The default titles and the labels built from data, in zh-Hant, zh-Hans and
 * en, in one place: each takes what it needs (names already in the right
 * language where they come from data) and returns the text in every
 * language.
 *
 * @example
 * CHART_TITLES.yearly({ 'zh-Hant': '敗訴率', 'zh-Hans': '败诉率', en: 'Loss rate' }, [2018, 2019]).en; // 'Loss rate, 2018–2019'
 * CHART_TITLES.ranking({ 'zh-Hant': '總分', 'zh-Hans': '总分', en: 'Total' }, 2019)['zh-Hans']; // '2019年总分排名'
 */
export const CHART_TITLES = {
  /** The yearly comparison: "敗訴率：2018—2019年度對比". */
  yearly: (name: LocalizedText, years: readonly number[]): LocalizedText => {
    const span = years.length === 0 ? '' : years.length === 1 ? `${years[0]}` : `${years[0]}—${years[years.length - 1]}`;
    const spanEn = span.replace('—', '–');
    return { 'zh-Hant': `${name['zh-Hant']}：${span}年度對比`, 'zh-Hans': `${name['zh-Hans']}：${span}年度对比`, en: `${name.en}, ${spanEn}` };
  },
  /** The trend: "敗訴率：歷年走勢". */
  trend: (subject: LocalizedText): LocalizedText => ({
    'zh-Hant': `${subject['zh-Hant']}：歷年走勢`, 'zh-Hans': `${subject['zh-Hans']}：历年走势`, en: `${subject.en} over the years`,
  }),
  /** The monthly comparison: "生產安全事故起數：2019年逐月與上年同月對比". */
  monthly: (subject: LocalizedText, year: number): LocalizedText => ({
    'zh-Hant': `${subject['zh-Hant']}：${year}年逐月與上年同月對比`,
    'zh-Hans': `${subject['zh-Hans']}：${year}年逐月与上年同月对比`,
    en: `${subject.en} by month, ${year} against ${year - 1}`,
  }),
  /** The ranking: "2019年總分排名". */
  ranking: (measure: LocalizedText, year: number): LocalizedText => ({
    'zh-Hant': `${year}年${measure['zh-Hant']}排名`, 'zh-Hans': `${year}年${measure['zh-Hans']}排名`, en: `${measure.en} ranking, ${year}`,
  }),
  /** The heatmap: "2019年各單位各項得分". */
  heatmap: (year: number): LocalizedText => ({
    'zh-Hant': `${year}年各單位各項得分`, 'zh-Hans': `${year}年各单位各项得分`, en: `Points by unit and item, ${year}`,
  }),
  /** The composition: "2019年各單位得分構成". */
  composition: (year: number): LocalizedText => ({
    'zh-Hant': `${year}年各單位得分構成`, 'zh-Hans': `${year}年各单位得分构成`, en: `Each unit's points by dimension, ${year}`,
  }),
  /** A unit's history of totals and ranks: "唯亭街道 · 歷年總分與排名" (the unit already in the language). */
  rankHistory: (unit: string): LocalizedText => ({
    'zh-Hant': `${unit} · 歷年總分與排名`, 'zh-Hans': `${unit} · 历年总分与排名`, en: `${unit} · Total and rank over the years`,
  }),
  /** A subject narrowed to one unit, dimension or item: "敗訴率（唯亭街道）". */
  qualified: (subject: LocalizedText, detail: string): LocalizedText => ({
    'zh-Hant': `${subject['zh-Hant']}（${detail}）`, 'zh-Hans': `${subject['zh-Hans']}（${detail}）`, en: `${subject.en} (${detail})`,
  }),
  /** The target rule's label: "目標 20（2021年）". */
  target: (value: string, year?: number): LocalizedText => year === undefined
    ? { 'zh-Hant': `目標 ${value}`, 'zh-Hans': `目标 ${value}`, en: `Target ${value}` }
    : { 'zh-Hant': `目標 ${value}（${year}年）`, 'zh-Hans': `目标 ${value}（${year}年）`, en: `Target ${value} by ${year}` },
  /** The requirement rule's label: "要求 70". */
  requirement: (value: string): LocalizedText => ({ 'zh-Hant': `要求 ${value}`, 'zh-Hans': `要求 ${value}`, en: `Requirement ${value}` }),
  /** The value axis of the composition: "失分 ← | → 得分". */
  compositionAxis: (): LocalizedText => ({ 'zh-Hant': '失分 ← | → 得分', 'zh-Hans': '失分 ← | → 得分', en: 'Points lost ← | → points' }),
  /** The rank intervals of the uncertainty analysis: "2019年名次的不確定性（1,000 次模擬）". */
  robustnessRanks: (year: number, runs: string): LocalizedText => ({
    'zh-Hant': `${year}年名次的不確定性（${runs} 次模擬）`, 'zh-Hans': `${year}年名次的不确定性（${runs} 次模拟）`, en: `How certain each rank is, ${year} (${runs} runs)`,
  }),
  /** The Sobol indices on the mean absolute rank shift: "各不確定因素對名次變動的影響（Sobol，N = 1,024）". */
  robustnessSobol: (n: string): LocalizedText => ({
    'zh-Hant': `各不確定因素對名次變動的影響（Sobol，N = ${n}）`, 'zh-Hans': `各不确定因素对名次变动的影响（Sobol，N = ${n}）`, en: `What moves the ranks: Sobol indices (N = ${n})`,
  }),
} as const;
