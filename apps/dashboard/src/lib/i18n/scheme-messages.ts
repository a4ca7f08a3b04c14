import type { Text } from './lang.ts';
import type { EditableFieldName } from '../scheme/editable-fields.ts';

const t = (hant: string, hans: string, en: string): Text => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

/** Words of the scheme view: the scheme in use, loading and downloading a scheme file, the editor and its live checks. */
export const schemeMessages = {
  inUse: t('使用中的考核方案', '使用中的考核方案', 'Scheme in use'),
  file: t('檔案', '文件', 'File'),
  id: t('代碼', '代码', 'Id'),
  version: t('版本', '版本', 'Version'),
  hash: t('內容雜湊', '内容哈希', 'Content hash'),
  method: t('計分方法', '计分方法', 'Method'),
  methods: {
    points: t('百分制（分值相加）', '百分制（分值相加）', 'points (added up)'),
    index: t('指數（加權平均）', '指数（加权平均）', 'index (weighted mean)'),
  },
  example: t('示例方案，非官方', '示例方案，非官方', 'an example, not an official scheme'),
  edited: t('已修改（修改會保存在本瀏覽器中）', '已修改（修改会保存在本浏览器中）', 'edited (the edits are kept in this browser)'),
  loadFile: t('載入方案檔（YAML 或 JSON）', '载入方案文件（YAML 或 JSON）', 'Load a scheme file (YAML or JSON)'),
  useExample: t('改用示例方案', '改用示例方案', 'Use the example scheme'),
  download: t('下載修改後的方案', '下载修改后的方案', 'Download the edited scheme'),
  downloadUnedited: t('下載方案', '下载方案', 'Download the scheme'),
  fileRejected: (name: string): Text => t(
    `方案檔「${name}」有錯誤，未採用；仍使用原方案。`, `方案文件“${name}”有错误，未采用；仍使用原方案。`, `The scheme file "${name}" has errors and was not used; the previous scheme stays in use.`),
  fileUnreadable: (name: string, reason: string): Text => t(`無法讀取「${name}」：${reason}`, `无法读取“${name}”：${reason}`, `Cannot read "${name}": ${reason}`),
  at: (line: number, column: number | undefined): Text => column === undefined
    ? t(`第 ${line} 行`, `第 ${line} 行`, `line ${line}`)
    : t(`第 ${line} 行第 ${column} 列`, `第 ${line} 行第 ${column} 列`, `line ${line}, column ${column}`),
  editErrors: t('修改後的方案有錯誤，評分已暫停，改正後立即恢復：', '修改后的方案有错误，评分已暂停，改正后立即恢复：', 'The edited scheme has errors; scoring is paused until they are fixed:'),
  warnings: t('提示', '提示', 'Warnings'),
  editor: t('編輯分值、權重與目標', '编辑分值、权重与目标', 'Edit points, weights and targets'),
  editorHint: t(
    '修改後，總分與排名即時更新；空白的選填欄位使用預設值。', '修改后，总分与排名即时更新；空白的选填栏位使用默认值。',
    'Totals and ranks update as you type; an optional field left empty takes its default.'),
  total: t('方案總分', '方案总分', 'Scheme total'),
  totalDefault: t('（未設定：各維度分值之和）', '（未设定：各维度分值之和）', '(not set: the sum of the dimensions)'),
  dimensionsSum: t('各維度分值合計', '各维度分值合计', 'Dimensions add up to'),
  itemsSum: t('各項分值合計', '各项分值合计', 'Items add up to'),
  sumMatches: t('相符', '相符', 'matches'),
  sumDiffers: t('不相符', '不相符', 'does not match'),
  dimension: t('維度', '维度', 'Dimension'),
  /** A dimension named where a finding is (the editor's place of an error). */
  dimensionNamed: (name: string): Text => t(`維度「${name}」`, `维度“${name}”`, `Dimension "${name}"`),
  /** An item named where a finding is. */
  itemNamed: (name: string): Text => t(`指標項「${name}」`, `指标项“${name}”`, `Item "${name}"`),
  /** Before the path of a finding, in small print. */
  pathInFile: t('方案檔中的位置', '方案文件中的位置', 'in the file at'),
  /** Between a finding's place and its sentence. */
  placeSeparator: t('：', '：', ': '),
  /** Next to the field whose edit caused an error shown elsewhere too. */
  causedByEdit: t('這次修改造成：', '这次修改造成：', 'This edit caused:'),
  item: t('指標項', '指标项', 'Item'),
  indicator: t('指標', '指标', 'Indicator'),
  rule: t('計分規則', '计分规则', 'Rule'),
  values: t('數值', '数值', 'Values'),
  ruleTypes: {
    goalposts: t('前沿距離', '前沿距离', 'goalposts'),
    target: t('目標值', '目标值', 'target'),
    bands: t('分檔', '分档', 'bands'),
    deduct: t('扣分', '扣分', 'deduction'),
    shortfall: t('差距扣分', '差距扣分', 'shortfall'),
    bonus: t('加分', '加分', 'bonus'),
    relative: t('相對比較', '相对比较', 'relative'),
  },
  fields: {
    total: t('總分', '总分', 'Total'),
    points: t('分值', '分值', 'Points'),
    weight: t('權重', '权重', 'Weight'),
    target: t('目標', '目标', 'Target'),
    floor: t('零分線', '零分线', 'Floor'),
    worst: t('最差值', '最差值', 'Worst'),
    per: t('每次', '每次', 'Per event'),
    step: t('每檔差距', '每档差距', 'Step'),
    cap: t('上限', '上限', 'Cap'),
  } satisfies Record<EditableFieldName, Text>,
  optional: t('選填', '选填', 'optional'),
  defaultValue: t('預設', '默认', 'default'),
  bandsNotEdited: t('分檔閾值請在方案檔中修改', '分档阈值请在方案文件中修改', 'edit band thresholds in the scheme file'),
  preview: (year: number): Text => t(`${year} 年排名前五（即時）`, `${year} 年排名前五（实时）`, `Top 5 of ${year} (live)`),
  previewPaused: t('方案有錯誤，評分已暫停。', '方案有错误，评分已暂停。', 'The scheme has errors; scoring is paused.'),
  previewNone: t('沒有單位參與排名。', '没有单位参与排名。', 'No unit is ranked.'),
  rank: t('名次', '名次', 'Rank'),
  unit: t('單位', '单位', 'Unit'),
  score: t('總分', '总分', 'Total'),
  fullRanking: t('查看完整排名', '查看完整排名', 'See the full ranking'),
} as const;
