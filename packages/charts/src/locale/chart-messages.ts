import type { LocalizedText } from '@fazhi/core';

const text = (zhHant: string, zhHans: string, en: string): Readonly<LocalizedText> => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en });

/**
 * Every word the charts print that is not data: axis and legend titles,
 * status names, the jurisdiction's name, in zh-Hant, zh-Hans and en.
 * Indicator names come from core's catalogue; unit names are printed as in
 * the data.
 *
 * @example
 * CHART_MESSAGES.year.en; // 'Year'
 * CHART_MESSAGES.jurisdiction['zh-Hant']; // '全區'
 */
export const CHART_MESSAGES = {
  jurisdiction: text('全區', '全区', 'Whole jurisdiction'),
  unit: text('單位', '单位', 'Unit'),
  year: text('年度', '年度', 'Year'),
  month: text('月份', '月份', 'Month'),
  change: text('變化', '变化', 'Change'),
  changeFromLastYear: text('較上年', '较上年', 'Change from last year'),
  fraction: text('分子／分母', '分子／分母', 'Numerator / denominator'),
  target: text('目標', '目标', 'Target'),
  requirement: text('要求', '要求', 'Requirement'),
  total: text('總分', '总分', 'Total'),
  rank: text('名次', '名次', 'Rank'),
  points: text('得分', '得分', 'Points'),
  score: text('得分', '得分', 'Score'),
  item: text('指標', '指标', 'Item'),
  dimension: text('維度', '维度', 'Dimension'),
  status: text('狀態', '状态', 'Status'),
  met: text('達標', '达标', 'Met'),
  near: text('接近', '接近', 'Near'),
  missed: text('未達標', '未达标', 'Missed'),
  noData: text('無數據', '无数据', 'No data'),
  scored: text('已計分', '已计分', 'Scored'),
  notComputable: text('無法計算', '无法计算', 'not computable'),
  compositionNote: text('各維度得分按有數據的分值折算為總分；淺色為失分', '各维度得分按有数据的分值折算为总分；浅色为失分', 'Points by dimension, rescaled to the total over the dimensions with data; pale segments are points lost'),
  failed: text('否決', '否决', 'Vetoed'),
  pointsLost: text('失分', '失分', 'Points lost'),
  incidents: text('事故起數', '事故起数', 'Incidents'),
  deaths: text('死亡人數', '死亡人数', 'Deaths'),
  safetyIncidents: text('生產安全事故起數', '生产安全事故起数', 'Production-safety incidents'),
  safetyDeaths: text('生產安全事故死亡人數', '生产安全事故死亡人数', 'Deaths in production-safety incidents'),
  sameMonthChange: text('同比', '同比', 'vs. last year'),
  nominalRank: text('方案名次', '方案名次', 'Rank under the scheme'),
  medianRank: text('名次中位數', '名次中位数', 'Median rank'),
  rankInterval: text('90% 的情形', '90% 的情形', '90% of the runs'),
  uncertainInput: text('不確定因素', '不确定因素', 'Uncertain input'),
  sobolIndex: text('Sobol 指數', 'Sobol 指数', 'Sobol index'),
  sobolFirst: text('一階（單獨影響）', '一阶（单独影响）', 'First order (alone)'),
  sobolTotal: text('總效應（含交互）', '总效应（含交互）', 'Total (with interactions)'),
  sobolInterval: text('95% 區間', '95% 区间', '95% interval'),
} as const satisfies Record<string, Readonly<LocalizedText>>;

/**
 * The key of a chart message.
 *
 * @example
 * const key: ChartMessageKey = 'year';
 */
export type ChartMessageKey = keyof typeof CHART_MESSAGES;
