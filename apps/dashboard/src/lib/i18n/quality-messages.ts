import type { Text } from './lang.ts';

/**
 * Words of the data-quality view: the per-file table, the overrides, the
 * issues table, its filters and the summary line.
 */
export const qualityMessages = {
  filesTitle: { 'zh-Hant': '檔案', 'zh-Hans': '文件', en: 'Files' },
  issuesTitle: { 'zh-Hant': '問題', 'zh-Hans': '问题', en: 'Issues' },
  summary: (files: string, rowsUsed: string, rowsRead: string, errors: string, warnings: string, notices: string): Text => ({
    'zh-Hant': `${files} 個檔案，讀取 ${rowsRead} 列，採用 ${rowsUsed} 列；錯誤 ${errors}、警告 ${warnings}、提示 ${notices}。`,
    'zh-Hans': `${files} 个文件，读取 ${rowsRead} 行，采用 ${rowsUsed} 行；错误 ${errors}、警告 ${warnings}、提示 ${notices}。`,
    en: `${files} files, ${rowsRead} rows read, ${rowsUsed} used; ${errors} errors, ${warnings} warnings, ${notices} notices.`,
  }),
  noFiles: { 'zh-Hant': '尚未載入任何檔案。', 'zh-Hans': '尚未载入任何文件。', en: 'No file loaded yet.' },
  independent: {
    'zh-Hant': '每個檔案獨立讀取：一個檔案有錯誤，其他檔案照常使用。錯誤的列不計入指標；警告的列照常使用；提示說明預期中的略過（合計列、表尾）。',
    'zh-Hans': '每个文件独立读取：一个文件有错误，其他文件照常使用。错误的行不计入指标；警告的行照常使用；提示说明预期中的略过（合计行、表尾）。',
    en: 'Each file is read on its own: errors in one file never stop the others. Rows with errors are left out of the indicators; rows with warnings are used; notices explain expected skips (sub-totals, footers).',
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
