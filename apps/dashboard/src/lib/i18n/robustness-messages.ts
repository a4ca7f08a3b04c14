import type { Text } from './lang.ts';

const t = (hant: string, hans: string, en: string): Text => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

/**
 * The words of the Robustness view and of the department page's robustness
 * sentence, in zh-Hant, zh-Hans and en. Sentences with numbers take them
 * already formatted. The per-unit sentences and the coherence flags come in
 * words from `@fazhi/core` (robustnessMessages).
 *
 * @example
 * robustnessViewMessages.progress('1,500', '22,288').en; // '1,500 of 22,288 runs'
 * robustnessViewMessages.title['zh-Hans']; // '排名稳健性'
 */
export const robustnessViewMessages = {
  title: t('排名穩健性', '排名稳健性', 'How far the ranking can be trusted'),
  intro: t(
    '在考核方案宣告的不確定因素（權重、扣分、門檻、缺漏值處理……）之間隨機取值，重算數千次排名：看每個單位的名次有多穩定，又主要取決於哪個選擇。',
    '在考核方案声明的不确定因素（权重、扣分、门槛、缺漏值处理……）之间随机取值，重算数千次排名：看每个单位的名次有多稳定，又主要取决于哪个选择。',
    "The ranking is recomputed thousands of times over the choices the scheme declares uncertain (weights, deductions, thresholds, missing values…): how stable each unit's rank is, and which choice it depends on most.",
  ),
  // Without an uncertainty section.
  noUncertainty: t(
    '目前的考核方案沒有 uncertainty（不確定性）一節，無法分析排名的穩健性。請在方案中宣告哪些權重、分值或方法是不確定的。',
    '当前的考核方案没有 uncertainty（不确定性）一节，无法分析排名的稳健性。请在方案中声明哪些权重、分值或方法是不确定的。',
    'The scheme in use has no uncertainty section, so there is nothing to vary. Declare in the scheme which weights, points or methods are uncertain.',
  ),
  howTo: t('如何宣告不確定因素（說明文件）', '如何声明不确定因素（说明文档）', 'How to declare what is uncertain (documentation)'),
  loadExample: t('載入含不確定性設定的示例方案', '载入含不确定性设置的示例方案', 'Load the example scheme with an uncertainty section'),
  schemeErrors: t('考核方案有錯誤，請先在「考核方案」頁修正。', '考核方案有错误，请先在“考核方案”页修正。', 'The scheme has errors: fix them in the Scheme view first.'),
  noYear: t('沒有可分析的年度。', '没有可分析的年度。', 'There is no year to analyse.'),
  // Controls.
  runs: t('模擬次數', '模拟次数', 'Runs'),
  sobolN: t('Sobol 基數 N', 'Sobol 基数 N', 'Sobol base N'),
  seed: t('隨機種子', '随机种子', 'Seed'),
  run: t('開始分析', '开始分析', 'Run the analysis'),
  rerun: t('重新分析', '重新分析', 'Run again'),
  cancel: t('取消', '取消', 'Cancel'),
  progress: (done: string, total: string): Text => t(`已完成 ${done} / ${total} 次`, `已完成 ${done} / ${total} 次`, `${done} of ${total} runs`),
  running: t('分析中：結果隨模擬次數增加而更準確。', '分析中：结果随模拟次数增加而更准确。', 'Running: the results sharpen as runs come in.'),
  cancelled: t('已取消：以下為取消前的結果。', '已取消：以下为取消前的结果。', 'Cancelled: the results below are those before cancelling.'),
  failed: t('分析失敗', '分析失败', 'The analysis failed'),
  finished: (runs: string, n: string, seed: string): Text => t(
    `${runs} 次蒙特卡羅模擬，Sobol 分析 N = ${n}，隨機種子 ${seed}（同一種子得出相同結果）。`,
    `${runs} 次蒙特卡罗模拟，Sobol 分析 N = ${n}，随机种子 ${seed}（同一种子得出相同结果）。`,
    `${runs} Monte Carlo runs, a Sobol analysis at N = ${n}, seed ${seed} (the same seed gives the same numbers).`,
  ),
  stale: t('考核方案、資料或年度已改變：請重新分析。', '考核方案、数据或年度已改变：请重新分析。', 'The scheme, the data or the year has changed: run the analysis again.'),
  // Sections.
  ranks: t('名次的不確定性', '名次的不确定性', 'How certain each rank is'),
  sensitivity: t('名次主要取決於什麼', '名次主要取决于什么', 'What the ranks depend on'),
  sensitivityPending: t('Sobol 敏感度分析在蒙特卡羅模擬之後進行。', 'Sobol 敏感度分析在蒙特卡罗模拟之后进行。', 'The Sobol sensitivity analysis follows the Monte Carlo runs.'),
  coherence: t('指標的統計一致性', '指标的统计一致性', 'Statistical coherence of the items'),
  sentences: t('各單位的穩健性', '各单位的稳健性', 'Each unit in words'),
  // Tables.
  unit: t('單位', '单位', 'Unit'),
  nominalRank: t('方案名次', '方案名次', 'Rank'),
  medianRank: t('名次中位數', '名次中位数', 'Median rank'),
  interval: t('90% 區間', '90% 区间', '90% interval'),
  top3: t('前三名機率', '前三名概率', 'Top 3'),
  bottom3: t('後三名機率', '后三名概率', 'Bottom 3'),
  inWords: t('說明', '说明', 'In words'),
  input: t('不確定因素', '不确定因素', 'Uncertain input'),
  first: t('一階指數', '一阶指数', 'First order'),
  total: t('總效應指數', '总效应指数', 'Total'),
  interval95: t('95% 區間', '95% 区间', '95% interval'),
  dimension: t('維度', '维度', 'Dimension'),
  alpha: t('Cronbach α', 'Cronbach α', "Cronbach's α"),
  overall: t('全部指標', '全部指标', 'All items'),
  component: t('主成分', '主成分', 'Component'),
  eigenvalue: t('特徵值', '特征值', 'Eigenvalue'),
  share: t('解釋變異', '解释变异', 'Share of variance'),
  correlations: t('指標與所屬維度的相關係數（Pearson）', '指标与所属维度的相关系数（Pearson）', 'Correlation of each item with its dimension (Pearson)'),
  item: t('指標', '指标', 'Item'),
  r: t('r', 'r', 'r'),
  noFlags: t('沒有發現一致性問題。', '没有发现一致性问题。', 'No coherence problem found.'),
  flags: t('需要注意', '需要注意', 'Worth a look'),
  overUnits: (units: string): Text => t(`基於 ${units} 個單位。`, `基于 ${units} 个单位。`, `Over ${units} units.`),
  // Department page.
  departmentHeading: t('排名穩健性', '排名稳健性', 'How certain the rank is'),
  departmentRunning: t('（分析中，結果會更新）', '（分析中，结果会更新）', '(running: the figures will sharpen)'),
  departmentOpen: t('開啟「穩健性」頁分析此排名', '打开“稳健性”页分析此排名', 'Open the Robustness view to analyse this rank'),
  // Chart descriptions for screen readers.
  ranksDescription: (units: string, runs: string): Text => t(
    `${units} 個單位在 ${runs} 次模擬中的名次：方案名次、名次中位數與 90% 區間。`,
    `${units} 个单位在 ${runs} 次模拟中的名次：方案名次、名次中位数与 90% 区间。`,
    `The ranks of ${units} units over ${runs} runs: the rank under the scheme, the median rank and the 90% interval.`,
  ),
  sobolDescription: (largest: string): Text => t(
    `各不確定因素的 Sobol 一階與總效應指數；影響最大的是${largest}。`,
    `各不确定因素的 Sobol 一阶与总效应指数；影响最大的是${largest}。`,
    `First-order and total Sobol indices of each uncertain input; the largest is ${largest}.`,
  ),
} as const;
