import type { Text } from './lang.ts';

/**
 * Words of loading: the "load your own data" controls in the header, the
 * drop zone, the progress of a load, clearing the data kept in the browser.
 * Functions build the sentences that name a file or a count.
 */
export const loadMessages = {
  loadFiles: { 'zh-Hant': '選擇檔案…', 'zh-Hans': '选择文件…', en: 'Choose files…' },
  loadFilesHint: { 'zh-Hant': '選擇一個或多個 CSV / XLSX 檔案', 'zh-Hans': '选择一个或多个 CSV / XLSX 文件', en: 'Choose one or more CSV / XLSX files' },
  loadFolder: { 'zh-Hant': '選擇資料夾…', 'zh-Hans': '选择文件夹…', en: 'Choose a folder…' },
  loadFolderHint: { 'zh-Hant': '載入資料夾中所有 CSV / XLSX 檔案', 'zh-Hans': '载入文件夹中所有 CSV / XLSX 文件', en: 'Load every CSV / XLSX file of a folder' },
  dropHere: { 'zh-Hant': '或將檔案、資料夾拖放到此處', 'zh-Hans': '或将文件、文件夹拖放到此处', en: 'or drop files or a folder here' },
  dropOverlay: { 'zh-Hant': '放開以載入這些檔案（資料只在本機瀏覽器中處理）', 'zh-Hans': '松开以载入这些文件（数据只在本机浏览器中处理）', en: 'Drop to load these files (they never leave this browser)' },
  backToSample: { 'zh-Hant': '回到示例資料', 'zh-Hans': '回到示例数据', en: 'Back to the sample' },
  clearAllConfirm: {
    'zh-Hant': '刪除您在此瀏覽器中載入的所有檔案和考核方案，並回到示例資料？此操作無法復原。',
    'zh-Hans': '删除您在此浏览器中载入的所有文件和考核方案，并回到示例数据？此操作无法撤销。',
    en: 'Delete every file and scheme you loaded in this browser and go back to the sample? This cannot be undone.',
  },
  dismiss: { 'zh-Hant': '關閉', 'zh-Hans': '关闭', en: 'Dismiss' },
  refused: (names: readonly string[]): Text => ({
    'zh-Hant': `未載入${names.map((n) => `「${n}」`).join('、')}：只能載入 CSV 或 XLSX 檔案。請在 Excel 中「另存新檔」為 CSV 或 XLSX 後再載入。`,
    'zh-Hans': `未载入${names.map((n) => `“${n}”`).join('、')}：只能载入 CSV 或 XLSX 文件。请在 Excel 中“另存为” CSV 或 XLSX 后再载入。`,
    en: `Not loaded: ${names.map((n) => `"${n}"`).join(', ')} — only CSV or XLSX files can be loaded. Save them as CSV or XLSX (Excel: Save As) and load them again.`,
  }),
  noLoadableFiles: {
    'zh-Hant': '沒有找到 CSV 或 XLSX 檔案，資料未變更。',
    'zh-Hans': '没有找到 CSV 或 XLSX 文件，数据未变更。',
    en: 'No CSV or XLSX file found; the data shown is unchanged.',
  },
  readFailed: (name: string, reason: string): Text => ({
    'zh-Hant': `無法讀取「${name}」：${reason}`,
    'zh-Hans': `无法读取“${name}”：${reason}`,
    en: `Could not read "${name}": ${reason}`,
  }),
  notSaved: {
    'zh-Hant': '此瀏覽器不允許儲存資料（例如無痕模式或空間已滿）：資料照常顯示，但重新載入頁面後需要再次選擇檔案。',
    'zh-Hans': '此浏览器不允许保存数据（例如无痕模式或空间已满）：数据照常显示，但重新载入页面后需要再次选择文件。',
    en: 'This browser does not allow storing data (private mode, or storage full): your data is shown, but after a reload you will need to choose the files again.',
  },
  progressTitle: { 'zh-Hant': '正在載入檔案', 'zh-Hans': '正在载入文件', en: 'Loading files' },
  progressRows: (rows: string, total: string, percent: string): Text => ({
    'zh-Hant': `${rows} / ${total} 列（${percent}）`,
    'zh-Hans': `${rows} / ${total} 行（${percent}）`,
    en: `${rows} / ${total} rows (${percent})`,
  }),
  progressWaiting: { 'zh-Hant': '等待中…', 'zh-Hans': '等待中…', en: 'Waiting…' },
  progressReading: { 'zh-Hant': '讀取中…', 'zh-Hans': '读取中…', en: 'Reading…' },
  progressDone: { 'zh-Hant': '完成', 'zh-Hans': '完成', en: 'Done' },
  progressFiles: (done: number, total: number): Text => ({
    'zh-Hant': `已完成 ${done} / ${total} 個檔案`,
    'zh-Hans': `已完成 ${done} / ${total} 个文件`,
    en: `${done} of ${total} files done`,
  }),
  progressKeep: {
    'zh-Hant': '載入期間可繼續瀏覽目前的資料；取消後目前的資料保持不變。',
    'zh-Hans': '载入期间可继续浏览当前的数据；取消后当前的数据保持不变。',
    en: 'You can keep working with the data shown; cancelling leaves it unchanged.',
  },
  cancel: { 'zh-Hant': '取消載入', 'zh-Hans': '取消载入', en: 'Cancel loading' },
  conflictTitle: (count: number): Text => ({
    'zh-Hant': count === 1 ? '已有同名檔案' : `已有 ${count} 個同名檔案`,
    'zh-Hans': count === 1 ? '已有同名文件' : `已有 ${count} 个同名文件`,
    en: count === 1 ? 'A file of this name is loaded' : `${count} files of these names are loaded`,
  }),
  /** One line of the conflict question: a dropped file's name and the rows of the loaded file of that name ('?' when unknown). */
  conflictLoaded: (name: string, rows: string): Text => ({
    'zh-Hant': `「${name}」已載入（${rows} 列）`,
    'zh-Hans': `“${name}”已载入（${rows} 行）`,
    en: `"${name}" is loaded (${rows} rows)`,
  }),
  conflictQuestion: {
    'zh-Hant': '要以新檔取代已載入的檔案，還是兩者都保留（新檔以編號名稱載入，記錄合併計算，兩檔都有的案件列為重複）？所選做法適用於這次載入的所有同名檔案。',
    'zh-Hans': '要以新文件替换已载入的文件，还是两者都保留（新文件以编号名称载入，记录合并计算，两个文件都有的案件列为重复）？所选做法适用于这次载入的所有同名文件。',
    en: 'Replace the loaded file by the new one, or keep both (the new one is loaded under a numbered name, their records are counted together, and a case in both is listed as a duplicate)? The choice applies to every file of this name in this drop.',
  },
  conflictReplace: { 'zh-Hant': '取代', 'zh-Hans': '替换', en: 'Replace' },
  conflictAddBoth: { 'zh-Hant': '兩者都保留', 'zh-Hans': '两者都保留', en: 'Keep both' },
  conflictCancel: { 'zh-Hant': '取消，不載入', 'zh-Hans': '取消，不载入', en: 'Cancel, load nothing' },
  dropCancelled: {
    'zh-Hant': '未載入任何檔案，資料未變更。',
    'zh-Hans': '未载入任何文件，数据未变更。',
    en: 'Nothing was loaded; the data shown is unchanged.',
  },
  /** A loaded file replaced by a dropped one of the same name, with both row counts ('?' when unknown). */
  replaced: (name: string, before: string, after: string): Text => ({
    'zh-Hant': `已以新檔取代「${name}」：原檔 ${before} 列，新檔 ${after} 列。`,
    'zh-Hans': `已以新文件替换“${name}”：原文件 ${before} 行，新文件 ${after} 行。`,
    en: `"${name}" was replaced by the new file: ${before} rows before, ${after} rows now.`,
  }),
  /** A dropped file loaded beside the loaded file of its name, under a numbered name. */
  addedBoth: (name: string, as: string, before: string, after: string): Text => ({
    'zh-Hant': `「${name}」（${before} 列）保留；新檔以「${as}」載入（${after} 列），兩者的記錄合併計算。`,
    'zh-Hans': `“${name}”（${before} 行）保留；新文件以“${as}”载入（${after} 行），两者的记录合并计算。`,
    en: `"${name}" (${before} rows) is kept; the new file is loaded as "${as}" (${after} rows), and their records are counted together.`,
  }),
} as const satisfies Record<string, Text | ((...args: never[]) => Text)>;
