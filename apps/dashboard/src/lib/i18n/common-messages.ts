import type { Text } from './lang.ts';

/**
 * Words of the dashboard's frame: title, navigation, filters, the load and
 * clear controls. Each feature keeps its own words in its own
 * `*-messages.ts` file next to this one.
 */
export const commonMessages = {
  appTitle: { 'zh-Hant': '法治政府建設考核', 'zh-Hans': '法治政府建设考核', en: 'Rule-of-law government assessment' },
  language: { 'zh-Hant': '語言', 'zh-Hans': '语言', en: 'Language' },
  sampleData: { 'zh-Hant': '示例資料：蘇州工業園區 2018—2019 年', 'zh-Hans': '示例数据：苏州工业园区 2018—2019 年', en: 'Sample data: Suzhou Industrial Park, 2018–2019' },
  ownData: { 'zh-Hant': '您的資料', 'zh-Hans': '您的数据', en: 'Your data' },
  loadOwnData: { 'zh-Hant': '載入您的資料', 'zh-Hans': '载入您的数据', en: 'Load your own data' },
  clearAll: { 'zh-Hant': '清除全部資料', 'zh-Hans': '清除全部数据', en: 'Clear all data' },
  year: { 'zh-Hant': '年度', 'zh-Hans': '年度', en: 'Year' },
  unit: { 'zh-Hant': '單位', 'zh-Hans': '单位', en: 'Unit' },
  allUnits: { 'zh-Hant': '全部單位', 'zh-Hans': '全部单位', en: 'All units' },
  loading: { 'zh-Hant': '正在載入…', 'zh-Hans': '正在载入…', en: 'Loading…' },
  loadFailed: { 'zh-Hant': '載入失敗', 'zh-Hans': '载入失败', en: 'Loading failed' },
  noData: { 'zh-Hant': '沒有資料', 'zh-Hans': '没有数据', en: 'No data' },
  views: {
    overview: { 'zh-Hant': '總覽', 'zh-Hans': '总览', en: 'Overview' },
    documents: { 'zh-Hant': '規範性文件', 'zh-Hans': '规范性文件', en: 'Normative documents' },
    litigation: { 'zh-Hant': '行政訴訟', 'zh-Hans': '行政诉讼', en: 'Litigation' },
    reconsideration: { 'zh-Hant': '行政復議', 'zh-Hans': '行政复议', en: 'Reconsideration' },
    enforcement: { 'zh-Hant': '執法案卷評查', 'zh-Hans': '执法案卷评查', en: 'Enforcement reviews' },
    decisions: { 'zh-Hant': '重大行政決策', 'zh-Hans': '重大行政决策', en: 'Major decisions' },
    safety: { 'zh-Hant': '安全生產', 'zh-Hans': '安全生产', en: 'Work safety' },
    business: { 'zh-Hant': '營商環境', 'zh-Hans': '营商环境', en: 'Business environment' },
    ranking: { 'zh-Hant': '部門評分與排名', 'zh-Hans': '部门评分与排名', en: 'Scores and ranking' },
    department: { 'zh-Hant': '部門詳情', 'zh-Hans': '部门详情', en: 'Department' },
    quality: { 'zh-Hant': '資料品質', 'zh-Hans': '数据质量', en: 'Data quality' },
    robustness: { 'zh-Hant': '穩健性', 'zh-Hans': '稳健性', en: 'Robustness' },
    scheme: { 'zh-Hant': '考核方案', 'zh-Hans': '考核方案', en: 'Scheme' },
  },
} as const satisfies Record<string, Text | Record<string, Text>>;
