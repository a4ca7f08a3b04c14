import type { Text } from './lang.ts';

const t = (hant: string, hans: string, en: string): Text => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });
// English counts: "1 unit", "2 units" (the number arrives formatted).
const unitsOf = (n: string): string => (n === '1' ? '1 unit' : `${n} units`);

/**
 * Words of the ranking view and the department page: table headers, flag
 * and status words, the charts' descriptions (the rules in words are core's
 * `ruleText`). Sentences take numbers already formatted (strings), so that
 * none can print NaN.
 *
 * @example
 * scoresMessages.rank['en']; // 'Rank'
 * scoresMessages.rankOf('3', '15')['zh-Hans']; // '第 3 名 / 15'
 */
export const scoresMessages = {
  // Notices.
  schemeHasErrors: t('考核方案有錯誤，無法計分。', '考核方案有错误，无法计分。', 'The scheme has errors, so nothing can be scored.'),
  fixScheme: t('到「考核方案」修正', '到“考核方案”修正', 'Fix it in the Scheme view'),
  noScores: t('這一年沒有可計分的單位。', '这一年没有可计分的单位。', 'No unit could be scored in this year.'),
  unknownUnit: (unit: string): Text => t(`資料中沒有單位「${unit}」。`, `数据中没有单位“${unit}”。`, `There is no unit "${unit}" in the data.`),
  noUnitChosen: t('請選擇一個單位。', '请选择一个单位。', 'Choose a unit.'),
  backToRanking: t('返回評分與排名', '返回评分与排名', 'Back to the ranking'),
  notScoredThisYear: (year: string): Text => t(`該單位 ${year} 年沒有評分。`, `该单位 ${year} 年没有评分。`, `This unit has no score in ${year}.`),

  // Headings.
  rankingTable: (year: string): Text => t(`${year} 年排名表`, `${year} 年排名表`, `Ranking table, ${year}`),
  unitPicker: t('選擇單位', '选择单位', 'Unit'),
  dimensions: t('各維度得分', '各维度得分', 'Points by dimension'),
  items: t('各項得分', '各项得分', 'Points by item'),
  explanations: t('計分說明', '计分说明', 'How the points were computed'),
  indicatorValues: (year: string): Text => t(`${year} 年本單位指標值`, `${year} 年本单位指标值`, `The unit's indicators, ${year}`),
  noIndicatorValues: t('本單位這一年沒有指標值。', '本单位这一年没有指标值。', 'The unit has no indicator values in this year.'),
  qualified: (name: string, detail: string): Text => t(`${name}（${detail}）`, `${name}（${detail}）`, `${name} (${detail})`),
  totalLine: t('總分說明', '总分说明', 'Total'),

  // Column headers.
  rank: t('名次', '名次', 'Rank'),
  unit: t('單位', '单位', 'Unit'),
  total: t('總分', '总分', 'Total'),
  possible: t('滿分', '满分', 'Out of'),
  coverage: t('有數據分值佔比', '有数据分值占比', 'Coverage'),
  totalChange: t('總分變化', '总分变化', 'Change of total'),
  rankChange: t('名次變化', '名次变化', 'Change of rank'),
  notes: t('標記與說明', '标记与说明', 'Flags and notes'),
  dimension: t('維度', '维度', 'Dimension'),
  item: t('指標', '指标', 'Item'),
  value: t('指標值', '指标值', 'Value'),
  rule: t('計分規則', '计分规则', 'Rule'),
  points: t('得分 / 分值', '得分 / 分值', 'Points'),
  weight: t('方案分值（權重）', '方案分值（权重）', 'Scheme points (weight)'),
  status: t('狀態', '状态', 'Status'),
  flags: t('標記', '标记', 'Flags'),
  indicator: t('指標', '指标', 'Indicator'),
  numerator: t('分子或件數', '分子或件数', 'Numerator or count'),
  denominator: t('分母', '分母', 'Denominator'),
  change: t('變化', '变化', 'Change'),
  lastYear: t('上年', '上年', 'Last year'),
  year: t('年度', '年度', 'Year'),
  ranked: t('參評單位數', '参评单位数', 'Units ranked'),

  // Values in words.
  rankOf: (rank: string, ranked: string): Text => t(`第 ${rank} 名 / ${ranked}`, `第 ${rank} 名 / ${ranked}`, `${rank} of ${ranked}`),
  notRanked: t('未排名', '未排名', 'not ranked'),
  notComputable: t('無法計分', '无法计分', 'Not computable'),
  noPrevious: t('上年無評分', '上年无评分', 'no score last year'),
  rankUp: (n: string): Text => t(`上升 ${n} 位`, `上升 ${n} 位`, `up ${n}`),
  rankDown: (n: string): Text => t(`下降 ${n} 位`, `下降 ${n} 位`, `down ${n}`),
  rankSame: t('不變', '不变', 'same'),
  excluded: t('無數據，不計入', '无数据，不计入', 'no data, excluded'),
  missingZero: t('無記錄，按 0 計', '无记录，按 0 计', 'no records, counted as 0'),
  flagWords: {
    below_requirement: t('低於上級要求', '低于上级要求', 'below requirement'),
    outlier: t('明顯偏離其他單位', '明显偏离其他单位', 'outlier'),
    veto: t('觸發一票否決', '触发一票否决', 'veto'),
  },
  failed: t('一票否決，不合格', '一票否决，不合格', 'failed by a veto'),
  statusWords: {
    met: t('達標', '达标', 'Met'),
    near: t('接近', '接近', 'Near'),
    missed: t('未達標', '未达标', 'Missed'),
    none: t('未評', '未评', 'Not rated'),
  },

  // Chart descriptions.
  describe: {
    ranking: (year: string, list: string, ranked: string, unscored: string): Text => t(
      `${year} 年總分排名：${list}。共 ${ranked} 個單位參與排名${unscored === '0' ? '' : `，另有 ${unscored} 個單位數據不足無法計分`}。`,
      `${year} 年总分排名：${list}。共 ${ranked} 个单位参与排名${unscored === '0' ? '' : `，另有 ${unscored} 个单位数据不足无法计分`}。`,
      `Total ranking, ${year}: ${list}. ${unitsOf(ranked)} ranked${unscored === '0' ? '' : `; ${unscored} more could not be scored for lack of data`}.`),
    rankingEntry: (rank: string, unit: string, total: string): Text => t(`第 ${rank} 名${unit} ${total} 分`, `第 ${rank} 名${unit} ${total} 分`, `${rank}. ${unit} ${total}`),
    rankingLast: (unit: string, total: string): Text => t(`末位${unit} ${total} 分`, `末位${unit} ${total} 分`, `last, ${unit} ${total}`),
    listSeparator: t('，', '，', '; '),
    noneRanked: (year: string): Text => t(`${year} 年沒有單位參與排名。`, `${year} 年没有单位参与排名。`, `No unit was ranked in ${year}.`),
    heatmap: (year: string, units: string, items: string, met: string, near: string, missed: string, none: string): Text => t(
      `${year} 年 ${units} 個單位 × ${items} 項指標：達標 ${met} 格，接近 ${near} 格，未達標 ${missed} 格，無數據 ${none} 格。`,
      `${year} 年 ${units} 个单位 × ${items} 项指标：达标 ${met} 格，接近 ${near} 格，未达标 ${missed} 格，无数据 ${none} 格。`,
      `${year}, ${unitsOf(units)} × ${items} items: ${met} cells met, ${near} near, ${missed} missed, ${none} without data.`),
    heatmapWorst: (item: string, count: string): Text => t(`未達標最多的指標是「${item}」（${count} 個單位）。`, `未达标最多的指标是“${item}”（${count} 个单位）。`, `The item missed most often is "${item}" (${unitsOf(count)}).`),
    composition: (year: string, units: string): Text => t(`${year} 年 ${units} 個單位的總分按維度分解。`, `${year} 年 ${units} 个单位的总分按维度分解。`, `${year}: the totals of ${unitsOf(units)} broken down by dimension.`),
    compositionLost: (dimension: string, lost: string): Text => t(`失分最多的維度是「${dimension}」，各單位合計失 ${lost} 分。`, `失分最多的维度是“${dimension}”，各单位合计失 ${lost} 分。`, `The dimension with the most points lost is "${dimension}" (${lost} points over all units).`),
    history: (unit: string, list: string): Text => t(`${unit}歷年總分與名次：${list}。`, `${unit}历年总分与名次：${list}。`, `${unit}, total and rank by year: ${list}.`),
    historyEntry: (year: string, total: string, rank: string): Text => t(`${year} 年 ${total} 分（${rank}）`, `${year} 年 ${total} 分（${rank}）`, `${year}: ${total} (${rank})`),
    historyEntryNone: (year: string): Text => t(`${year} 年無法計分`, `${year} 年无法计分`, `${year}: not computable`),
    historyNone: (unit: string): Text => t(`${unit}沒有任何一年的評分。`, `${unit}没有任何一年的评分。`, `${unit} has no score in any year.`),
  },
} as const;
