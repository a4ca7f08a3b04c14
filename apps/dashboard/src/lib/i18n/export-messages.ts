import type { Text } from './lang.ts';

/** Words of the table export buttons and of printing (the print button and the print-only header). */
export const exportMessages = {
  csv: { 'zh-Hant': '下載 CSV', 'zh-Hans': '下载 CSV', en: 'Download CSV' },
  xlsx: { 'zh-Hant': '下載 Excel', 'zh-Hans': '下载 Excel', en: 'Download Excel' },
  /** The group's accessible name, before the table's file name. */
  exportTable: { 'zh-Hant': '匯出表格', 'zh-Hans': '导出表格', en: 'Export table' },
  exportFailed: { 'zh-Hant': '匯出失敗', 'zh-Hans': '导出失败', en: 'Export failed' },
  print: { 'zh-Hant': '列印 / 存為 PDF', 'zh-Hans': '打印 / 存为 PDF', en: 'Print / save as PDF' },
  view: { 'zh-Hant': '頁面', 'zh-Hans': '页面', en: 'View' },
  dataSource: { 'zh-Hant': '資料', 'zh-Hans': '数据', en: 'Data' },
  year: { 'zh-Hant': '年度', 'zh-Hans': '年度', en: 'Year' },
  unit: { 'zh-Hant': '單位', 'zh-Hans': '单位', en: 'Unit' },
  department: { 'zh-Hant': '部門', 'zh-Hans': '部门', en: 'Department' },
  scheme: { 'zh-Hant': '考核方案', 'zh-Hans': '考核方案', en: 'Scheme' },
  printed: { 'zh-Hant': '列印日期', 'zh-Hans': '打印日期', en: 'Printed' },
  latestYear: { 'zh-Hant': '最新年度', 'zh-Hans': '最新年度', en: 'latest year' },
  ownFiles: { 'zh-Hant': '個檔案', 'zh-Hans': '个文件', en: 'files' },
  schemeInvalid: { 'zh-Hant': '方案有錯誤，未評分', 'zh-Hans': '方案有错误，未评分', en: 'the scheme has errors; nothing is scored' },
} as const satisfies Record<string, Text>;
