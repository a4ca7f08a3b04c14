import type { Text } from './lang.ts';

/** Words of the records panel: the records behind a number (tile, bar, table cell, explanation). */
export const evidenceMessages = {
  /** The dialog's title, before the number's label. */
  title: { 'zh-Hant': '數值背後的紀錄', 'zh-Hans': '数值背后的记录', en: 'Records behind the number' },
  /** The accessible name of a control that opens the records. */
  show: { 'zh-Hant': '查看紀錄', 'zh-Hans': '查看记录', en: 'Show records' },
  showOf: (what: string): Text => ({ 'zh-Hant': `查看「${what}」背後的紀錄`, 'zh-Hans': `查看“${what}”背后的记录`, en: `Show the records behind ${what}` }),
  close: { 'zh-Hant': '關閉', 'zh-Hans': '关闭', en: 'Close' },
  loading: { 'zh-Hant': '正在找出紀錄…', 'zh-Hans': '正在找出记录…', en: 'Finding the records…' },
  failed: (reason: string): Text => ({
    'zh-Hant': `無法列出紀錄（${reason}）；請重新載入資料後再試。`,
    'zh-Hans': `无法列出记录（${reason}）；请重新载入数据后再试。`,
    en: `The records could not be listed (${reason}); load the data again and retry.`,
  }),
  none: { 'zh-Hant': '此單位此年度沒有這個數值。', 'zh-Hans': '此单位此年度没有这个数值。', en: 'This unit has no such number that year.' },
  /** The part's heading: how many records and what they add up to. */
  part: (part: 'numerator' | 'denominator', count: string, sum: string): Text => ({
    'zh-Hant': `${part === 'numerator' ? '分子' : '分母'}：${count} 筆紀錄，合計 ${sum}`,
    'zh-Hans': `${part === 'numerator' ? '分子' : '分母'}：${count} 条记录，合计 ${sum}`,
    en: `${part === 'numerator' ? 'Numerator' : 'Denominator'}: ${count} record${count === '1' ? '' : 's'}, adding up to ${sum}`,
  }),
  /** The figure: value = numerator / denominator. */
  figure: { 'zh-Hant': '數值', 'zh-Hans': '数值', en: 'Value' },
  partName: (part: 'numerator' | 'denominator'): Text => (part === 'numerator'
    ? { 'zh-Hant': '分子', 'zh-Hans': '分子', en: 'numerator' }
    : { 'zh-Hant': '分母', 'zh-Hans': '分母', en: 'denominator' }),
  columns: {
    part: { 'zh-Hant': '部分', 'zh-Hans': '部分', en: 'part' },
    file: { 'zh-Hant': '檔案', 'zh-Hans': '文件', en: 'file' },
    row: { 'zh-Hant': '行', 'zh-Hans': '行', en: 'row' },
    unit: { 'zh-Hant': '單位', 'zh-Hans': '单位', en: 'unit' },
    year: { 'zh-Hant': '年度', 'zh-Hans': '年度', en: 'year' },
    adds: { 'zh-Hant': '計入', 'zh-Hans': '计入', en: 'adds' },
  },
  yes: { 'zh-Hant': '是', 'zh-Hans': '是', en: 'yes' },
  no: { 'zh-Hant': '否', 'zh-Hans': '否', en: 'no' },
} as const;
