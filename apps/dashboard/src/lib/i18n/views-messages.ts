import type { TrendArrow } from '@fazhi/core';
import type { Text } from './lang.ts';

const t = (hant: string, hans: string, en: string): Text => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

/** Years as a span: "2018—2019" in Chinese, "2018–2019" in English, one year alone. */
function span(years: readonly number[]): Text {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return t('', '', '');
  if (first === last) return t(String(first), String(first), String(first));
  return t(`${first}—${last}`, `${first}—${last}`, `${first}–${last}`);
}

/** "3 個單位" / "3 units". */
function unitCount(n: number): Text {
  return t(`${n} 個單位`, `${n} 个单位`, `${n} ${n === 1 ? 'unit' : 'units'}`);
}

/** "3 個月" / "3 months". */
function monthCount(n: number): Text {
  return t(`${n} 個月`, `${n} 个月`, `${n} ${n === 1 ? 'month' : 'months'}`);
}

/**
 * The words of the overview, the seven area views, the filters, the KPI
 * tiles and the indicator tables, in zh-Hant, zh-Hans and en. Sentences that
 * carry numbers are functions of already formatted values and return the
 * text in every language; chart descriptions are put together from them.
 *
 * @example
 * viewsMessages.latestYear(2019).en; // 'Latest complete (2019)'
 * viewsMessages.units(3)['zh-Hans']; // '3 个单位'
 */
export const viewsMessages = {
  // Filters.
  filters: t('篩選', '筛选', 'Filters'),
  latestYear: (year: number | null): Text => (year === null ? t('最新年度', '最新年度', 'Latest') : t(`最新完整年度（${year}）`, `最新完整年度（${year}）`, `Latest complete (${year})`)),
  /** A later year passed over by the opening-year rule; `datasets` are its thin datasets' thinDataset words in the page's language, joined. */
  thinYear: (year: number, datasets: string, shown: number): Text =>
    t(`${year} 年數據不完整：${datasets}，故預設顯示 ${shown} 年。`, `${year} 年数据不完整：${datasets}，故默认显示 ${shown} 年。`, `${year} data incomplete: ${datasets}; showing ${shown} by default.`),
  /** One thin dataset of such a year: "行政訴訟僅 12 條記錄（此前各年中位數 170）". */
  thinDataset: (dataset: Text, records: string, typical: string): Text =>
    t(`${dataset['zh-Hant']}僅 ${records} 條記錄（此前各年中位數 ${typical}）`, `${dataset['zh-Hans']}仅 ${records} 条记录（此前各年中位数 ${typical}）`, `${dataset.en} has only ${records} records (earlier years' median ${typical})`),

  // Charts: what the tooltips say, as a table for the keyboard.
  chartData: t('以表格查看圖表數據', '以表格查看图表数据', 'Show the chart\'s data as a table'),

  // Overview.
  headline: t('主要指標', '主要指标', 'Headline indicators'),
  headlineOf: (unit: string, year: number): Text => t(`${unit}：${year} 年主要指標`, `${unit}：${year} 年主要指标`, `Headline indicators of ${unit}, ${year}`),
  headlineCharts: t('重點圖表', '重点图表', 'Key charts'),
  tileOpens: (area: string): Text => t(`開啟「${area}」`, `打开“${area}”`, `Open ${area}`),
  changeFromLastYear: t('較上年', '较上年', 'Change from last year'),
  noTiles: t('所選年度和單位沒有主要指標的資料。', '所选年度和单位没有主要指标的数据。', 'No headline indicator has data for the chosen year and unit.'),

  // Traffic lights: never colour alone, always one of these words.
  light: {
    requirementMet: (required: string): Text => t(`達到要求（${required}）`, `达到要求（${required}）`, `Meets the requirement (${required})`),
    requirementMissed: (required: string): Text => t(`未達要求（${required}）`, `未达要求（${required}）`, `Misses the requirement (${required})`),
    better: t('較上年改善', '较上年改善', 'Better than last year'),
    worse: t('較上年變差', '较上年变差', 'Worse than last year'),
    same: t('與上年持平', '与上年持平', 'Same as last year'),
    none: t('無法與上年比較', '无法与上年比较', 'No comparison with last year'),
    neutral: t('此指標無好壞方向', '此指标无好坏方向', 'Neither higher nor lower is better'),
  },
  /** What the tile's arrow means, for its accessible name. */
  arrowMeaning: {
    '↑': t('改善', '改善', 'improving'),
    '➚': t('溫和改善', '温和改善', 'moderately improving'),
    '→': t('持平', '持平', 'unchanged'),
    '↓': t('變差', '变差', 'worsening'),
  } satisfies Record<TrendArrow, Text>,

  // Area views.
  charts: t('圖表', '图表', 'Charts'),
  indicatorTable: t('指標明細', '指标明细', 'Indicators'),
  noAreaData: (area: string): Text => t(`目前載入的資料沒有「${area}」的紀錄。請載入相應的檔案。`, `当前载入的数据没有“${area}”的记录。请载入相应的文件。`, `The data loaded has no records for ${area}. Load the matching file to see this view.`),
  noUnitData: (area: string, unit: string): Text => t(`${unit} 沒有「${area}」的資料。`, `${unit} 没有“${area}”的数据。`, `${unit} has no data for ${area}.`),
  drillHint: t('點擊單位的長條可開啟該部門的詳情。', '点击单位的条形可打开该部门的详情。', "Click a unit's bar to open that department."),

  // Indicator table.
  columns: {
    indicator: t('指標', '指标', 'Indicator'),
    unit: t('單位', '单位', 'Unit'),
    year: t('年度', '年度', 'Year'),
    numerator: t('分子', '分子', 'Numerator'),
    denominator: t('分母', '分母', 'Denominator'),
    value: t('數值', '数值', 'Value'),
    change: t('較上年', '较上年', 'Change from last year'),
  },
  tableCaption: (area: string, year: number, unit: string | null): Text =>
    unit === null
      ? t(`${area}：${year} 年各單位指標`, `${area}：${year} 年各单位指标`, `${area}: indicators of every unit, ${year}`)
      : t(`${area}：${unit} ${year} 年指標`, `${area}：${unit} ${year} 年指标`, `${area}: indicators of ${unit}, ${year}`),

  // Chart descriptions, assembled from these parts.
  units: unitCount,
  months: monthCount,
  yearlyLead: (name: Text, years: readonly number[]): Text => {
    const s = span(years);
    return t(`${name['zh-Hant']}，按單位，${s['zh-Hant']} 年比較`, `${name['zh-Hans']}，按单位，${s['zh-Hans']} 年比较`, `${name.en} by unit, ${s.en}`);
  },
  yearlyHighLow: (year: number, high: string, low: string): Text =>
    t(`${year} 年最高：${high}；最低：${low}`, `${year} 年最高：${high}；最低：${low}`, `in ${year} highest: ${high}; lowest: ${low}`),
  yearlyAll: (year: number, value: string, count: number): Text =>
    t(`${year} 年 ${count} 個單位都是 ${value}`, `${year} 年 ${count} 个单位都是 ${value}`, `in ${year} all ${count} units are at ${value}`),
  /** One unit and its value, or several tied ("3 個單位 0 件"). */
  unitValue: (unit: string, value: string): Text => t(`${unit} ${value}`, `${unit} ${value}`, `${unit} (${value})`),
  tiedValue: (count: number, value: string): Text => {
    const n = unitCount(count);
    return t(`${n['zh-Hant']}並列 ${value}`, `${n['zh-Hans']}并列 ${value}`, `${n.en} tied at ${value}`);
  },
  yearlyVerdicts: (from: number, better: number, worse: number, same: number): Text =>
    t(
      `與 ${from} 年相比 ${better} 個單位改善、${worse} 個變差、${same} 個持平`,
      `与 ${from} 年相比 ${better} 个单位改善、${worse} 个变差、${same} 个持平`,
      `against ${from}, ${better} improved, ${worse} worsened, ${same} unchanged`,
    ),
  yearlyDirections: (from: number, up: number, down: number, same: number): Text =>
    t(
      `與 ${from} 年相比 ${up} 個單位上升、${down} 個下降、${same} 個持平`,
      `与 ${from} 年相比 ${up} 个单位上升、${down} 个下降、${same} 个持平`,
      `against ${from}, ${up} rose, ${down} fell, ${same} unchanged`,
    ),
  yearlyOneUnit: (unit: string, values: string): Text => t(`${unit}：${values}`, `${unit}：${values}`, `${unit}: ${values}`),
  yearValue: (year: number, value: string): Text => t(`${year} 年 ${value}`, `${year} 年 ${value}`, `${value} in ${year}`),
  trendLead: (name: Text, unit: string, years: readonly number[]): Text => {
    const s = span(years);
    return t(`${name['zh-Hant']}，${unit}，${s['zh-Hant']} 年走勢`, `${name['zh-Hans']}，${unit}，${s['zh-Hans']} 年走势`, `${name.en}, ${unit}, ${s.en}`);
  },
  trendChange: (change: string, from: number): Text => t(`較 ${from} 年 ${change}`, `较 ${from} 年 ${change}`, `${change} on ${from}`),
  target: (value: string): Text => t(`要求 ${value}`, `要求 ${value}`, `required ${value}`),
  monthlyLead: (measure: Text, unit: string, year: number): Text =>
    t(`${measure['zh-Hant']}，${unit}，${year} 年逐月與上年同月比較`, `${measure['zh-Hans']}，${unit}，${year} 年逐月与上年同月比较`, `${measure.en}, ${unit}, by month of ${year} against ${year - 1}`),
  monthlyTotals: (year: number, total: string, previous: string | null): Text =>
    previous === null
      ? t(`全年 ${total}`, `全年 ${total}`, `${total} in the year`)
      : t(`全年 ${total}，上年 ${previous}`, `全年 ${total}，上年 ${previous}`, `${total} in ${year}, ${previous} the year before`),
  monthlyPeak: (month: string, value: string): Text => t(`最多在 ${month}（${value}）`, `最多在 ${month}（${value}）`, `most in ${month} (${value})`),
  monthlyVerdicts: (fewer: number, more: number): Text => {
    const f = monthCount(fewer);
    const m = monthCount(more);
    return t(`${f['zh-Hant']}少於上年同月，${m['zh-Hant']}多於上年同月`, `${f['zh-Hans']}少于上年同月，${m['zh-Hans']}多于上年同月`, `${f.en} fewer than the same month a year before, ${m.en} more`);
  },
  monthlyMeasure: {
    incidents: t('生產安全事故起數', '生产安全事故起数', 'Production-safety incidents'),
    deaths: t('生產安全事故死亡人數', '生产安全事故死亡人数', 'Production-safety deaths'),
  },
  /** Joins a description's parts: "，" and "。" in Chinese, "; " and "." in English. */
  sentence: (lead: Text, parts: readonly Text[]): Text => {
    const join = (lang: keyof Text, sep: string, colon: string, end: string) =>
      parts.length === 0 ? `${lead[lang]}${end}` : `${lead[lang]}${colon}${parts.map((p) => p[lang]).join(sep)}${end}`;
    return { 'zh-Hant': join('zh-Hant', '；', '：', '。'), 'zh-Hans': join('zh-Hans', '；', '：', '。'), en: join('en', '; ', ': ', '.') };
  },
} as const;
