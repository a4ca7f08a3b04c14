import type { Text } from './lang.ts';

/**
 * Words of the data-quality view: the per-file table, the overrides, the
 * issues table, its filters and the summary line.
 */
export const qualityMessages = {
  filesTitle: { 'zh-Hant': '檔案', 'zh-Hans': '文件', en: 'Files' },
  issuesTitle: { 'zh-Hant': '問題', 'zh-Hans': '问题', en: 'Issues' },
  summary: (files: string, rowsRead: string, rowsUsed: string, rowsSkipped: string, errors: string, warnings: string, notices: string): Text => ({
    'zh-Hant': `${files} 個檔案：讀取 ${rowsRead} 列 = 採用 ${rowsUsed} 列 + 略過 ${rowsSkipped} 列；錯誤 ${errors}、警告 ${warnings}、提示 ${notices}。`,
    'zh-Hans': `${files} 个文件：读取 ${rowsRead} 行 = 采用 ${rowsUsed} 行 + 略过 ${rowsSkipped} 行；错误 ${errors}、警告 ${warnings}、提示 ${notices}。`,
    en: `${files} files: ${rowsRead} rows read = ${rowsUsed} used + ${rowsSkipped} skipped; ${errors} errors, ${warnings} warnings, ${notices} notices.`,
  }),
  /** After the summary, when some used rows count in no year (FileReport.rowsUndated). */
  summaryUndated: (undated: string, rowsUsed: string): Text => ({
    'zh-Hant': `採用的 ${rowsUsed} 列中，有 ${undated} 列不計入任何年度：用來確定年度的日期都是空白或無法識別，所以這些列不在任何年度的指標中（見下表「其中無年度」及 file.undated-rows 警告）。`,
    'zh-Hans': `采用的 ${rowsUsed} 行中，有 ${undated} 行不计入任何年度：用来确定年度的日期都是空白或无法识别，所以这些行不在任何年度的指标中（见下表“其中无年度”及 file.undated-rows 警告）。`,
    en: `Of the ${rowsUsed} rows used, ${undated} count in no year: every date that gives them a year is blank or unreadable, so they are in no year's indicators (see "of which no year" below and the file.undated-rows warnings).`,
  }),
  noFiles: { 'zh-Hant': '尚未載入任何檔案。', 'zh-Hans': '尚未载入任何文件。', en: 'No file loaded yet.' },
  independent: {
    'zh-Hant': '每個檔案獨立讀取：一個檔案有錯誤，其他檔案照常使用。錯誤的列略過，不計入指標；警告的列採用，有問題的儲存格按空白處理——若一列用來確定年度的日期因此都沒有，它不計入任何年度；提示說明預期中的略過（合計列、表尾）。',
    'zh-Hans': '每个文件独立读取：一个文件有错误，其他文件照常使用。错误的行略过，不计入指标；警告的行采用，有问题的单元格按空白处理——若一行用来确定年度的日期因此都没有，它不计入任何年度；提示说明预期中的略过（合计行、表尾）。',
    en: "Each file is read on its own: errors in one file never stop the others. Rows with errors are skipped and left out of the indicators; rows with warnings are used, with the faulty cells read as blank — so a row left with no date that gives its year counts in no year; notices explain expected skips (sub-totals, footers).",
  },
  sampleNote: {
    'zh-Hant': '目前顯示的是示例資料。載入您自己的檔案後，這裡會列出每個檔案讀取的情況和發現的問題。',
    'zh-Hans': '当前显示的是示例数据。载入您自己的文件后，这里会列出每个文件读取的情况和发现的问题。',
    en: 'You are looking at the sample. Once you load your own files, this page shows how each was read and every problem found.',
  },
  // The file table's columns.
  file: { 'zh-Hant': '檔案', 'zh-Hans': '文件', en: 'File' },
  format: { 'zh-Hant': '格式', 'zh-Hans': '格式', en: 'Format' },
  encoding: { 'zh-Hant': '編碼', 'zh-Hans': '编码', en: 'Encoding' },
  dataset: { 'zh-Hant': '資料集', 'zh-Hans': '数据集', en: 'Dataset' },
  rowsRead: { 'zh-Hant': '讀取列數', 'zh-Hans': '读取行数', en: 'Rows read' },
  rowsUsed: { 'zh-Hant': '採用', 'zh-Hans': '采用', en: 'Used' },
  rowsSkipped: { 'zh-Hant': '略過', 'zh-Hans': '略过', en: 'Skipped' },
  rowsUndated: { 'zh-Hant': '其中無年度', 'zh-Hans': '其中无年度', en: 'Of which no year' },
  rowsUndatedHint: {
    'zh-Hant': '採用的列中，用來確定年度的日期都是空白或無法識別的列數：它們不計入任何年度的指標。',
    'zh-Hans': '采用的行中，用来确定年度的日期都是空白或无法识别的行数：它们不计入任何年度的指标。',
    en: 'Rows used whose every date that gives a year is blank or unreadable: they count in no year\'s indicators.',
  },
  // The overview when no indicator has a year to show, and why.
  overviewUndated: (undated: string): Text => ({
    'zh-Hant': `沒有可顯示的年度：您的檔案有 ${undated} 列雖被採用，卻不計入任何年度，因為用來確定年度的日期都是空白或無法識別，所以沒有任何年度的指標包含它們。「資料品質」列出了這些列（file.undated-rows）；請更正日期後重新載入。`,
    'zh-Hans': `没有可显示的年度：您的文件有 ${undated} 行虽被采用，却不计入任何年度，因为用来确定年度的日期都是空白或无法识别，所以没有任何年度的指标包含它们。“数据质量”列出了这些行（file.undated-rows）；请更正日期后重新载入。`,
    en: `No year to show: ${undated} rows of your files were used but count in no year, because every date that gives them a year is blank or unreadable, so no year's indicators include them. Data quality lists those rows (file.undated-rows); correct the dates and load the files again.`,
  }),
  overviewNoRows: {
    'zh-Hant': '沒有可顯示的資料：載入的檔案中沒有任何一列被採用。請在「資料品質」中查看每個檔案的問題。',
    'zh-Hans': '没有可显示的数据：载入的文件中没有任何一行被采用。请在“数据质量”中查看每个文件的问题。',
    en: 'No data to show: not one row of the files loaded could be used. See each file\'s issues in Data quality.',
  },
  overviewToQuality: { 'zh-Hant': '查看資料品質', 'zh-Hans': '查看数据质量', en: 'Open Data quality' },
  issueCounts: { 'zh-Hant': '錯誤 / 警告 / 提示', 'zh-Hans': '错误 / 警告 / 提示', en: 'Errors / warnings / notices' },
  actions: { 'zh-Hant': '操作', 'zh-Hans': '操作', en: 'Actions' },
  remove: { 'zh-Hant': '移除', 'zh-Hans': '移除', en: 'Remove' },
  removeLabel: (file: string): Text => ({ 'zh-Hant': `移除「${file}」`, 'zh-Hans': `移除“${file}”`, en: `Remove "${file}"` }),
  datasetOverrideLabel: (file: string): Text => ({ 'zh-Hant': `「${file}」的資料集`, 'zh-Hans': `“${file}”的数据集`, en: `Dataset of "${file}"` }),
  encodingOverrideLabel: (file: string): Text => ({ 'zh-Hant': `「${file}」的編碼`, 'zh-Hans': `“${file}”的编码`, en: `Encoding of "${file}"` }),
  datasetAutomatic: { 'zh-Hant': '資料集：自動識別', 'zh-Hans': '数据集：自动识别', en: 'Dataset: automatic' },
  encodingAutomatic: { 'zh-Hant': '編碼：自動識別', 'zh-Hans': '编码：自动识别', en: 'Encoding: automatic' },
  notRecognized: { 'zh-Hant': '未能識別', 'zh-Hans': '未能识别', en: 'Not recognised' },
  recognizedBy: {
    user: { 'zh-Hant': '由您指定', 'zh-Hans': '由您指定', en: 'set by you' },
    name: { 'zh-Hant': '依檔名識別', 'zh-Hans': '依文件名识别', en: 'recognised by file name' },
    headers: { 'zh-Hant': '依欄位標題識別', 'zh-Hans': '依列标题识别', en: 'recognised by column headers' },
  },
  /** The format column: what a file is by its bytes, in words of the page's language (`FileReport.format`). */
  formats: {
    csv: { 'zh-Hant': 'CSV', 'zh-Hans': 'CSV', en: 'CSV' },
    xlsx: { 'zh-Hant': 'XLSX', 'zh-Hans': 'XLSX', en: 'XLSX' },
    xls: { 'zh-Hant': '舊版 Excel（.xls）', 'zh-Hans': '旧版 Excel（.xls）', en: 'old Excel (.xls)' },
    zip: { 'zh-Hant': 'ZIP 壓縮檔', 'zh-Hans': 'ZIP 压缩包', en: 'ZIP archive' },
    archive: { 'zh-Hant': '壓縮檔', 'zh-Hans': '压缩包', en: 'compressed archive' },
    pdf: { 'zh-Hant': 'PDF 文件', 'zh-Hans': 'PDF 文档', en: 'PDF document' },
    image: { 'zh-Hant': '圖片', 'zh-Hans': '图片', en: 'image' },
    html: { 'zh-Hant': '網頁或 XML', 'zh-Hans': '网页或 XML', en: 'web page or XML' },
    binary: { 'zh-Hant': '非文字檔案', 'zh-Hans': '非文本文件', en: 'not a text file' },
  },
  // The drop-downs that map a header fazhi does not know to a column, under the file's row.
  unknownColumns: { 'zh-Hant': '無法識別的欄位（選擇它對應的欄位後重新讀取）：', 'zh-Hans': '无法识别的列（选择它对应的列后重新读取）：', en: 'Columns fazhi does not know (choose the column each holds to read the files again):' },
  columnMapLabel: (file: string, header: string): Text => ({
    'zh-Hant': `「${file}」中的欄位「${header}」對應到`,
    'zh-Hans': `“${file}”中的列“${header}”映射为`,
    en: `Read column "${header}" of "${file}" as`,
  }),
  columnNotUsed: { 'zh-Hant': '不使用（忽略此欄）', 'zh-Hans': '不使用（忽略此列）', en: 'not used (ignored)' },
  columnClosest: (label: string): Text => ({ 'zh-Hant': `${label} · 最接近`, 'zh-Hans': `${label} · 最接近`, en: `${label} · closest` }),
  columnsAbsent: { 'zh-Hant': '本檔案沒有的欄位', 'zh-Hans': '本文件没有的列', en: 'Columns this file lacks' },
  columnsPresent: { 'zh-Hant': '本檔案已有的欄位（重複的欄位不會使用）', 'zh-Hans': '本文件已有的列（重复的列不会使用）', en: 'Columns this file has (a repeated column is not used)' },
  // The column map as the quality view lists it.
  columnMapTitle: { 'zh-Hant': '欄位對應', 'zh-Hans': '列映射', en: 'Column mapping' },
  columnMapNote: {
    'zh-Hant': '以下表頭由您對應到欄位，指標依此計算。對應適用於該類資料中有此表頭的每個檔案，並與檔案一起保存在此瀏覽器中。',
    'zh-Hans': '以下表头由您映射到列，指标据此计算。映射适用于该类数据中有此表头的每个文件，并与文件一起保存在此浏览器中。',
    en: 'You mapped these headers to columns, and the indicators are computed with them. A mapping applies to every file of that dataset with the header, and is kept in this browser with your files.',
  },
  columnMapDataset: { 'zh-Hant': '資料集', 'zh-Hans': '数据集', en: 'Dataset' },
  columnMapHeader: { 'zh-Hant': '表頭', 'zh-Hans': '表头', en: 'Header' },
  columnMapColumn: { 'zh-Hant': '讀作欄位', 'zh-Hans': '读作列', en: 'Read as column' },
  columnMapFiles: { 'zh-Hant': '使用此對應的檔案', 'zh-Hans': '使用此映射的文件', en: 'Files it applied to' },
  columnMapNoFile: { 'zh-Hant': '目前沒有檔案使用（沒有此表頭，或已有同名欄位）', 'zh-Hans': '当前没有文件使用（没有此表头，或已有同名列）', en: 'none now (no file has this header, or the file already has that column)' },
  columnMapUndo: { 'zh-Hant': '取消對應', 'zh-Hans': '取消映射', en: 'Undo' },
  columnMapUndoLabel: (header: string, column: string): Text => ({
    'zh-Hant': `取消「${header}」→ ${column} 的對應並重新讀取`,
    'zh-Hans': `取消“${header}”→ ${column} 的映射并重新读取`,
    en: `Undo mapping "${header}" → ${column} and read the files again`,
  }),
  encodingBom: { 'zh-Hant': '（含 BOM）', 'zh-Hans': '（含 BOM）', en: ' (with BOM)' },
  sheet: (name: string): Text => ({ 'zh-Hant': `工作表「${name}」`, 'zh-Hans': `工作表“${name}”`, en: `sheet "${name}"` }),
  // The issues table's columns.
  severity: { 'zh-Hant': '嚴重程度', 'zh-Hans': '严重程度', en: 'Severity' },
  row: { 'zh-Hant': '列', 'zh-Hans': '行', en: 'Row' },
  column: { 'zh-Hant': '欄位', 'zh-Hans': '列', en: 'Column' },
  value: { 'zh-Hant': '原始值', 'zh-Hans': '原始值', en: 'Raw value' },
  message: { 'zh-Hant': '說明', 'zh-Hans': '说明', en: 'Message' },
  code: { 'zh-Hant': '代碼', 'zh-Hans': '代码', en: 'Code' },
  severities: {
    error: { 'zh-Hant': '錯誤', 'zh-Hans': '错误', en: 'Error' },
    warning: { 'zh-Hant': '警告', 'zh-Hans': '警告', en: 'Warning' },
    notice: { 'zh-Hant': '提示', 'zh-Hans': '提示', en: 'Notice' },
  },
  allSeverities: { 'zh-Hant': '全部程度', 'zh-Hans': '全部程度', en: 'All severities' },
  allFiles: { 'zh-Hant': '全部檔案', 'zh-Hans': '全部文件', en: 'All files' },
  filterSeverity: { 'zh-Hant': '程度', 'zh-Hans': '程度', en: 'Severity' },
  filterFile: { 'zh-Hant': '檔案', 'zh-Hans': '文件', en: 'File' },
  sortBy: (column: string): Text => ({ 'zh-Hant': `依「${column}」排序`, 'zh-Hans': `按“${column}”排序`, en: `Sort by ${column}` }),
  noIssues: { 'zh-Hant': '沒有發現問題。', 'zh-Hans': '没有发现问题。', en: 'No issues found.' },
  shown: (shown: string, total: string): Text => ({ 'zh-Hant': `顯示 ${shown} / ${total} 項`, 'zh-Hans': `显示 ${shown} / ${total} 项`, en: `Showing ${shown} of ${total}` }),
  showMore: (count: string): Text => ({ 'zh-Hant': `再顯示 ${count} 項`, 'zh-Hans': `再显示 ${count} 项`, en: `Show ${count} more` }),
} as const satisfies Record<string, Text | Record<string, Text> | ((...args: never[]) => Text)>;
