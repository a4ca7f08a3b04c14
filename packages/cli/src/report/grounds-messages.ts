import type { LocalizedText } from '@fazhi/core';

/**
 * The words of the report's appendix of grounds for deductions (扣分依據),
 * in zh-Hant, zh-Hans and en. Kept beside the appendix while
 * `messages.ts` is being reorganised; the record columns (file, row, unit,
 * year, adds) and the part headings are `evidenceMessages`', shared with
 * `fazhi evidence`.
 *
 * @example
 * groundsMessages.title().en; // 'Grounds for deductions'
 */
export const groundsMessages = {
  title: (): LocalizedText => ({ 'zh-Hant': '扣分依據', 'zh-Hans': '扣分依据', en: 'Grounds for deductions' }),
  lead: (year: number, count: number, units: number): LocalizedText => ({
    'zh-Hant': `${year} 年評分中每一項扣分與一票否決背後的紀錄（共 ${count} 項，涉及 ${units} 個單位）：規則所讀數值的分子與分母各由哪些紀錄構成——檔案、行號、案號或文號，以及每筆紀錄計入多少；「計入」相加即為分子與分母。亦可用 fazhi evidence 列出任一數值的紀錄。`,
    'zh-Hans': `${year} 年评分中每一项扣分与一票否决背后的记录（共 ${count} 项，涉及 ${units} 个单位）：规则所读数值的分子与分母各由哪些记录构成——文件、行号、案号或文号，以及每条记录计入多少；“计入”相加即为分子与分母。也可用 fazhi evidence 列出任一数值的记录。`,
    en: `The records behind every deduction and veto of the ${year} scores (${count} in all, for ${units} unit${units === 1 ? '' : 's'}): the records that make up the numerator and denominator of the figure each rule read — file, row, case or document number — and what each adds; what they add sums to the numerator and the denominator. fazhi evidence lists the records behind any other number.`,
  }),
  none: (year: number): LocalizedText => ({
    'zh-Hant': `${year} 年評分沒有扣分，也沒有觸發一票否決。`,
    'zh-Hans': `${year} 年评分没有扣分，也没有触发一票否决。`,
    en: `No points were deducted in the ${year} scores and no veto applied.`,
  }),
  kind: (kind: 'deduction' | 'veto'): LocalizedText => (kind === 'deduction'
    ? { 'zh-Hant': '扣分', 'zh-Hans': '扣分', en: 'deduction' }
    : { 'zh-Hant': '一票否決', 'zh-Hans': '一票否决', en: 'veto' }),
  jurisdictionRecords: (): LocalizedText => ({
    'zh-Hant': '此否決讀取全區數值，以下為全區紀錄。',
    'zh-Hans': '此否决读取全区数值，以下为全区记录。',
    en: 'This veto reads the jurisdiction\'s value: the records below are the jurisdiction\'s.',
  }),
  figure: (value: string, numerator: string, denominator: string | null): LocalizedText => ({
    'zh-Hant': denominator === null ? `數值 ${value}` : `數值 ${value} = ${numerator} / ${denominator}`,
    'zh-Hans': denominator === null ? `数值 ${value}` : `数值 ${value} = ${numerator} / ${denominator}`,
    en: denominator === null ? `value ${value}` : `value ${value} = ${numerator} / ${denominator}`,
  }),
  partSum: (part: 'numerator' | 'denominator', count: number, sum: string): LocalizedText => ({
    'zh-Hant': `${part === 'numerator' ? '分子' : '分母'}：${count} 筆紀錄，計入合計 ${sum}`,
    'zh-Hans': `${part === 'numerator' ? '分子' : '分母'}：${count} 条记录，计入合计 ${sum}`,
    en: `${part}: ${count} record${count === 1 ? '' : 's'}, adding up to ${sum}`,
  }),
  yesNo: (value: boolean): LocalizedText => (value ? { 'zh-Hant': '是', 'zh-Hans': '是', en: 'yes' } : { 'zh-Hant': '否', 'zh-Hans': '否', en: 'no' }),
} as const;
