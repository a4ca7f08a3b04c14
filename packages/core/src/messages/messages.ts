import type { LocalizedText } from '../issues/issue.ts';
import { toSimplified } from '../values/to-simplified.ts';

/**
 * Every user-facing message of the loader, in 繁體中文, 简体中文 and English,
 * as functions of their parameters. One voice throughout: what is wrong,
 * quoting the bad value, then what to do about it.
 *
 * @example
 * messages['value.date']('2019-02-30', '立案日期').en; // 'The date "2019-02-30" in column "立案日期" is not a valid calendar date. Write it as 2019-05-10 or 2019年5月10日.'
 * messages['row.subtotal']('合計')['zh-Hant']; // '「合計」列是合計列，已略過（合計由本工具計算）。無須處理。'
 */
export const messages = {
  /** Error: the file is not CSV or XLSX, damaged, encrypted or an old `.xls`; it is not used. */
  'file.unreadable': (reason: string): LocalizedText => ({
    'zh-Hant': `無法讀取此檔案（${reason}）。請另存為 UTF-8 編碼的 CSV 或 XLSX 後重新載入。`,
    'zh-Hans': `无法读取此文件（${reason}）。请另存为 UTF-8 编码的 CSV 或 XLSX 后重新载入。`,
    en: `The file cannot be read (${reason}). Save it as a UTF-8 CSV or an XLSX file and load it again.`,
  }),
  /** Error: neither the file name nor the headers tell the dataset; all its rows are skipped. */
  'file.unrecognized': (file: string): LocalizedText => ({
    'zh-Hant': `無法判斷「${file}」屬於哪一類資料，其所有列均未使用。請依資料類型命名檔案（如「行政訴訟.csv」），或使用標準欄位名稱。`,
    'zh-Hans': `无法判断“${file}”属于哪一类数据，其所有行均未使用。请按数据类型命名文件（如“行政诉讼.csv”），或使用标准列名。`,
    en: `Cannot tell which dataset "${file}" holds, so none of its rows were used. Name the file after its dataset (e.g. "litigation.csv") or use the standard column headers.`,
  }),
  /** Warning: no header row, or no data row under it. */
  'file.empty': (file: string): LocalizedText => ({
    'zh-Hant': `「${file}」沒有資料列。請確認匯出的是正確的工作表或檔案。`,
    'zh-Hans': `“${file}”没有数据行。请确认导出的是正确的工作表或文件。`,
    en: `"${file}" has no data rows. Check that the right sheet or file was exported.`,
  }),
  /** Error: a required column is missing; all rows of the file are skipped. */
  'column.missing': (column: string, alias: string, dataset: string): LocalizedText => ({
    'zh-Hant': `缺少必填欄位「${alias}」（${column}），此檔案的所有列均未使用。請在表頭加入此欄後重新載入。`,
    'zh-Hans': `缺少必填列“${toSimplified(alias)}”（${column}），此文件的所有行均未使用。请在表头加入此列后重新载入。`,
    en: `The required column "${column}" (${alias}) of ${dataset} is missing, so none of this file's rows were used. Add the column to the header row and load the file again.`,
  }),
  /** Warning: two headers name the same column; the first is used. */
  'column.duplicate': (header: string, column: string, first: string): LocalizedText => ({
    'zh-Hant': `欄位「${header}」與「${first}」同為 ${column}，僅使用第一欄。請刪除或改名重複的欄位。`,
    'zh-Hans': `列“${header}”与“${first}”同为 ${column}，仅使用第一列。请删除或改名重复的列。`,
    en: `Column "${header}" is another ${column} column after "${first}"; only the first is used. Delete or rename the duplicate column.`,
  }),
  /** Error: a required cell is blank; the row is skipped. */
  'value.required': (column: string): LocalizedText => ({
    'zh-Hant': `必填欄位「${column}」為空，此列未使用。請填寫後重新載入。`,
    'zh-Hans': `必填列“${column}”为空，此行未使用。请填写后重新载入。`,
    en: `The required column "${column}" is blank, so this row was not used. Fill it in and load the file again.`,
  }),
  /** A date that cannot be read or does not exist: an error in a required column (row skipped), else a warning (used blank). */
  'value.date': (raw: string, column: string): LocalizedText => ({
    'zh-Hant': `欄位「${column}」的日期「${raw}」無法識別或不存在。請寫成 2019-05-10 或 2019年5月10日。`,
    'zh-Hans': `列“${column}”的日期“${raw}”无法识别或不存在。请写成 2019-05-10 或 2019年5月10日。`,
    en: `The date "${raw}" in column "${column}" is not a valid calendar date. Write it as 2019-05-10 or 2019年5月10日.`,
  }),
  /** A flag that is not yes, no or not applicable: an error in a required column, else a warning. */
  'value.flag': (raw: string, column: string): LocalizedText => ({
    'zh-Hant': `欄位「${column}」的值「${raw}」不是「是／否／不適用」。請改填 是、否 或 不適用。`,
    'zh-Hans': `列“${column}”的值“${raw}”不是“是/否/不适用”。请改填 是、否 或 不适用。`,
    en: `The value "${raw}" in column "${column}" is not yes, no or not applicable. Write 是, 否 or 不適用.`,
  }),
  /** A number that cannot be read: an error in a required column, else a warning. */
  'value.number': (raw: string, column: string): LocalizedText => ({
    'zh-Hant': `欄位「${column}」的數值「${raw}」無法識別。請只填數字（可帶本欄的單位或 %）。`,
    'zh-Hans': `列“${column}”的数值“${raw}”无法识别。请只填数字（可带本列的单位或 %）。`,
    en: `The number "${raw}" in column "${column}" cannot be read. Write a plain number (the column's unit or % may follow).`,
  }),
  /** A value outside the column's allowed values: an error in a required column, else a warning. */
  'value.enum': (raw: string, column: string, allowed: readonly string[]): LocalizedText => ({
    'zh-Hant': `欄位「${column}」的值「${raw}」不在可選值之列。請改填其中之一：${allowed.join('、')}。`,
    'zh-Hans': `列“${column}”的值“${raw}”不在可选值之列。请改填其中之一：${allowed.join('、')}。`,
    en: `The value "${raw}" in column "${column}" is not one of the allowed values. Use one of: ${allowed.join(', ')}.`,
  }),
  /** An impossible figure (negative deaths, a score above 100, a year outside 1949–2100): an error in a required column, else a warning. */
  'value.range': (raw: string, column: string, range: string): LocalizedText => ({
    'zh-Hant': `欄位「${column}」的值「${raw}」超出合理範圍（${range}）。請核對後更正。`,
    'zh-Hans': `列“${column}”的值“${raw}”超出合理范围（${range}）。请核对后更正。`,
    en: `The value "${raw}" in column "${column}" is outside the plausible range (${range}). Check it and correct it.`,
  }),
  /** Notice: a sub-total row (`合計`) was skipped. */
  'row.subtotal': (raw: string): LocalizedText => ({
    'zh-Hant': `「${raw}」列是合計列，已略過（合計由本工具計算）。無須處理。`,
    'zh-Hans': `“${raw}”行是合计行，已跳过（合计由本工具计算）。无须处理。`,
    en: `The "${raw}" row is a sub-total and was skipped (fazhi computes totals itself). Nothing to do.`,
  }),
  /** Notice: a footer line was skipped. */
  'row.footer': (raw: string): LocalizedText => ({
    'zh-Hant': `「${raw}」是表尾說明列，已略過。無須處理。`,
    'zh-Hans': `“${raw}”是表尾说明行，已跳过。无须处理。`,
    en: `"${raw}" is a footer line and was skipped. Nothing to do.`,
  }),
  /** Notice: a title line above the header row was skipped. */
  'row.title': (raw: string): LocalizedText => ({
    'zh-Hant': `表頭上方的標題列「${raw}」已略過。無須處理。`,
    'zh-Hans': `表头上方的标题行“${raw}”已跳过。无须处理。`,
    en: `The title line "${raw}" above the header row was skipped. Nothing to do.`,
  }),
  /** Notice: a repeated header row inside the data was skipped. */
  'row.header': (raw: string): LocalizedText => ({
    'zh-Hant': `此列重複了表頭（「${raw}」），已略過。合併多個匯出檔時常見，無須處理。`,
    'zh-Hans': `此行重复了表头（“${raw}”），已跳过。合并多个导出文件时常见，无须处理。`,
    en: `This row repeats the header ("${raw}") and was skipped; this happens when exports are concatenated. Nothing to do.`,
  }),
  /** Error: the record's id already appeared; the later row is skipped. */
  'row.duplicate': (id: string, file: string, row: number): LocalizedText => ({
    'zh-Hant': `編號「${id}」已出現在「${file}」第 ${row} 列，此列未使用。請刪除重複的記錄或更正編號。`,
    'zh-Hans': `编号“${id}”已出现在“${file}”第 ${row} 行，此行未使用。请删除重复的记录或更正编号。`,
    en: `The id "${id}" already appears in "${file}" row ${row}, so this row was not used. Delete the duplicate record or correct its id.`,
  }),
  /** Warning: a unit not in the unit registry; counted under the name as written. */
  'unit.unknown': (raw: string): LocalizedText => ({
    'zh-Hant': `單位「${raw}」不在單位名錄（units.csv）中，仍按此名稱計算。請在名錄中加入此單位或其別名。`,
    'zh-Hans': `单位“${raw}”不在单位名录（units.csv）中，仍按此名称计算。请在名录中加入此单位或其别名。`,
    en: `The unit "${raw}" is not in the unit registry (units.csv); it is counted under this name. Add it, or an alias of it, to the registry.`,
  }),
  /** Warning: a blank unit cell; the row counts for the jurisdiction `*` only. */
  'unit.blank': (header: string): LocalizedText => ({
    'zh-Hant': `「${header}」欄為空：此行只計入全轄區（*），不計入任何單位。如屬某單位，請填寫單位名稱。`,
    'zh-Hans': `“${header}”列为空：此行只计入全辖区（*），不计入任何单位。如属某单位，请填写单位名称。`,
    en: `The column "${header}" is blank: this row counts for the whole jurisdiction (*) only, not for any unit. Fill in the unit if it belongs to one.`,
  }),
} as const;

/**
 * An issue code that has a message.
 *
 * @example
 * const code: MessageCode = 'value.flag';
 */
export type MessageCode = keyof typeof messages;
