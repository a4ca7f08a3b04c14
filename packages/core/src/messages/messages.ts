import type { ByteKind } from '../io/sniff-bytes.ts';
import type { LocalizedText } from './localized-text.ts';
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
  /**
   * Error: the file is damaged, encrypted or otherwise unreadable; it is not used. The reason (a
   * parser's words, in English) is given in the English message only.
   */
  'file.unreadable': (reason: string): LocalizedText => ({
    'zh-Hant': `無法讀取此檔案（檔案可能已損壞或已加密）。請另存為 UTF-8 編碼的 CSV 或 XLSX 後重新載入。`,
    'zh-Hans': `无法读取此文件（文件可能已损坏或已加密）。请另存为 UTF-8 编码的 CSV 或 XLSX 后重新载入。`,
    en: `The file cannot be read (${reason}). Save it as a UTF-8 CSV or an XLSX file and load it again.`,
  }),
  /** Error: the bytes are another format (old .xls, PDF, image, archive, binary…), whatever the name; the file is not used. */
  'file.format': (kind: Exclude<ByteKind, 'text' | 'xlsx'>): LocalizedText => FORMATS[kind],
  /** Error: bytes that are not UTF-8 and read as neither GBK nor Big5; the file is not used. */
  'file.encoding': (offset: number): LocalizedText => ({
    'zh-Hant': `此檔案不是有效的 UTF-8（位元組位置 ${offset}），也無法按 GBK 或 Big5 讀取，因此未使用。請在 Excel 或 WPS 中另存為「CSV UTF-8」。`,
    'zh-Hans': `此文件不是有效的 UTF-8（字节位置 ${offset}），也无法按 GBK 或 Big5 读取，因此未使用。请在 Excel 或 WPS 中另存为“CSV UTF-8”。`,
    en: `The file is not valid UTF-8 (byte offset ${offset}) and does not read as GBK or Big5 either, so it was not used. Open it in Excel or WPS and save it as "CSV UTF-8".`,
  }),
  /** Warning: a UTF-8 file (with a BOM, or without one but read best as UTF-8) has invalid bytes; each affected cell has a `value.replacement` issue. */
  'file.invalid-utf8': (offset: number): LocalizedText => ({
    'zh-Hant': `此檔案以 UTF-8 讀取，但有無效的位元組（第一處在位元組位置 ${offset}）：這些位元組已從所在儲存格中移除，受影響的儲存格逐一列出。請檢查後另存為「CSV UTF-8」。`,
    'zh-Hans': `此文件按 UTF-8 读取，但有无效的字节（第一处在字节位置 ${offset}）：这些字节已从所在单元格中移除，受影响的单元格逐一列出。请检查后另存为“CSV UTF-8”。`,
    en: `This file was read as UTF-8 but holds invalid bytes (the first at byte offset ${offset}): they were removed from their cells, and each affected cell is listed. Check them, then save the file again as "CSV UTF-8".`,
  }),
  /** Error: a row has more cells than MAX_COLUMNS; the file is not used. */
  'file.wide-row': (row: number, column: number, limit: number): LocalizedText => ({
    'zh-Hant': `第 ${row} 列超過 ${n(limit)} 個儲存格（第 ${n(column)} 欄起），此檔案未使用。每類資料最多只有幾十欄：這不是正常匯出的表格，或多列被接成了一列。請在 Excel 或 WPS 中重新匯出為「CSV UTF-8」或 XLSX。`,
    'zh-Hans': `第 ${row} 行超过 ${n(limit)} 个单元格（第 ${n(column)} 列起），此文件未使用。每类数据最多只有几十列：这不是正常导出的表格，或多行被接成了一行。请在 Excel 或 WPS 中重新导出为“CSV UTF-8”或 XLSX。`,
    en: `Row ${row} has more than ${n(limit)} cells (from column ${n(column)} on), so this file was not used. No dataset has more than a few dozen columns: this is not a table export, or its lines were joined into one. Export the table again from Excel or WPS as "CSV UTF-8" or .xlsx.`,
  }),
  /**
   * Error: an XLSX file's ZIP entries declare more than MAX_XLSX_EXPANSION times its size (plus 32 MiB);
   * the file is not used, and nothing of that size was allocated.
   */
  'file.xlsx-size': (bytes: number, unpacked: number, expansion: number): LocalizedText => ({
    'zh-Hant': `此 XLSX 檔案只有 ${mb(bytes)}，內部卻聲稱解壓後有 ${mb(unpacked)}（超過檔案大小的 ${expansion} 倍），此檔案未使用。正常的工作簿解壓後約為檔案大小的 10 倍；這個檔案已損壞，或被刻意構造以耗盡記憶體。請在 Excel 或 WPS 中開啟後重新另存為 XLSX 或「CSV UTF-8」。`,
    'zh-Hans': `此 XLSX 文件只有 ${mb(bytes)}，内部却声称解压后有 ${mb(unpacked)}（超过文件大小的 ${expansion} 倍），此文件未使用。正常的工作簿解压后约为文件大小的 10 倍；这个文件已损坏，或被刻意构造以耗尽内存。请在 Excel 或 WPS 中打开后重新另存为 XLSX 或“CSV UTF-8”。`,
    en: `This XLSX file is ${mb(bytes)} but declares ${mb(unpacked)} once unpacked (more than ${expansion} times its size), so it was not used. A normal workbook unpacks to about 10 times its size: this one is damaged, or built to exhaust memory. Open it in Excel or WPS and save it again as .xlsx or "CSV UTF-8".`,
  }),
  /** Error: a cell is longer than MAX_CELL_LENGTH characters; the file is not used. */
  'file.long-cell': (row: number, column: number, limit: number): LocalizedText => ({
    'zh-Hant': `第 ${row} 列第 ${column} 欄（${letters(column)} 欄）的儲存格超過 ${n(limit)} 個字元，此檔案未使用。Excel 每個儲存格最多 32,767 個字元；更長的儲存格通常是其中的引號（"）沒有閉合。請檢查該儲存格後重新儲存。`,
    'zh-Hans': `第 ${row} 行第 ${column} 列（${letters(column)} 列）的单元格超过 ${n(limit)} 个字符，此文件未使用。Excel 每个单元格最多 32,767 个字符；更长的单元格通常是其中的引号（"）没有闭合。请检查该单元格后重新保存。`,
    en: `The cell in row ${row}, column ${column} (${letters(column)}) is longer than ${n(limit)} characters, so this file was not used. Excel holds at most 32,767 characters in a cell; a longer one usually means a quote (") in it was never closed. Check that cell, then save the file again.`,
  }),
  /** Error: a quote opened in a cell is never closed and takes line breaks (rows) with it, or runs past the cell limit; the file is not used. */
  'file.unclosed-quote': (row: number, column: number): LocalizedText => ({
    'zh-Hant': `第 ${row} 列第 ${column} 欄（${letters(column)} 欄）開頭的引號（"）沒有閉合：其後各列都會被讀成這一個儲存格，因此此檔案未使用。請補上或刪除該引號後重新載入。`,
    'zh-Hans': `第 ${row} 行第 ${column} 列（${letters(column)} 列）开头的引号（"）没有闭合：其后各行都会被读成这一个单元格，因此此文件未使用。请补上或删除该引号后重新载入。`,
    en: `The quote (") that opens the cell in row ${row}, column ${column} (${letters(column)}) is never closed: the rows after it would all be read as that one cell, so this file was not used. Close or delete that quote, then load the file again.`,
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
  /**
   * Warning, once per file: `count` of the `used` rows count in no year, since every date column that gives
   * a row its year (`columns`, as headed) is blank or unreadable there; `rows` are the first of them.
   */
  'file.undated-rows': (count: number, used: number, rows: readonly number[], columns: readonly string[]): LocalizedText => {
    const more = count - rows.length;
    return {
      'zh-Hant': `${n(count)} 列（已使用的 ${n(used)} 列中）的${columns.map((c) => `「${c}」`).join('、')}都是空白或無法識別，這些列不計入任何年度的指標（第 ${rows.join('、')} 列${more > 0 ? ` 等` : ''}）。請補上或更正其中一個日期後重新載入。`,
      'zh-Hans': `${n(count)} 行（已使用的 ${n(used)} 行中）的${columns.map((c) => `“${toSimplified(c)}”`).join('、')}都是空白或无法识别，这些行不计入任何年度的指标（第 ${rows.join('、')} 行${more > 0 ? ` 等` : ''}）。请补上或更正其中一个日期后重新载入。`,
      en: `${n(count)} of the ${n(used)} rows used have no readable ${columns.map((c) => `"${c}"`).join(', ')}, so they count in no year's indicators (row${rows.length === 1 ? '' : 's'} ${rows.join(', ')}${more > 0 ? ` and ${n(more)} more` : ''}). Fill in or correct one of these dates and load the file again.`,
    };
  },
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
  /**
   * Notice: a header no column of the file's dataset knows; the column is ignored. Names the closest
   * known column (by alias, in either script, and by shared characters) and whether the file has it.
   */
  'column.unknown': (header: string, column: number, closest: { column: string; alias: string; present: boolean } | null): LocalizedText => {
    if (closest === null) {
      return {
        'zh-Hant': `無法識別欄位「${header}」（${letters(column)} 欄），此欄已忽略。若此欄應被使用，請將表頭改為標準欄位名稱，或在載入時將其對應到某一欄。`,
        'zh-Hans': `无法识别列“${header}”（${letters(column)} 列），此列已忽略。若此列应被使用，请将表头改为标准列名，或在载入时将其映射到某一列。`,
        en: `Column "${header}" (${letters(column)}) is not a column fazhi knows, so it was ignored. If it should be used, rename its header to a standard one or map it to a column when loading.`,
      };
    }
    const { column: name, alias, present } = closest;
    return present
      ? {
          'zh-Hant': `無法識別欄位「${header}」（${letters(column)} 欄），此欄已忽略。最接近的已知欄位是「${alias}」（${name}），本檔案已有該欄。若此欄應被使用，請改用標準欄位名稱。`,
          'zh-Hans': `无法识别列“${header}”（${letters(column)} 列），此列已忽略。最接近的已知列是“${toSimplified(alias)}”（${name}），本文件已有该列。若此列应被使用，请改用标准列名。`,
          en: `Column "${header}" (${letters(column)}) is not a column fazhi knows, so it was ignored. The closest known column is "${name}" (${alias}), which this file already has. If this column should be used, give it a standard header.`,
        }
      : {
          'zh-Hant': `無法識別欄位「${header}」（${letters(column)} 欄），此欄已忽略。最接近的已知欄位是「${alias}」（${name}），本檔案沒有該欄。若兩者相同，請將表頭改為「${alias}」，或在載入時將此欄對應到 ${name}。`,
          'zh-Hans': `无法识别列“${header}”（${letters(column)} 列），此列已忽略。最接近的已知列是“${toSimplified(alias)}”（${name}），本文件没有该列。若两者相同，请将表头改为“${toSimplified(alias)}”，或在载入时将此列映射为 ${name}。`,
          en: `Column "${header}" (${letters(column)}) is not a column fazhi knows, so it was ignored. The closest known column is "${name}" (${alias}), which this file does not have. If they are the same, rename the header to "${alias}" or map this column to ${name} when loading.`,
        };
  },
  /**
   * Warning: an unknown header (ignored) whose closest known column is missing from the file and is
   * read by indicators, which are computed without it.
   */
  'column.unknown-needed': (header: string, column: number, name: string, alias: string, dataset: string, indicators: readonly LocalizedText[]): LocalizedText => ({
    'zh-Hant': `無法識別欄位「${header}」（${letters(column)} 欄），此欄已忽略。最接近的已知欄位是「${alias}」（${name}），本檔案沒有該欄，而指標${indicators.map((i) => `「${i['zh-Hant']}」`).join('、')}需要它：這些指標是在沒有此欄的情況下計算的。若兩者相同，請將表頭改為「${alias}」，或在載入時將此欄對應到 ${dataset} 的 ${name}。`,
    'zh-Hans': `无法识别列“${header}”（${letters(column)} 列），此列已忽略。最接近的已知列是“${toSimplified(alias)}”（${name}），本文件没有该列，而指标${indicators.map((i) => `“${i['zh-Hans']}”`).join('、')}需要它：这些指标是在没有此列的情况下计算的。若两者相同，请将表头改为“${toSimplified(alias)}”，或在载入时将此列映射为 ${dataset} 的 ${name}。`,
    en: `Column "${header}" (${letters(column)}) is not a column fazhi knows, so it was ignored. The closest known column, "${name}" (${alias}), is missing from this file, and ${indicators.map((i) => `"${i.en}"`).join(', ')} ${indicators.length === 1 ? 'reads' : 'read'} it: ${indicators.length === 1 ? 'that indicator was' : 'those indicators were'} computed without it. If they are the same, rename the header to "${alias}" or map this column to ${dataset} ${name} when loading.`,
  }),
  /** Warning: a column map names a dataset fazhi does not have; that part of the map is not used. */
  'column.map-dataset': (dataset: string, known: readonly string[]): LocalizedText => ({
    'zh-Hant': `欄位對應中的資料類型「${dataset}」不存在，這部分對應未使用。可用的資料類型：${known.join('、')}。`,
    'zh-Hans': `列映射中的数据类型“${dataset}”不存在，这部分映射未使用。可用的数据类型：${known.join('、')}。`,
    en: `The column map names the dataset "${dataset}", which does not exist, so that part of the map was not used. The datasets are: ${known.join(', ')}.`,
  }),
  /** Warning: a column map maps a header to a column its dataset does not have; that entry is not used. */
  'column.map-column': (dataset: string, header: string, column: string, known: readonly string[]): LocalizedText => ({
    'zh-Hant': `欄位對應「${header}」→「${column}」未使用：${dataset} 沒有 ${column} 欄。可用的欄位：${known.join('、')}。`,
    'zh-Hans': `列映射“${header}”→“${column}”未使用：${dataset} 没有 ${column} 列。可用的列：${known.join('、')}。`,
    en: `The column map entry "${header}" → "${column}" was not used: ${dataset} has no column "${column}". Its columns are: ${known.join(', ')}.`,
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
  /** Warning: control characters (NUL and the like) in a cell were removed; the value is shown escaped (`唯亭\u0000街道`). */
  'value.control': (escaped: string, cleaned: string, column: string): LocalizedText => ({
    'zh-Hant': `欄位「${column}」的儲存格「${escaped}」含有不可見的控制字元，已移除，按「${cleaned}」讀取。請在原檔案中刪除這些字元。`,
    'zh-Hans': `列“${column}”的单元格“${escaped}”含有不可见的控制字符，已移除，按“${cleaned}”读取。请在原文件中删除这些字符。`,
    en: `The cell "${escaped}" in column "${column}" holds invisible control characters; they were removed and the cell was read as "${cleaned}". Delete them in the source file.`,
  }),
  /** Warning: bytes invalid in the file's encoding (U+FFFD) in a cell were removed; the value is shown escaped (`唯\uFFFD亭街道`). */
  'value.replacement': (escaped: string, cleaned: string, column: string): LocalizedText => ({
    'zh-Hant': `欄位「${column}」的儲存格「${escaped}」含有不符合檔案編碼的位元組（顯示為 \\uFFFD），已移除，按「${cleaned}」讀取。請核對原檔案中的這個儲存格，並另存為「CSV UTF-8」。`,
    'zh-Hans': `列“${column}”的单元格“${escaped}”含有不符合文件编码的字节（显示为 \\uFFFD），已移除，按“${cleaned}”读取。请核对原文件中的这个单元格，并另存为“CSV UTF-8”。`,
    en: `The cell "${escaped}" in column "${column}" holds bytes that are not valid in the file's encoding (shown as \\uFFFD); they were removed and the cell was read as "${cleaned}". Check that cell in the source file and save it again as "CSV UTF-8".`,
  }),
  /** Warning: a blank unit cell; the row counts for the jurisdiction `*` only. */
  'unit.blank': (header: string): LocalizedText => ({
    'zh-Hant': `「${header}」欄為空：此行只計入全轄區（*），不計入任何單位。如屬某單位，請填寫單位名稱。`,
    'zh-Hans': `“${header}”列为空：此行只计入全辖区（*），不计入任何单位。如属某单位，请填写单位名称。`,
    en: `The column "${header}" is blank: this row counts for the whole jurisdiction (*) only, not for any unit. Fill in the unit if it belongs to one.`,
  }),
} as const;

/** What each format fazhi does not read is, and what to do with it. */
const FORMATS: Record<Exclude<ByteKind, 'text' | 'xlsx'>, LocalizedText> = {
  xls: format(
    ['舊版 Excel 97–2003 活頁簿（.xls），或設有密碼的活頁簿', '請在 Excel 或 WPS 中打開（如有密碼請先移除），另存為 .xlsx 或「CSV UTF-8」。'],
    ['旧版 Excel 97–2003 工作簿（.xls），或设有密码的工作簿', '请在 Excel 或 WPS 中打开（如有密码请先移除），另存为 .xlsx 或“CSV UTF-8”。'],
    ['an old Excel 97–2003 workbook (.xls), or a password-protected workbook', 'Open it in Excel or WPS (removing any password) and save it as .xlsx or "CSV UTF-8".'],
  ),
  zip: format(
    ['ZIP 壓縮檔（例如 .docx、.ods 或壓縮的資料夾）', '請先解壓縮，或打開後把表格另存為 .xlsx 或「CSV UTF-8」。'],
    ['ZIP 压缩包（例如 .docx、.ods 或压缩的文件夹）', '请先解压，或打开后把表格另存为 .xlsx 或“CSV UTF-8”。'],
    ['a ZIP archive but not an Excel workbook (a .docx, an .ods or a zipped folder, say)', 'Unzip it, or open it and save the table as .xlsx or "CSV UTF-8".'],
  ),
  archive: format(
    ['壓縮檔（gzip、7-Zip 或 RAR）', '請先解壓縮，再載入其中的檔案。'],
    ['压缩包（gzip、7-Zip 或 RAR）', '请先解压，再载入其中的文件。'],
    ['a compressed archive (gzip, 7-Zip or RAR)', 'Extract its files and load those.'],
  ),
  pdf: format(
    ['PDF 文件', '無法從 PDF 讀取表格：請從原系統匯出記錄，或把記錄錄入 Excel，另存為 .xlsx 或「CSV UTF-8」。'],
    ['PDF 文档', '无法从 PDF 读取表格：请从原系统导出记录，或把记录录入 Excel，另存为 .xlsx 或“CSV UTF-8”。'],
    ['a PDF document', 'A table cannot be read from a PDF: export the records from the source system, or enter them in Excel, and save as .xlsx or "CSV UTF-8".'],
  ),
  image: format(
    ['圖片', '無法從圖片讀取表格：請從原系統匯出記錄，或把記錄錄入 Excel，另存為 .xlsx 或「CSV UTF-8」。'],
    ['图片', '无法从图片读取表格：请从原系统导出记录，或把记录录入 Excel，另存为 .xlsx 或“CSV UTF-8”。'],
    ['an image', 'A table cannot be read from an image: export the records from the source system, or enter them in Excel, and save as .xlsx or "CSV UTF-8".'],
  ),
  html: format(
    ['網頁或 XML 檔案（有些系統以 .xls 名稱匯出這種檔案）', '請在 Excel 或 WPS 中打開，另存為 .xlsx 或「CSV UTF-8」。'],
    ['网页或 XML 文件（有些系统以 .xls 名称导出这种文件）', '请在 Excel 或 WPS 中打开，另存为 .xlsx 或“CSV UTF-8”。'],
    ['a web page or XML file (some systems export these under an .xls name)', 'Open it in Excel or WPS and save it as .xlsx or "CSV UTF-8".'],
  ),
  binary: format(
    ['非文字檔案（含有 NUL 等控制位元組）', '請把表格另存為 .xlsx 或「CSV UTF-8」；如果是 UTF-16 文字檔，請以 Excel 的「Unicode 文字」（帶位元組順序標記）儲存。'],
    ['非文本文件（含有 NUL 等控制字节）', '请把表格另存为 .xlsx 或“CSV UTF-8”；如果是 UTF-16 文本文件，请用 Excel 的“Unicode 文本”（带字节顺序标记）保存。'],
    ['not a text file (it holds NUL or other control bytes)', 'Save the table as .xlsx or "CSV UTF-8"; a UTF-16 text file needs its byte-order mark (Excel\'s "Unicode text" writes one).'],
  ),
};

function format(hant: [string, string], hans: [string, string], en: [string, string]): LocalizedText {
  return {
    'zh-Hant': `此檔案是${space(hant[0])}，不是 CSV 或 XLSX，因此未使用。${hant[1]}`,
    'zh-Hans': `此文件是${space(hans[0])}，不是 CSV 或 XLSX，因此未使用。${hans[1]}`,
    en: `This file is ${en[0]}, not CSV or XLSX, so it was not used. ${en[1]}`,
  };
}

/** A space before a Latin word that follows Chinese text: 此文件是 PDF 文档. */
function space(text: string): string {
  return /^[A-Za-z]/.test(text) ? ` ${text}` : text;
}

/** A count with thousands separators: 1,000. */
/** A size in bytes for people, in binary units as Windows shows them: "652 KB", "780.4 MB". */
function mb(bytes: number): string {
  if (bytes < 2 ** 20) return `${n(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / 2 ** 20).toFixed(1).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} MB`;
}

function n(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A column number as a spreadsheet's letters: 1 → A, 27 → AA. */
function letters(column: number): string {
  let out = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

/**
 * An issue code that has a message.
 *
 * @example
 * const code: MessageCode = 'value.flag';
 */
export type MessageCode = keyof typeof messages;
