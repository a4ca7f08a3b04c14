import type { AreaId, ThinYear } from '@fazhi/charts';
import { DATASET_SCHEMAS, type FileReport, type Lang, type LocalizedText, type Severity } from '@fazhi/core';
import { DUCKDB_NODE_API_VERSION } from './engine/import-duckdb.ts';
import type { ReportChartKind } from './report/report-model.ts';

/**
 * Every sentence the `fazhi` command prints itself, in 繁體中文, 简体中文 and
 * English, as functions of their parameters. The voice is the core's: what is
 * wrong, then what to do. Issue messages come from the core already localised.
 *
 * @example
 * messages.dataMissing('fixtures/x').en; // 'cannot find the data folder "fixtures/x": check the path given to --data'
 */
export const messages = {
  noCommand: (): LocalizedText => ({
    'zh-Hant': '缺少命令：請使用 fazhi validate、fazhi indicators、fazhi score 或 fazhi scheme check（fazhi --help 查看說明）',
    'zh-Hans': '缺少命令：请使用 fazhi validate、fazhi indicators、fazhi score 或 fazhi scheme check（fazhi --help 查看说明）',
    en: 'missing command: use fazhi validate, fazhi indicators, fazhi score or fazhi scheme check (fazhi --help for usage)',
  }),
  unknownCommand: (command: string): LocalizedText => ({
    'zh-Hant': `未知的命令「${command}」：請使用 validate、indicators、score 或 scheme（fazhi --help 查看說明）`,
    'zh-Hans': `未知的命令“${command}”：请使用 validate、indicators、score 或 scheme（fazhi --help 查看说明）`,
    en: `unknown command "${command}": use validate, indicators, score or scheme (fazhi --help for usage)`,
  }),
  unknownOption: (option: string, command: string): LocalizedText => ({
    'zh-Hant': `未知的選項「${option}」（fazhi ${command} --help 查看可用選項）`,
    'zh-Hans': `未知的选项“${option}”（fazhi ${command} --help 查看可用选项）`,
    en: `unknown option "${option}" (fazhi ${command} --help lists the options)`,
  }),
  missingOptionValue: (option: string, command: string): LocalizedText => ({
    'zh-Hant': `選項 ${option} 缺少值（fazhi ${command} --help 查看說明）`,
    'zh-Hans': `选项 ${option} 缺少值（fazhi ${command} --help 查看说明）`,
    en: `option ${option} needs a value (fazhi ${command} --help for usage)`,
  }),
  optionTakesNoValue: (option: string, command: string): LocalizedText => ({
    'zh-Hant': `選項 ${option} 不接受值（fazhi ${command} --help 查看說明）`,
    'zh-Hans': `选项 ${option} 不接受值（fazhi ${command} --help 查看说明）`,
    en: `option ${option} takes no value (fazhi ${command} --help for usage)`,
  }),
  unexpectedArgument: (argument: string, command: string): LocalizedText => ({
    'zh-Hant': `多餘的參數「${argument}」：資料夾請用 --data 指定（fazhi ${command} --help 查看說明）`,
    'zh-Hans': `多余的参数“${argument}”：数据文件夹请用 --data 指定（fazhi ${command} --help 查看说明）`,
    en: `unexpected argument "${argument}": give the data folder with --data (fazhi ${command} --help for usage)`,
  }),
  badArguments: (detail: string, command: string): LocalizedText => ({
    'zh-Hant': `無法解讀命令列：${detail}（fazhi ${command} --help 查看說明）`,
    'zh-Hans': `无法解读命令行：${detail}（fazhi ${command} --help 查看说明）`,
    en: `cannot read the command line: ${detail} (fazhi ${command} --help for usage)`,
  }),
  missingData: (command: string): LocalizedText => ({
    'zh-Hant': `缺少 --data：請指定存放 CSV/XLSX 檔案的資料夾，例如 fazhi ${command} --data fixtures/sip-2019`,
    'zh-Hans': `缺少 --data：请指定存放 CSV/XLSX 文件的文件夹，例如 fazhi ${command} --data fixtures/sip-2019`,
    en: `missing --data: give the folder that holds the CSV/XLSX files, e.g. fazhi ${command} --data fixtures/sip-2019`,
  }),
  badFormat: (value: string, allowed: readonly string[]): LocalizedText => ({
    'zh-Hant': `無效的 --format「${value}」：可用 ${allowed.join('、')}`,
    'zh-Hans': `无效的 --format“${value}”：可用 ${allowed.join('、')}`,
    en: `invalid --format "${value}": use ${allowed.join(', ')}`,
  }),
  badMap: (value: string): LocalizedText => ({
    'zh-Hant': `無效的 --map「${value}」：請寫成 資料集:表頭=欄位，例如 --map 'enforcement_reviews:基本要求=basic_pass'`,
    'zh-Hans': `无效的 --map“${value}”：请写成 数据集:表头=列名，例如 --map 'enforcement_reviews:基本要求=basic_pass'`,
    en: `invalid --map "${value}": write it as DATASET:HEADER=COLUMN, e.g. --map 'enforcement_reviews:passed=basic_pass'`,
  }),
  mapFileUnreadable: (file: string, reason: string): LocalizedText => ({
    'zh-Hant': `無法讀取欄位對應檔案「${file}」（${reason}）：請檢查 --map-file 的路徑`,
    'zh-Hans': `无法读取列映射文件“${file}”（${reason}）：请检查 --map-file 的路径`,
    en: `cannot read the column map file "${file}" (${reason}): check the path given to --map-file`,
  }),
  mapFileInvalid: (file: string, reason: string): LocalizedText => ({
    'zh-Hant': `欄位對應檔案「${file}」格式不正確（${reason}）：應為 JSON 或 YAML，每個資料集下列出「表頭: 欄位」，例如 {"enforcement_reviews": {"基本要求": "basic_pass"}}`,
    'zh-Hans': `列映射文件“${file}”格式不正确（${reason}）：应为 JSON 或 YAML，每个数据集下列出“表头: 列名”，例如 {"enforcement_reviews": {"基本要求": "basic_pass"}}`,
    en: `the column map file "${file}" is not valid (${reason}): it should be JSON or YAML with "HEADER: COLUMN" entries under each dataset, e.g. {"enforcement_reviews": {"passed": "basic_pass"}}`,
  }),
  mappedColumns: (pairs: readonly { header: string; column: string }[]): LocalizedText => ({
    'zh-Hant': `對應欄位：${pairs.map((p) => `${p.header} → ${p.column}`).join('、')}`,
    'zh-Hans': `映射列：${pairs.map((p) => `${p.header} → ${p.column}`).join('、')}`,
    en: `mapped columns: ${pairs.map((p) => `${p.header} → ${p.column}`).join(', ')}`,
  }),
  badYear: (value: string): LocalizedText => ({
    'zh-Hant': `無效的 --year「${value}」：請給出四位數年份，例如 --year 2019`,
    'zh-Hans': `无效的 --year“${value}”：请给出四位数年份，例如 --year 2019`,
    en: `invalid --year "${value}": give a four-digit year, e.g. --year 2019`,
  }),
  badLang: (value: string): LocalizedText => ({
    'zh-Hant': `無效的 --lang「${value}」：可用 zh-Hant、zh-Hans、en`,
    'zh-Hans': `无效的 --lang“${value}”：可用 zh-Hant、zh-Hans、en`,
    en: `invalid --lang "${value}": use zh-Hant, zh-Hans or en`,
  }),
  badIndicatorOption: (arg: string, known: readonly string[]): LocalizedText => ({
    'zh-Hant': `無效的 --option「${arg}」：請寫成 名稱=值，可用（括號內為預設值）：${known.join('、')}`,
    'zh-Hans': `无效的 --option“${arg}”：请写成 名称=值，可用（括号内为默认值）：${known.join('、')}`,
    en: `invalid --option "${arg}": write NAME=VALUE with one of (defaults shown): ${known.join(', ')}`,
  }),
  badIndicatorOptionValue: (name: string, value: string, known: readonly string[]): LocalizedText => ({
    'zh-Hant': `--option ${name} 的值「${value}」無效：天數須為 ≥ 0 的數字，分數須為數字，開關為 true 或 false（可用：${known.join('、')}）`,
    'zh-Hans': `--option ${name} 的值“${value}”无效：天数须为 ≥ 0 的数字，分数须为数字，开关为 true 或 false（可用：${known.join('、')}）`,
    en: `invalid value "${value}" for --option ${name}: day limits are numbers ≥ 0, scores numbers, switches true or false (options: ${known.join(', ')})`,
  }),
  dataMissing: (path: string): LocalizedText => ({
    'zh-Hant': `找不到資料夾「${path}」：請檢查 --data 給出的路徑`,
    'zh-Hans': `找不到文件夹“${path}”：请检查 --data 给出的路径`,
    en: `cannot find the data folder "${path}": check the path given to --data`,
  }),
  dataNotDirectory: (path: string): LocalizedText => ({
    'zh-Hant': `「${path}」不是資料夾：--data 要指定存放資料檔案的資料夾，而不是單個檔案`,
    'zh-Hans': `“${path}”不是文件夹：--data 要指定存放数据文件的文件夹，而不是单个文件`,
    en: `"${path}" is not a folder: --data takes the folder that holds the data files, not a single file`,
  }),
  dataUnreadable: (path: string, reason: string): LocalizedText => ({
    'zh-Hant': `無法讀取資料夾「${path}」（${reason}）：請檢查權限`,
    'zh-Hans': `无法读取文件夹“${path}”（${reason}）：请检查权限`,
    en: `cannot read the data folder "${path}" (${reason}): check its permissions`,
  }),
  dataNoFiles: (path: string): LocalizedText => ({
    'zh-Hant': `資料夾「${path}」中沒有 .csv、.tsv 或 .xlsx 檔案：請把資料檔案放進這個資料夾`,
    'zh-Hans': `文件夹“${path}”中没有 .csv、.tsv 或 .xlsx 文件：请把数据文件放进这个文件夹`,
    en: `no .csv, .tsv or .xlsx files in "${path}": put the data files in this folder`,
  }),
  fileIgnored: (name: string): LocalizedText => ({
    'zh-Hant': `略過「${name}」：只讀取 .csv、.tsv 和 .xlsx 檔案（.xls 請另存為 .xlsx）`,
    'zh-Hans': `跳过“${name}”：只读取 .csv、.tsv 和 .xlsx 文件（.xls 请另存为 .xlsx）`,
    en: `ignoring "${name}": only .csv, .tsv and .xlsx files are read (save .xls as .xlsx)`,
  }),
  fileUnreadable: (name: string, reason: string): LocalizedText => ({
    'zh-Hant': `無法讀取檔案「${name}」（${reason}）：已略過，請檢查權限`,
    'zh-Hans': `无法读取文件“${name}”（${reason}）：已跳过，请检查权限`,
    en: `cannot read the file "${name}" (${reason}): skipped it, check its permissions`,
  }),
  loading: (done: number, total: number, file: string): LocalizedText => ({
    'zh-Hant': `載入中 ${done}/${total}：${file}`,
    'zh-Hans': `加载中 ${done}/${total}：${file}`,
    en: `loading ${done}/${total}: ${file}`,
  }),
  loadFailed: (reason: string): LocalizedText => ({
    'zh-Hant': `載入資料時發生內部錯誤（${reason}）：請回報此問題並附上資料檔案`,
    'zh-Hans': `加载数据时发生内部错误（${reason}）：请报告此问题并附上数据文件`,
    en: `internal error while loading the data (${reason}): please report it with the data files`,
  }),
  nothingComputed: (path: string): LocalizedText => ({
    'zh-Hant': `無法從「${path}」計算任何指標：沒有可用的紀錄，請先執行 fazhi validate --data ${path} 查看問題`,
    'zh-Hans': `无法从“${path}”计算任何指标：没有可用的记录，请先运行 fazhi validate --data ${path} 查看问题`,
    en: `no indicator could be computed from "${path}": no usable records; run fazhi validate --data ${path} to see why`,
  }),
  noRowsForYears: (years: readonly number[], available: readonly number[]): LocalizedText => ({
    'zh-Hant': `${years.join('、')} 年沒有任何指標：資料中的年份為 ${available.join('、') || '（無）'}`,
    'zh-Hans': `${years.join('、')} 年没有任何指标：数据中的年份为 ${available.join('、') || '（无）'}`,
    en: `no indicator for ${years.join(', ')}: the data covers ${available.join(', ') || '(none)'}`,
  }),
  strictFailed: (errors: number): LocalizedText => ({
    'zh-Hant': `--strict：輸入中有 ${errors} 個錯誤，以狀態 1 結束（結果已照常輸出）`,
    'zh-Hans': `--strict：输入中有 ${errors} 个错误，以状态 1 结束（结果已照常输出）`,
    en: `--strict: ${errors} error(s) in the input, exiting with status 1 (the results were still printed)`,
  }),
  issueTotals: (errors: number, warnings: number, notices: number, files: number): LocalizedText => ({
    'zh-Hant': `${files} 個檔案：${errors} 個錯誤、${warnings} 個警告、${notices} 個提示`,
    'zh-Hans': `${files} 个文件：${errors} 个错误、${warnings} 个警告、${notices} 个提示`,
    en: `${files} file(s): ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`,
  }),
  severity: (severity: Severity): LocalizedText =>
    ({
      error: { 'zh-Hant': '錯誤', 'zh-Hans': '错误', en: 'error' },
      warning: { 'zh-Hant': '警告', 'zh-Hans': '警告', en: 'warning' },
      notice: { 'zh-Hant': '提示', 'zh-Hans': '提示', en: 'notice' },
    })[severity],
  unrecognized: (): LocalizedText => ({ 'zh-Hant': '（未識別）', 'zh-Hans': '（未识别）', en: '(unrecognised)' }),
  fileSummaryHeaders: (): Record<Lang, readonly string[]> => ({
    'zh-Hant': ['檔案', '資料集', '格式／編碼', '讀取', '使用', '略過'],
    'zh-Hans': ['文件', '数据集', '格式/编码', '读取', '使用', '跳过'],
    en: ['file', 'dataset', 'format', 'read', 'used', 'skipped'],
  }),
  /** The file summary's last column when some file has rows that count in no year (FileReport.rowsUndated). */
  undatedHeader: (): LocalizedText => ({ 'zh-Hant': '其中無年度', 'zh-Hans': '其中无年度', en: 'of which no year' }),
  /** A format fazhi does not read, as the file summary names it. */
  refusedFormat: (format: Exclude<FileReport['format'], 'csv' | 'xlsx'>): LocalizedText =>
    ({
      xls: { 'zh-Hant': '舊版 Excel（.xls）', 'zh-Hans': '旧版 Excel（.xls）', en: 'old Excel (.xls)' },
      zip: { 'zh-Hant': 'ZIP 壓縮檔', 'zh-Hans': 'ZIP 压缩包', en: 'ZIP archive' },
      archive: { 'zh-Hant': '壓縮檔', 'zh-Hans': '压缩包', en: 'archive' },
      pdf: { 'zh-Hant': 'PDF', 'zh-Hans': 'PDF', en: 'PDF' },
      image: { 'zh-Hant': '圖片', 'zh-Hans': '图片', en: 'image' },
      html: { 'zh-Hant': '網頁', 'zh-Hans': '网页', en: 'web page' },
      binary: { 'zh-Hant': '非文字檔', 'zh-Hans': '非文本文件', en: 'not text' },
    })[format],
  indicatorTableHeaders: (): Record<Lang, readonly string[]> => ({
    'zh-Hant': ['指標', '單位', '年度', '值', '分子', '分母'],
    'zh-Hans': ['指标', '单位', '年度', '值', '分子', '分母'],
    en: ['indicator', 'unit', 'year', 'value', 'numerator', 'denominator'],
  }),
  jurisdiction: (): LocalizedText => ({ 'zh-Hant': '全區', 'zh-Hans': '全区', en: 'all units' }),
  mainHelp: (version: string): LocalizedText => ({
    'zh-Hant': `fazhi ${version}：把法治政府建設的紀錄（CSV/XLSX）算成年度考核指標

用法：
  fazhi validate   --data 資料夾 [--format text|json] [--lang 語言]
  fazhi indicators --data 資料夾 [--format json|csv|table] [--year 年份] [--option 名稱=值] [--engine js|duckdb] [--strict] [--lang 語言]
  fazhi score      --data 資料夾 --scheme 方案檔案 [--year 年份] [--unit 單位] [--format table|json|csv] [--explain] [--lang 語言]
  fazhi report     --data 資料夾 --scheme 方案檔案 --out 輸出資料夾 [--years 年份,年份] [--pdf] [--lang 語言]
  fazhi scheme check 方案檔案 [--format text|json] [--lang 語言]
  fazhi sql        [--dialect duckdb] [--option 名稱=值] [--year 年份]
  fazhi evidence   --data 資料夾 --indicator 指標 --unit 單位 --year 年份 [--format table|json|csv] [--lang 語言]
  fazhi <命令> --help    查看命令說明
  fazhi --version        顯示版本

命令：
  validate     檢查資料：列出每個問題（檔案、行、欄、原始值、代碼、說明）和每個檔案的讀取統計
  indicators   計算 INDICATORS.md 中的全部指標（各單位 × 年度，以及全區「*」）
  score        按考核方案為各單位計分：總分、排名、與上年比較及每項得分的說明
  report       生成年度報告：HTML（內嵌圖表）、SVG/PNG 圖表、results.json/csv，加 --pdf 另出 PDF
  scheme check 檢查考核方案檔案：語法、結構（scheme.schema.json）與含義，錯誤指明節點路徑
  sql          把全部指標輸出為 SQL 視圖（DuckDB），供資料團隊在自己的資料倉儲中執行
  evidence     列出一個數值背後的紀錄：某指標在某單位、某年度的分子與分母由哪些紀錄（檔案、行、案號）構成

--lang：zh-Hant（繁體）、zh-Hans（简体）或 en；預設依 LC_ALL / LC_MESSAGES / LANG：
  zh_TW、zh_HK、zh_MO → 繁體，其他 zh_* → 简体，其他 → 英文。
結束狀態：0 成功；1 輸入有錯誤或無法計算；2 命令列用法錯誤。`,
    'zh-Hans': `fazhi ${version}：把法治政府建设的记录（CSV/XLSX）算成年度考核指标

用法：
  fazhi validate   --data 文件夹 [--format text|json] [--lang 语言]
  fazhi indicators --data 文件夹 [--format json|csv|table] [--year 年份] [--option 名称=值] [--engine js|duckdb] [--strict] [--lang 语言]
  fazhi score      --data 文件夹 --scheme 方案文件 [--year 年份] [--unit 单位] [--format table|json|csv] [--explain] [--lang 语言]
  fazhi report     --data 文件夹 --scheme 方案文件 --out 输出文件夹 [--years 年份,年份] [--pdf] [--lang 语言]
  fazhi scheme check 方案文件 [--format text|json] [--lang 语言]
  fazhi sql        [--dialect duckdb] [--option 名称=值] [--year 年份]
  fazhi evidence   --data 文件夹 --indicator 指标 --unit 单位 --year 年份 [--format table|json|csv] [--lang 语言]
  fazhi <命令> --help    查看命令说明
  fazhi --version        显示版本

命令：
  validate     检查数据：列出每个问题（文件、行、列、原始值、代码、说明）和每个文件的读取统计
  indicators   计算 INDICATORS.md 中的全部指标（各单位 × 年度，以及全区“*”）
  score        按考核方案为各单位计分：总分、排名、与上年比较及每项得分的说明
  report       生成年度报告：HTML（内嵌图表）、SVG/PNG 图表、results.json/csv，加 --pdf 另出 PDF
  scheme check 检查考核方案文件：语法、结构（scheme.schema.json）与含义，错误指明节点路径
  sql          把全部指标输出为 SQL 视图（DuckDB），供数据团队在自己的数据仓库中执行
  evidence     列出一个数值背后的记录：某指标在某单位、某年度的分子与分母由哪些记录（文件、行、案号）构成

--lang：zh-Hant（繁體）、zh-Hans（简体）或 en；默认依 LC_ALL / LC_MESSAGES / LANG：
  zh_TW、zh_HK、zh_MO → 繁體，其他 zh_* → 简体，其他 → 英文。
退出状态：0 成功；1 输入有错误或无法计算；2 命令行用法错误。`,
    en: `fazhi ${version}: rule-of-law records (CSV/XLSX) in, annual assessment indicators out

Usage:
  fazhi validate   --data DIR [--format text|json] [--lang LANG]
  fazhi indicators --data DIR [--format json|csv|table] [--year YEAR] [--option NAME=VALUE] [--engine js|duckdb] [--strict] [--lang LANG]
  fazhi score      --data DIR --scheme FILE [--year YEAR] [--unit NAME] [--format table|json|csv] [--explain] [--lang LANG]
  fazhi report     --data DIR --scheme FILE --out DIR [--years YEAR,YEAR] [--pdf] [--lang LANG]
  fazhi scheme check FILE [--format text|json] [--lang LANG]
  fazhi sql        [--dialect duckdb] [--option NAME=VALUE] [--year YEAR]
  fazhi evidence   --data DIR --indicator ID --unit NAME --year YEAR [--format table|json|csv] [--lang LANG]
  fazhi <command> --help   help for a command
  fazhi --version          print the version

Commands:
  validate     check the data: every issue (file, row, column, raw value, code, message) and per-file counts
  indicators   compute every indicator of INDICATORS.md (per unit × year, and the jurisdiction "*")
  score        score the units against an assessment scheme: totals, ranks, change from last year, every item explained
  report       write the annual report: HTML with inline charts, SVG/PNG charts, results.json/csv, and a PDF with --pdf
  scheme check check an assessment scheme file: syntax, structure (scheme.schema.json) and meaning, errors naming the node
  sql          print every indicator as SQL views (DuckDB), for a data team to run in their own warehouse
  evidence     list the records behind a number: file, row and case number of what an indicator's numerator and denominator count

--lang: zh-Hant, zh-Hans or en; default from LC_ALL / LC_MESSAGES / LANG:
  zh_TW, zh_HK, zh_MO → zh-Hant, other zh_* → zh-Hans, anything else → en.
Exit status: 0 success; 1 errors in the input or nothing computed; 2 bad usage.`,
  }),
  validateHelp: (): LocalizedText => ({
    'zh-Hant': `用法：fazhi validate --data 資料夾 [--format text|json] [--lang 語言]

讀取資料夾中（不含子資料夾）所有 .csv、.tsv、.xlsx 檔案（略過 README、以「.」或「~$」開頭的檔案），
並輸出到標準輸出：
  每個問題一行：嚴重程度、檔案:行、[欄]、原始值、代碼、說明；
  每個檔案的統計：資料集、編碼、讀取行數、使用行數、略過行數（讀取 = 使用 + 略過）。

選項：
  -d, --data 資料夾     必填，存放資料檔案的資料夾
  -f, --format 格式     text（預設）或 json：{"files": [...], "issues": [...]}
      --map 資料集:表頭=欄位  把無法識別的表頭當作該資料集的某一欄（可重複），例如
                        --map 'enforcement_reviews:基本要求=basic_pass'；無法識別的表頭會以提示或警告列出
      --map-file 檔案   同樣的對應寫在 JSON 或 YAML 檔案中，例如
                        {"enforcement_reviews": {"基本要求": "basic_pass"}}
      --lang 語言       zh-Hant、zh-Hans 或 en（預設依 LANG 環境變數）
  -h, --help            顯示本說明

結束狀態：0 沒有錯誤級問題（可能有警告和提示）；1 有錯誤級問題，或資料夾不存在、沒有資料檔案；2 用法錯誤。`,
    'zh-Hans': `用法：fazhi validate --data 文件夹 [--format text|json] [--lang 语言]

读取文件夹中（不含子文件夹）所有 .csv、.tsv、.xlsx 文件（跳过 README、以“.”或“~$”开头的文件），
并输出到标准输出：
  每个问题一行：严重程度、文件:行、[列]、原始值、代码、说明；
  每个文件的统计：数据集、编码、读取行数、使用行数、跳过行数（读取 = 使用 + 跳过）。

选项：
  -d, --data 文件夹     必填，存放数据文件的文件夹
  -f, --format 格式     text（默认）或 json：{"files": [...], "issues": [...]}
      --map 数据集:表头=列名  把无法识别的表头当作该数据集的某一列（可重复），例如
                        --map 'enforcement_reviews:基本要求=basic_pass'；无法识别的表头会以提示或警告列出
      --map-file 文件   同样的映射写在 JSON 或 YAML 文件中，例如
                        {"enforcement_reviews": {"基本要求": "basic_pass"}}
      --lang 语言       zh-Hant、zh-Hans 或 en（默认依 LANG 环境变量）
  -h, --help            显示本说明

退出状态：0 没有错误级问题（可能有警告和提示）；1 有错误级问题，或文件夹不存在、没有数据文件；2 用法错误。`,
    en: `Usage: fazhi validate --data DIR [--format text|json] [--lang LANG]

Reads every .csv, .tsv and .xlsx file directly in DIR (not in subfolders; README files and names
starting with "." or "~$" are skipped) and prints to stdout:
  one line per issue: severity, file:row, [column], raw value, code, message;
  a summary per file: dataset, encoding, rows read, rows used, rows skipped (read = used + skipped).

Options:
  -d, --data DIR        required: the folder that holds the data files
  -f, --format FORMAT   text (default) or json: {"files": [...], "issues": [...]}
      --map DATASET:HEADER=COLUMN  read a header fazhi does not recognise as a column of the dataset
                        (repeatable), e.g. --map 'enforcement_reviews:passed=basic_pass'; unrecognised
                        headers are listed as notices or warnings
      --map-file FILE   the same mapping in a JSON or YAML file, e.g.
                        {"enforcement_reviews": {"passed": "basic_pass"}}
      --lang LANG       zh-Hant, zh-Hans or en (default from the LANG environment variable)
  -h, --help            show this help

Exit status: 0 no error-level issue (warnings and notices allowed); 1 error-level issues, or the
folder is missing or holds no data file; 2 bad usage.`,
  }),
  indicatorsHelp: (optionDefaults: readonly string[]): LocalizedText => ({
    'zh-Hant': `用法：fazhi indicators --data 資料夾 [--format json|csv|table] [--year 年份] [--option 名稱=值]
                        [--engine js|duckdb] [--strict] [--lang 語言]

計算每個指標 × 單位 × 年度（以及全區「*」）。結果寫到標準輸出，問題和檔案統計寫到標準錯誤。

選項：
  -d, --data 資料夾     必填，存放資料檔案的資料夾（.csv、.tsv、.xlsx，不含子資料夾）
  -f, --format 格式     json（預設，供程式讀取）：一個 JSON 陣列，每列一個物件，鍵依序為
                        indicator, unit, year, numerator, denominator, value，營商環境列另加 dimension、item；
                        csv：同樣的列，含表頭 indicator,unit,year,numerator,denominator,value,dimension,item，
                        RFC 4180 引號規則，null 為空白；
                        table：給人看的表格，指標名稱、單位、年度、值（比率以百分比顯示）
  -y, --year 年份       只輸出該年度的列（可重複，或以逗號分隔）；計算仍使用全部年份，同比指標不受影響
  -o, --option 名稱=值  計算選項（可重複），例如 --option filingDeadlineDays=15；選項及預設值：
                          ${optionDefaults.join('\n                          ')}
      --engine 引擎     js（預設，fazhi 自身）或 duckdb：以 DuckDB 執行 fazhi sql 輸出的視圖，結果相同；
                        需另行安裝 @duckdb/node-api（npm install @duckdb/node-api@${DUCKDB_NODE_API_VERSION}）
      --strict          輸入中有任何錯誤級問題時以狀態 1 結束（結果仍會輸出）
      --map 資料集:表頭=欄位  把無法識別的表頭當作該資料集的某一欄（可重複），例如
                        --map 'enforcement_reviews:基本要求=basic_pass'；無法識別的表頭會以提示或警告列出
      --map-file 檔案   同樣的對應寫在 JSON 或 YAML 檔案中，例如
                        {"enforcement_reviews": {"基本要求": "basic_pass"}}
      --lang 語言       zh-Hant、zh-Hans 或 en：標準錯誤上的訊息與表格表頭
  -h, --help            顯示本說明

結束狀態：0 已輸出結果（被拒絕的行會報告，但不致命）；1 無法計算任何指標，或 --strict 時有錯誤；2 用法錯誤。`,
    'zh-Hans': `用法：fazhi indicators --data 文件夹 [--format json|csv|table] [--year 年份] [--option 名称=值]
                        [--engine js|duckdb] [--strict] [--lang 语言]

计算每个指标 × 单位 × 年度（以及全区“*”）。结果写到标准输出，问题和文件统计写到标准错误。

选项：
  -d, --data 文件夹     必填，存放数据文件的文件夹（.csv、.tsv、.xlsx，不含子文件夹）
  -f, --format 格式     json（默认，供程序读取）：一个 JSON 数组，每行一个对象，键依次为
                        indicator, unit, year, numerator, denominator, value，营商环境行另加 dimension、item；
                        csv：同样的行，含表头 indicator,unit,year,numerator,denominator,value,dimension,item，
                        RFC 4180 引号规则，null 为空白；
                        table：给人看的表格，指标名称、单位、年度、值（比率以百分比显示）
  -y, --year 年份       只输出该年度的行（可重复，或以逗号分隔）；计算仍使用全部年份，同比指标不受影响
  -o, --option 名称=值  计算选项（可重复），例如 --option filingDeadlineDays=15；选项及默认值：
                          ${optionDefaults.join('\n                          ')}
      --engine 引擎     js（默认，fazhi 自身）或 duckdb：以 DuckDB 执行 fazhi sql 输出的视图，结果相同；
                        需另行安装 @duckdb/node-api（npm install @duckdb/node-api@${DUCKDB_NODE_API_VERSION}）
      --strict          输入中有任何错误级问题时以状态 1 结束（结果仍会输出）
      --map 数据集:表头=列名  把无法识别的表头当作该数据集的某一列（可重复），例如
                        --map 'enforcement_reviews:基本要求=basic_pass'；无法识别的表头会以提示或警告列出
      --map-file 文件   同样的映射写在 JSON 或 YAML 文件中，例如
                        {"enforcement_reviews": {"基本要求": "basic_pass"}}
      --lang 语言       zh-Hant、zh-Hans 或 en：标准错误上的消息与表格表头
  -h, --help            显示本说明

退出状态：0 已输出结果（被拒绝的行会报告，但不致命）；1 无法计算任何指标，或 --strict 时有错误；2 用法错误。`,
    en: `Usage: fazhi indicators --data DIR [--format json|csv|table] [--year YEAR] [--option NAME=VALUE]
                        [--engine js|duckdb] [--strict] [--lang LANG]

Computes every indicator × unit × year (and the jurisdiction "*"). Results go to stdout; issues and
the per-file summary go to stderr.

Options:
  -d, --data DIR        required: the folder of data files (.csv, .tsv, .xlsx; not recursive)
  -f, --format FORMAT   json (default, for programs): one JSON array, one object per row, keys in the
                        order indicator, unit, year, numerator, denominator, value, plus dimension and
                        item on business-environment rows;
                        csv: the same rows with the header
                        indicator,unit,year,numerator,denominator,value,dimension,item, RFC 4180
                        quoting, empty cell for null;
                        table: for people: indicator name, unit, year, value (rates as percentages)
  -y, --year YEAR       print only this year's rows (repeatable, or comma-separated: 2018,2019);
                        the computation still sees every year, so year-on-year rows stay right
  -o, --option NAME=VALUE
                        a computation option (repeatable; camelCase or kebab-case), e.g.
                        --option filingDeadlineDays=15; the options and their defaults:
                          ${optionDefaults.join('\n                          ')}
      --engine ENGINE   js (default: fazhi's own) or duckdb: DuckDB runs the views of fazhi sql, with
                        the same rows; needs @duckdb/node-api installed beside fazhi
                        (npm install @duckdb/node-api@${DUCKDB_NODE_API_VERSION})
      --strict          exit with status 1 when the input has any error-level issue (rows still printed)
      --map DATASET:HEADER=COLUMN  read a header fazhi does not recognise as a column of the dataset
                        (repeatable), e.g. --map 'enforcement_reviews:passed=basic_pass'; unrecognised
                        headers are listed as notices or warnings
      --map-file FILE   the same mapping in a JSON or YAML file, e.g.
                        {"enforcement_reviews": {"passed": "basic_pass"}}
      --lang LANG       zh-Hant, zh-Hans or en: messages on stderr and table headers
  -h, --help            show this help

Exit status: 0 results printed (rejected rows are reported, not fatal); 1 nothing could be
computed, or --strict and the input had errors; 2 bad usage.`,
  }),
} as const;

/**
 * Picks one language out of a localised text.
 *
 * @example
 * say('en', messages.badLang('fr')); // 'invalid --lang "fr": use zh-Hant, zh-Hans or en'
 */
export function say(lang: Lang, text: LocalizedText): string {
  return text[lang];
}

/**
 * The sentences of `fazhi score` (kept apart from {@link messages} so that
 * each command's texts can be appended without editing the others'), in
 * 繁體中文, 简体中文 and English.
 *
 * @example
 * scoreMessages.missingScheme().en; // 'missing --scheme: give the assessment scheme file (.yaml or .json), e.g. …'
 */
export const scoreMessages = {
  missingScheme: (): LocalizedText => ({
    'zh-Hant': '缺少 --scheme：請指定考核方案檔案（.yaml 或 .json），例如 fazhi score --data fixtures/sip-2019 --scheme schemes/sip-example-2019.yaml',
    'zh-Hans': '缺少 --scheme：请指定考核方案文件（.yaml 或 .json），例如 fazhi score --data fixtures/sip-2019 --scheme schemes/sip-example-2019.yaml',
    en: 'missing --scheme: give the assessment scheme file (.yaml or .json), e.g. fazhi score --data fixtures/sip-2019 --scheme schemes/sip-example-2019.yaml',
  }),
  schemeUnreadable: (path: string, reason: string): LocalizedText => ({
    'zh-Hant': `無法讀取方案檔案「${path}」（${reason}）：請檢查 --scheme 給出的路徑`,
    'zh-Hans': `无法读取方案文件“${path}”（${reason}）：请检查 --scheme 给出的路径`,
    en: `cannot read the scheme file "${path}" (${reason}): check the path given to --scheme`,
  }),
  schemeInvalid: (path: string, errors: number): LocalizedText => ({
    'zh-Hant': `方案檔案「${path}」有 ${errors} 個錯誤，未計分：請修正後重試（fazhi scheme check ${path} 可單獨檢查）`,
    'zh-Hans': `方案文件“${path}”有 ${errors} 个错误，未计分：请修正后重试（fazhi scheme check ${path} 可单独检查）`,
    en: `the scheme file "${path}" has ${errors} error(s), nothing was scored: fix them and try again (fazhi scheme check ${path} checks it alone)`,
  }),
  schemeWarning: (path: string, message: string): LocalizedText => ({
    'zh-Hant': `方案「${path}」提示：${message}`,
    'zh-Hans': `方案“${path}”提示：${message}`,
    en: `scheme "${path}" warning: ${message}`,
  }),
  yearNotInData: (year: number, available: readonly number[]): LocalizedText => ({
    'zh-Hant': `資料中沒有 ${year} 年的指標，無法計分：資料中的年份為 ${available.join('、') || '（無）'}`,
    'zh-Hans': `数据中没有 ${year} 年的指标，无法计分：数据中的年份为 ${available.join('、') || '（无）'}`,
    en: `the data has no indicator for ${year}, nothing to score: the data covers ${available.join(', ') || '(none)'}`,
  }),
  nothingScored: (year: number): LocalizedText => ({
    'zh-Hant': `${year} 年沒有可按此方案計分的單位：資料中沒有方案所用指標的紀錄`,
    'zh-Hans': `${year} 年没有可按此方案计分的单位：数据中没有方案所用指标的记录`,
    en: `no unit to score in ${year}: the data holds no record of the indicators the scheme uses`,
  }),
  unitNotScored: (unit: string, scored: readonly string[]): LocalizedText => ({
    'zh-Hant': `單位「${unit}」未按此方案計分：計分的單位為 ${scored.join('、')}`,
    'zh-Hans': `单位“${unit}”未按此方案计分：计分的单位为 ${scored.join('、')}`,
    en: `the unit "${unit}" was not scored under this scheme: the scored units are ${scored.join(', ')}`,
  }),
  example: (): LocalizedText => ({ 'zh-Hant': '示例方案，非官方', 'zh-Hans': '示例方案，非官方', en: 'an example, not an official scheme' }),
  heading: (year: number, previous: number | null): LocalizedText => ({
    'zh-Hant': previous === null ? `${year} 年度` : `${year} 年度，與 ${previous} 年比較`,
    'zh-Hans': previous === null ? `${year} 年度` : `${year} 年度，与 ${previous} 年比较`,
    en: previous === null ? `year ${year}` : `year ${year}, compared with ${previous}`,
  }),
  tableHeaders: (): Record<Lang, readonly string[]> => ({
    'zh-Hant': ['排名', '單位', '總分', '較上年', '名次變化', '數據覆蓋', '標記'],
    'zh-Hans': ['排名', '单位', '总分', '较上年', '名次变化', '数据覆盖', '标记'],
    en: ['rank', 'unit', 'total', 'vs last year', 'rank change', 'coverage', 'flags'],
  }),
  notComputable: (): LocalizedText => ({ 'zh-Hant': '不予計算', 'zh-Hans': '不予计算', en: 'not computable' }),
  failed: (): LocalizedText => ({ 'zh-Hant': '不合格', 'zh-Hans': '不合格', en: 'failed' }),
  flagLabels: (): Record<'below_requirement' | 'outlier' | 'veto', LocalizedText> => ({
    below_requirement: { 'zh-Hant': '未達要求', 'zh-Hans': '未达要求', en: 'below requirement' },
    outlier: { 'zh-Hant': '異常值', 'zh-Hans': '异常值', en: 'outlier' },
    veto: { 'zh-Hant': '一票否決', 'zh-Hans': '一票否决', en: 'veto' },
  }),
  ranked: (ranked: number, scored: number): LocalizedText => ({
    'zh-Hant': `共 ${scored} 個單位計分，${ranked} 個有總分並排名；「*」為全區，不參與排名。`,
    'zh-Hans': `共 ${scored} 个单位计分，${ranked} 个有总分并排名；“*”为全区，不参与排名。`,
    en: `${scored} unit(s) scored, ${ranked} with a total and ranked; "*" is the whole jurisdiction and is not ranked.`,
  }),
  /** After core's `treatmentSummary`, in the score table: where to read each treated value. */
  treatedHint: (): LocalizedText => ({
    'zh-Hant': '（--explain 逐項說明，--format csv 列出原值）',
    'zh-Hans': '（--explain 逐项说明，--format csv 列出原值）',
    en: '(--explain shows them, --format csv lists the values before)',
  }),
  scoreHelp: (): LocalizedText => ({
    'zh-Hant': `用法：fazhi score --data 資料夾 --scheme 方案檔案 [--year 年份] [--unit 單位]… [--format table|json|csv]
                   [--explain] [--lang 語言]

按考核方案為各單位計分：載入資料夾（同 fazhi indicators）、檢查方案（同 fazhi scheme check；有錯誤則列出並以
狀態 1 結束）、計算指標，再按方案計分。結果寫到標準輸出，資料問題和檔案統計寫到標準錯誤。

選項：
  -d, --data 資料夾     必填，存放資料檔案的資料夾（.csv、.tsv、.xlsx，不含子資料夾）
  -s, --scheme 檔案     必填，考核方案（.yaml、.yml 或 .json，格式見 docs/schemes.md）
  -y, --year 年份       計分年度（預設：資料中最新的年份）；上一年度亦計分，用於「較上年」
  -u, --unit 單位       只輸出此單位（可重複；可用全稱或別名，「*」為全區）；排名仍在全部單位中計算
  -f, --format 格式     table（預設）：排名、總分、較上年變化（↑↓）、數據覆蓋、標記；
                        json：UnitScore 陣列（docs/schemes.md 所載的公開格式）；
                        csv：每個單位 × 計分項一行，含方案 id、版本、雜湊欄（UTF-8 帶 BOM）
  -e, --explain         table 格式下，在每個單位之下列出每一項的計分算式、標記和總分說明
      --map 資料集:表頭=欄位  把無法識別的表頭當作該資料集的某一欄（可重複），例如
                        --map 'enforcement_reviews:基本要求=basic_pass'；無法識別的表頭會以提示或警告列出
      --map-file 檔案   同樣的對應寫在 JSON 或 YAML 檔案中，例如
                        {"enforcement_reviews": {"基本要求": "basic_pass"}}
      --lang 語言       zh-Hant、zh-Hans 或 en：訊息、表頭和說明的語言
  -h, --help            顯示本說明

結束狀態：0 已輸出結果；1 方案有錯誤、資料無法載入、該年度沒有資料或沒有單位可計分；2 用法錯誤。`,
    'zh-Hans': `用法：fazhi score --data 文件夹 --scheme 方案文件 [--year 年份] [--unit 单位]… [--format table|json|csv]
                   [--explain] [--lang 语言]

按考核方案为各单位计分：加载文件夹（同 fazhi indicators）、检查方案（同 fazhi scheme check；有错误则列出并以
状态 1 结束）、计算指标，再按方案计分。结果写到标准输出，数据问题和文件统计写到标准错误。

选项：
  -d, --data 文件夹     必填，存放数据文件的文件夹（.csv、.tsv、.xlsx，不含子文件夹）
  -s, --scheme 文件     必填，考核方案（.yaml、.yml 或 .json，格式见 docs/schemes.md）
  -y, --year 年份       计分年度（默认：数据中最新的年份）；上一年度亦计分，用于“较上年”
  -u, --unit 单位       只输出此单位（可重复；可用全称或别名，“*”为全区）；排名仍在全部单位中计算
  -f, --format 格式     table（默认）：排名、总分、较上年变化（↑↓）、数据覆盖、标记；
                        json：UnitScore 数组（docs/schemes.md 所载的公开格式）；
                        csv：每个单位 × 计分项一行，含方案 id、版本、哈希列（UTF-8 带 BOM）
  -e, --explain         table 格式下，在每个单位之下列出每一项的计分算式、标记和总分说明
      --map 数据集:表头=列名  把无法识别的表头当作该数据集的某一列（可重复），例如
                        --map 'enforcement_reviews:基本要求=basic_pass'；无法识别的表头会以提示或警告列出
      --map-file 文件   同样的映射写在 JSON 或 YAML 文件中，例如
                        {"enforcement_reviews": {"基本要求": "basic_pass"}}
      --lang 语言       zh-Hant、zh-Hans 或 en：消息、表头和说明的语言
  -h, --help            显示本说明

退出状态：0 已输出结果；1 方案有错误、数据无法加载、该年度没有数据或没有单位可计分；2 用法错误。`,
    en: `Usage: fazhi score --data DIR --scheme FILE [--year YEAR] [--unit NAME]... [--format table|json|csv]
                   [--explain] [--lang LANG]

Scores the units against an assessment scheme: loads the folder (as fazhi indicators does), checks
the scheme (as fazhi scheme check does; errors are listed and the exit status is 1), computes the
indicators and scores them. Results go to stdout; data issues and the per-file summary to stderr.

Options:
  -d, --data DIR        required: the folder of data files (.csv, .tsv, .xlsx; not recursive)
  -s, --scheme FILE     required: the assessment scheme (.yaml, .yml or .json; see docs/schemes.md)
  -y, --year YEAR       the year to score (default: the latest in the data); the year before is
                        scored too, for the change from last year
  -u, --unit NAME       print only this unit (repeatable; full name or alias, "*" for the
                        jurisdiction); ranks are still among all units
  -f, --format FORMAT   table (default): rank, total, change from last year (↑↓), coverage, flags;
                        json: the UnitScore array (the public contract in docs/schemes.md);
                        csv: one row per unit × item with the scheme's id, version and hash
                        (UTF-8 with BOM)
  -e, --explain         with table: under each unit, every item's arithmetic, the flags and the
                        total's explanation
      --map DATASET:HEADER=COLUMN  read a header fazhi does not recognise as a column of the dataset
                        (repeatable), e.g. --map 'enforcement_reviews:passed=basic_pass'; unrecognised
                        headers are listed as notices or warnings
      --map-file FILE   the same mapping in a JSON or YAML file, e.g.
                        {"enforcement_reviews": {"passed": "basic_pass"}}
      --lang LANG       zh-Hant, zh-Hans or en: messages, headers and explanations
  -h, --help            show this help

Exit status: 0 results printed; 1 the scheme has errors, the data cannot be loaded, the year has no
data or no unit could be scored; 2 bad usage.`,
  }),
} as const;

/**
 * The sentences of `fazhi scheme` (kept apart from {@link messages} so that
 * each command's texts can be appended without editing the others'), in
 * 繁體中文, 简体中文 and English. The scheme's own errors come from the core
 * already localised.
 *
 * @example
 * schemeCommandMessages.missingSchemeFile().en; // 'missing the scheme file: fazhi scheme check FILE, e.g. …'
 */
export const schemeCommandMessages = {
  missingSubcommand: (): LocalizedText => ({
    'zh-Hant': '缺少子命令：請使用 fazhi scheme check 方案檔案（fazhi scheme --help 查看說明）',
    'zh-Hans': '缺少子命令：请使用 fazhi scheme check 方案文件（fazhi scheme --help 查看说明）',
    en: 'missing subcommand: use fazhi scheme check FILE (fazhi scheme --help for usage)',
  }),
  unknownSubcommand: (name: string): LocalizedText => ({
    'zh-Hant': `未知的子命令「${name}」：請使用 fazhi scheme check 方案檔案（fazhi scheme --help 查看說明）`,
    'zh-Hans': `未知的子命令“${name}”：请使用 fazhi scheme check 方案文件（fazhi scheme --help 查看说明）`,
    en: `unknown subcommand "${name}": use fazhi scheme check FILE (fazhi scheme --help for usage)`,
  }),
  missingSchemeFile: (): LocalizedText => ({
    'zh-Hant': '缺少方案檔案：fazhi scheme check 方案檔案，例如 fazhi scheme check schemes/sip-example-2019.yaml',
    'zh-Hans': '缺少方案文件：fazhi scheme check 方案文件，例如 fazhi scheme check schemes/sip-example-2019.yaml',
    en: 'missing the scheme file: fazhi scheme check FILE, e.g. fazhi scheme check schemes/sip-example-2019.yaml',
  }),
  extraSchemeFile: (argument: string): LocalizedText => ({
    'zh-Hant': `多餘的參數「${argument}」：一次只檢查一個方案檔案（fazhi scheme --help 查看說明）`,
    'zh-Hans': `多余的参数“${argument}”：一次只检查一个方案文件（fazhi scheme --help 查看说明）`,
    en: `unexpected argument "${argument}": check one scheme file at a time (fazhi scheme --help for usage)`,
  }),
  schemeFileMissing: (path: string): LocalizedText => ({
    'zh-Hant': `找不到方案檔案「${path}」：請檢查路徑`,
    'zh-Hans': `找不到方案文件“${path}”：请检查路径`,
    en: `cannot find the scheme file "${path}": check the path`,
  }),
  schemeFileUnreadable: (path: string, reason: string): LocalizedText => ({
    'zh-Hant': `無法讀取方案檔案「${path}」（${reason}）：請檢查路徑與權限`,
    'zh-Hans': `无法读取方案文件“${path}”（${reason}）：请检查路径与权限`,
    en: `cannot read the scheme file "${path}" (${reason}): check the path and its permissions`,
  }),
  schemeValid: (id: string, version: string): LocalizedText => ({
    'zh-Hant': `方案有效：${id}，版本 ${version}`,
    'zh-Hans': `方案有效：${id}，版本 ${version}`,
    en: `valid scheme: ${id}, version ${version}`,
  }),
  schemeHash: (hash: string): LocalizedText => ({ 'zh-Hant': `內容雜湊：${hash}`, 'zh-Hans': `内容哈希：${hash}`, en: `content hash: ${hash}` }),
  schemePointsSummary: (dimensions: number, items: number, total: string, bonus: string | null, vetoes: number): LocalizedText => ({
    'zh-Hant': `百分制：${dimensions} 個一級指標、${items} 個指標、滿分 ${total} 分${bonus === null ? '' : `（加分項最多另加 ${bonus} 分）`}、${vetoes} 項否決`,
    'zh-Hans': `百分制：${dimensions} 个一级指标、${items} 个指标、满分 ${total} 分${bonus === null ? '' : `（加分项最多另加 ${bonus} 分）`}、${vetoes} 项否决`,
    en: `points: ${dimensions} dimension(s), ${items} item(s), ${total} points${bonus === null ? '' : ` (bonus items add up to ${bonus} more)`}, ${vetoes} veto(es)`,
  }),
  schemeIndexSummary: (dimensions: number, items: number, aggregation: string, vetoes: number): LocalizedText => ({
    'zh-Hant': `指數：${dimensions} 個一級指標、${items} 個指標、${aggregation === 'geometric' ? '幾何' : '算術'}加權平均、${vetoes} 項否決`,
    'zh-Hans': `指数：${dimensions} 个一级指标、${items} 个指标、${aggregation === 'geometric' ? '几何' : '算术'}加权平均、${vetoes} 项否决`,
    en: `index: ${dimensions} dimension(s), ${items} item(s), weighted ${aggregation} mean, ${vetoes} veto(es)`,
  }),
  exampleScheme: (): LocalizedText => ({
    'zh-Hant': '此方案僅為格式示例，並非任何機關的正式考核方案',
    'zh-Hans': '此方案仅为格式示例，并非任何机关的正式考核方案',
    en: 'this scheme only illustrates the format; it is no authority\'s official scheme',
  }),
  schemeTotals: (errors: number, warnings: number): LocalizedText => ({
    'zh-Hant': `${errors} 個錯誤、${warnings} 個警告`,
    'zh-Hans': `${errors} 个错误、${warnings} 个警告`,
    en: `${errors} error(s), ${warnings} warning(s)`,
  }),
  schemeHelp: (): LocalizedText => ({
    'zh-Hant': `用法：fazhi scheme check 方案檔案 [--format text|json] [--lang 語言]

檢查考核方案檔案（.json、.yaml 或 .yml；其他副檔名依內容判斷）：語法、結構（依 schemes/scheme.schema.json）
及含義（分值加總、權重、規則參數、重複代碼等）。方案有效時輸出代碼、版本、內容雜湊及一級指標、指標、分值的數目；
無效時輸出每個錯誤：檔案:行:列、代碼，以及含節點路徑、應為與實為的說明。

選項：
  -f, --format 格式     text（預設）或 json：{"ok", "file", "scheme", "summary", "errors", "warnings"}，
                        每個錯誤含 code、path、expected、actual、line、column 及三種語言的 message
      --lang 語言       zh-Hant、zh-Hans 或 en（預設依 LANG 環境變數）
  -h, --help            顯示本說明

結束狀態：0 方案有效（可能有警告）；1 方案無效或無法讀取；2 用法錯誤。`,
    'zh-Hans': `用法：fazhi scheme check 方案文件 [--format text|json] [--lang 语言]

检查考核方案文件（.json、.yaml 或 .yml；其他扩展名依内容判断）：语法、结构（依 schemes/scheme.schema.json）
及含义（分值加总、权重、规则参数、重复代码等）。方案有效时输出代码、版本、内容哈希及一级指标、指标、分值的数目；
无效时输出每个错误：文件:行:列、代码，以及含节点路径、应为与实为的说明。

选项：
  -f, --format 格式     text（默认）或 json：{"ok", "file", "scheme", "summary", "errors", "warnings"}，
                        每个错误含 code、path、expected、actual、line、column 及三种语言的 message
      --lang 语言       zh-Hant、zh-Hans 或 en（默认依 LANG 环境变量）
  -h, --help            显示本说明

退出状态：0 方案有效（可能有警告）；1 方案无效或无法读取；2 用法错误。`,
    en: `Usage: fazhi scheme check FILE [--format text|json] [--lang LANG]

Checks an assessment scheme file (.json, .yaml or .yml; other names are read by their content): its
syntax, its structure (against schemes/scheme.schema.json) and its meaning (points adding up,
weights, rule parameters, duplicate ids …). A valid scheme prints its id, version, content hash and
the counts of dimensions, items and points; an invalid one prints every error: file:line:column, the
code, and a message with the node's path, what was expected and what was found.

Options:
  -f, --format FORMAT   text (default) or json: {"ok", "file", "scheme", "summary", "errors", "warnings"},
                        each error with code, path, expected, actual, line, column and the message in
                        all three languages
      --lang LANG       zh-Hant, zh-Hans or en (default from the LANG environment variable)
  -h, --help            show this help

Exit status: 0 valid scheme (warnings allowed); 1 invalid or unreadable scheme; 2 bad usage.`,
  }),
} as const;

/** A localised text that is the same in both Chinese scripts. */
const zh = (hant: string, hans: string, en: string): LocalizedText => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

/**
 * The sentences and labels of `fazhi report` (kept apart from {@link messages}
 * so that each command's texts can be appended without editing the others'):
 * its help, usage errors, progress lines on stderr, and every heading, table
 * header and caption of the HTML report, in 繁體中文, 简体中文 and English.
 *
 * @example
 * reportMessages.renderingChart(3, 14, 'ranking-total-2019')['zh-Hans']; // '正在绘制图表 3/14：ranking-total-2019…'
 */
export const reportMessages = {
  missingScheme: (): LocalizedText => zh(
    '缺少 --scheme：請指定考核方案檔案（.yaml 或 .json），例如 fazhi report --data fixtures/sip-2019 --scheme schemes/sip-example-2019.yaml --out out/report',
    '缺少 --scheme：请指定考核方案文件（.yaml 或 .json），例如 fazhi report --data fixtures/sip-2019 --scheme schemes/sip-example-2019.yaml --out out/report',
    'missing --scheme: give the assessment scheme file (.yaml or .json), e.g. fazhi report --data fixtures/sip-2019 --scheme schemes/sip-example-2019.yaml --out out/report',
  ),
  missingOut: (): LocalizedText => zh(
    '缺少 --out：請指定輸出資料夾（不存在時會建立），例如 --out out/report',
    '缺少 --out：请指定输出文件夹（不存在时会创建），例如 --out out/report',
    'missing --out: give the output folder (created when missing), e.g. --out out/report',
  ),
  badYears: (value: string): LocalizedText => zh(
    `無效的 --years「${value}」：請給出以逗號分隔的四位數年份，例如 --years 2018,2019`,
    `无效的 --years“${value}”：请给出以逗号分隔的四位数年份，例如 --years 2018,2019`,
    `invalid --years "${value}": give four-digit years separated by commas, e.g. --years 2018,2019`,
  ),
  thinYearsPassedOver: (thin: readonly ThinYear[], years: readonly number[]): LocalizedText => {
    const later = [...new Set(thin.map((t) => t.year))];
    const title = (t: ThinYear, lang: Lang): string => DATASET_SCHEMAS[t.dataset].title[lang];
    const what = {
      'zh-Hant': thin.map((t) => `${t.year} 年${title(t, 'zh-Hant')} ${t.records} 條，此前中位數 ${t.typical}`).join('；'),
      'zh-Hans': thin.map((t) => `${t.year} 年${title(t, 'zh-Hans')} ${t.records} 条，此前中位数 ${t.typical}`).join('；'),
      en: thin.map((t) => `${t.year} ${title(t, 'en')}: ${t.records} records, earlier median ${t.typical}`).join('; '),
    };
    const asked = [...years.slice(-1), ...later].join(',');
    return zh(
      `${later.join('、')} 年數據不完整（${what['zh-Hant']}），報告評 ${years.at(-1)} 年；仍要評後一年請用 --years ${asked}`,
      `${later.join('、')} 年数据不完整（${what['zh-Hans']}），报告评 ${years.at(-1)} 年；仍要评后一年请用 --years ${asked}`,
      `${later.join(', ')} incomplete (${what.en}): the report scores ${years.at(-1)}; to score the later year anyway use --years ${asked}`,
    );
  },
  yearsNotInData: (missing: readonly number[], available: readonly number[]): LocalizedText => zh(
    `資料中沒有 ${missing.join('、')} 年的指標：資料中的年份為 ${available.join('、') || '（無）'}，請改用 --years ${available.join(',')}`,
    `数据中没有 ${missing.join('、')} 年的指标：数据中的年份为 ${available.join('、') || '（无）'}，请改用 --years ${available.join(',')}`,
    `the data has no indicator for ${missing.join(', ')}: it covers ${available.join(', ') || '(none)'}; use --years ${available.join(',')}`,
  ),
  outUnwritable: (path: string, reason: string): LocalizedText => zh(
    `無法寫入輸出資料夾「${path}」（${reason}）：請檢查路徑與權限`,
    `无法写入输出文件夹“${path}”（${reason}）：请检查路径与权限`,
    `cannot write to the output folder "${path}" (${reason}): check the path and its permissions`,
  ),
  loading: (): LocalizedText => zh('載入資料…', '加载数据…', 'loading…'),
  scoring: (): LocalizedText => zh('計算指標並計分…', '计算指标并计分…', 'scoring…'),
  renderingChart: (done: number, total: number, name: string): LocalizedText => zh(
    `正在繪製圖表 ${done}/${total}：${name}…`,
    `正在绘制图表 ${done}/${total}：${name}…`,
    `rendering chart ${done}/${total}: ${name}…`,
  ),
  chartFailed: (name: string, reason: string): LocalizedText => zh(
    `圖表 ${name} 繪製失敗（${reason}）：報告中略去此圖，也未寫入 charts/${name}.svg 與 .png`,
    `图表 ${name} 绘制失败（${reason}）：报告中略去此图，也未写入 charts/${name}.svg 与 .png`,
    `chart ${name} could not be drawn (${reason}): left out of the report, and charts/${name}.svg and .png were not written`,
  ),
  pngFailed: (path: string, reason: string): LocalizedText => zh(
    `未寫入 ${path}（${reason}）：只缺這個 PNG 檔，此圖仍在報告中，SVG 亦已寫入`,
    `未写入 ${path}（${reason}）：只缺这个 PNG 文件，此图仍在报告中，SVG 也已写入`,
    `${path} was not written (${reason}): only this PNG file is missing; the chart is in the report and its SVG was written`,
  ),
  pngsMissing: (count: number): LocalizedText => zh(
    `${count} 個 PNG 檔未寫入（見上），結束狀態為 1`,
    `${count} 个 PNG 文件未写入（见上），退出状态为 1`,
    `${count} PNG file(s) not written (see above): exit status 1`,
  ),
  systemFontsMissing: (reason: string): LocalizedText => zh(
    `--system-fonts：${reason} 未寫入任何檔案；去掉 --system-fonts 即以 fazhi 隨附的字型繪製。`,
    `--system-fonts：${reason} 未写入任何文件；去掉 --system-fonts 即以 fazhi 附带的字体绘制。`,
    `--system-fonts: ${reason} Nothing was written; leave out --system-fonts to draw with the fonts that come with fazhi.`,
  ),
  writing: (path: string): LocalizedText => zh(`寫入 ${path}…`, `写入 ${path}…`, `writing ${path}…`),
  writingPdf: (): LocalizedText => zh('正在以 Chromium 列印 PDF…', '正在以 Chromium 打印 PDF…', 'writing PDF…'),
  done: (path: string, files: number): LocalizedText => zh(
    `完成：${files} 個檔案寫入「${path}」`,
    `完成：${files} 个文件写入“${path}”`,
    `done: ${files} file(s) written to "${path}"`,
  ),
  chromiumMissing: (): LocalizedText => zh(
    '找不到 Chromium，無法輸出 PDF，未寫入任何檔案：請安裝（Debian/Ubuntu：sudo apt-get install chromium），或將環境變數 FAZHI_CHROMIUM 設為 Chrome/Chromium 執行檔的路徑，或去掉 --pdf 只輸出 HTML',
    '找不到 Chromium，无法输出 PDF，未写入任何文件：请安装（Debian/Ubuntu：sudo apt-get install chromium），或将环境变量 FAZHI_CHROMIUM 设为 Chrome/Chromium 可执行文件的路径，或去掉 --pdf 只输出 HTML',
    'cannot find Chromium to print the PDF, nothing was written: install it (Debian/Ubuntu: sudo apt-get install chromium), point the FAZHI_CHROMIUM environment variable at a Chrome or Chromium binary, or leave out --pdf for the HTML alone',
  ),
  chromiumNotFound: (path: string): LocalizedText => zh(
    `FAZHI_CHROMIUM 指向的「${path}」不存在或無法執行，未寫入任何檔案：請改為 Chrome/Chromium 執行檔的路徑，或安裝 chromium（sudo apt-get install chromium）`,
    `FAZHI_CHROMIUM 指向的“${path}”不存在或无法执行，未写入任何文件：请改为 Chrome/Chromium 可执行文件的路径，或安装 chromium（sudo apt-get install chromium）`,
    `FAZHI_CHROMIUM points at "${path}", which does not exist or cannot be run, nothing was written: point it at a Chrome or Chromium binary, or install chromium (sudo apt-get install chromium)`,
  ),
  pdfFailed: (reason: string): LocalizedText => zh(
    `以 Chromium 輸出 PDF 失敗（${reason}）：HTML 報告已寫入，可在瀏覽器中開啟後列印`,
    `以 Chromium 输出 PDF 失败（${reason}）：HTML 报告已写入，可在浏览器中打开后打印`,
    `printing the PDF with Chromium failed (${reason}): the HTML report was written; open it in a browser and print it`,
  ),
  title: (year: number): LocalizedText => zh(`${year} 年度法治政府建設指標報告`, `${year} 年度法治政府建设指标报告`, `Rule-of-law government indicators, ${year}`),
  lead: (years: readonly number[], scheme: string): LocalizedText => zh(
    `本報告比較 ${years.join('、')} 年的各項指標，並按「${scheme}」為各單位計分。各節的文字、圖表與表格均由資料自動生成，可直接引用。`,
    `本报告比较 ${years.join('、')} 年的各项指标，并按“${scheme}”为各单位计分。各节的文字、图表与表格均由数据自动生成，可直接引用。`,
    `This report compares the indicators of ${years.join(', ')} and scores the units under "${scheme}". Every paragraph, chart and table of each section is generated from the data and can be lifted as it is.`,
  ),
  stamp: (id: string, version: string, hash: string, tool: string): LocalizedText => zh(
    `考核方案 ${id} 版本 ${version}（${hash}）；由 fazhi ${tool} 生成`,
    `考核方案 ${id} 版本 ${version}（${hash}）；由 fazhi ${tool} 生成`,
    `scheme ${id} version ${version} (${hash}); generated by fazhi ${tool}`,
  ),
  contents: (): LocalizedText => zh('目錄', '目录', 'Contents'),
  section: (id: AreaId): LocalizedText =>
    ({
      business: zh('持續優化營商環境', '持续优化营商环境', 'Business environment'),
      safety: zh('完善應急體系、落實安全生產責任', '完善应急体系、落实安全生产责任', 'Production safety'),
      documents: zh('規範性文件管理', '规范性文件管理', 'Normative documents'),
      decisions: zh('重大行政決策', '重大行政决策', 'Major administrative decisions'),
      enforcement: zh('行政執法案卷評查', '行政执法案卷评查', 'Enforcement case-file review'),
      reconsideration: zh('行政複議', '行政复议', 'Administrative reconsideration'),
      litigation: zh('行政應訴', '行政应诉', 'Administrative litigation'),
    })[id],
  noData: (): LocalizedText => zh('資料中沒有本節的紀錄。', '数据中没有本节的记录。', 'The data holds no record for this section.'),
  paragraphStart: (year: number): LocalizedText => zh(`${year} 年，`, `${year} 年，`, `In ${year}: `),
  paragraphJoin: (): LocalizedText => zh('；', '；', '; '),
  paragraphEnd: (): LocalizedText => zh('。', '。', '.'),
  comparedWith: (previous: number, change: string): LocalizedText => zh(`（較 ${previous} 年 ${change}）`, `（较 ${previous} 年 ${change}）`, ` (${change} on ${previous})`),
  notApplicable: (): LocalizedText => zh('不適用（分母為 0）', '不适用（分母为 0）', 'not applicable (nothing to divide by)'),
  indicatorTable: (): LocalizedText => zh('全區指標', '全区指标', 'Indicators of the whole jurisdiction'),
  indicatorHeaders: (years: readonly number[]): Record<Lang, readonly string[]> => ({
    'zh-Hant': ['指標', ...years.map((y) => `${y} 年`), '變化', `${years[years.length - 1]} 年分子 / 分母`],
    'zh-Hans': ['指标', ...years.map((y) => `${y} 年`), '变化', `${years[years.length - 1]} 年分子 / 分母`],
    en: ['indicator', ...years.map(String), 'change', `${years[years.length - 1]} numerator / denominator`],
  }),
  unitTable: (year: number): LocalizedText => zh(`${year} 年各單位指標`, `${year} 年各单位指标`, `Indicators by unit, ${year}`),
  unitHeader: (): LocalizedText => zh('單位', '单位', 'unit'),
  jurisdiction: (): LocalizedText => zh('全區', '全区', 'all units'),
  chartCaption: (kind: ReportChartKind, subject: string, years: string): LocalizedText => {
    const captions: Record<ReportChartKind, LocalizedText> = {
      yearly: zh(`圖：各單位${subject}，${years} 年比較`, `图：各单位${subject}，${years} 年比较`, `Figure: ${subject} by unit, ${years}`),
      trend: zh(`圖：全區${subject}的走勢，${years} 年`, `图：全区${subject}的走势，${years} 年`, `Figure: ${subject} of the whole jurisdiction, ${years}`),
      monthly: zh(`圖：${years} 年各月${subject}，與上年同月比較`, `图：${years} 年各月${subject}，与上年同月比较`, `Figure: ${subject} by month in ${years}, with the same month of the year before`),
      ranking: zh(`圖：${years} 年各單位${subject}排名`, `图：${years} 年各单位${subject}排名`, `Figure: units ranked by ${subject}, ${years}`),
      heatmap: zh(`圖：${years} 年各單位 × 各項得分（紅綠燈）`, `图：${years} 年各单位 × 各项得分（红绿灯）`, `Figure: each unit's points by item, ${years} (traffic lights)`),
      composition: zh(`圖：${years} 年各單位總分的構成（按一級指標）`, `图：${years} 年各单位总分的构成（按一级指标）`, `Figure: what each unit's total is made of, by dimension, ${years}`),
    };
    return captions[kind];
  },
  total: (): LocalizedText => zh('總分', '总分', 'total'),
  incidents: (): LocalizedText => zh('生產安全事故起數', '生产安全事故起数', 'production-safety incidents'),
  deaths: (): LocalizedText => zh('死亡人數', '死亡人数', 'deaths'),
  scores: (): LocalizedText => zh('各單位考核得分', '各单位考核得分', 'Department scores'),
  scoresLead: (year: number, ranked: number, scored: number): LocalizedText => zh(
    `${year} 年共 ${scored} 個單位計分，其中 ${ranked} 個有總分並排名（「*」為全區，不參與排名）。`,
    `${year} 年共 ${scored} 个单位计分，其中 ${ranked} 个有总分并排名（“*”为全区，不参与排名）。`,
    `${scored} units were scored in ${year}, ${ranked} of them with a total and ranked ("*" is the whole jurisdiction and is not ranked).`,
  ),
  scoreTable: (): LocalizedText => zh('得分表', '得分表', 'Score table'),
  rules: (): LocalizedText => zh('評分規則', '评分规则', 'Scoring rules'),
  ruleHeaders: (index: boolean): Record<Lang, readonly string[]> => ({
    'zh-Hant': ['一級指標', '項目', '指標', index ? '權重' : '分值', '規則'],
    'zh-Hans': ['一级指标', '项目', '指标', index ? '权重' : '分值', '规则'],
    en: ['dimension', 'item', 'indicator', index ? 'weight' : 'points', 'rule'],
  }),
  explanations: (): LocalizedText => zh('各單位得分說明', '各单位得分说明', 'How each unit scored'),
  dataQuality: (): LocalizedText => zh('資料品質', '数据质量', 'Data quality'),
  dataQualityLead: (files: number, errors: number, warnings: number, notices: number): LocalizedText => zh(
    `共讀取 ${files} 個檔案：${errors} 個錯誤、${warnings} 個警告、${notices} 個提示。每一行輸入不是被使用，就是在下表中列出。`,
    `共读取 ${files} 个文件：${errors} 个错误、${warnings} 个警告、${notices} 个提示。每一行输入不是被使用，就是在下表中列出。`,
    `${files} file(s) read: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s). Every input row was either used or is listed below.`,
  ),
  fileHeaders: (): Record<Lang, readonly string[]> => ({
    'zh-Hant': ['檔案', '資料集', '格式／編碼', '讀取', '使用', '略過', '錯誤', '警告', '提示'],
    'zh-Hans': ['文件', '数据集', '格式/编码', '读取', '使用', '跳过', '错误', '警告', '提示'],
    en: ['file', 'dataset', 'format', 'read', 'used', 'skipped', 'errors', 'warnings', 'notices'],
  }),
  issues: (): LocalizedText => zh('問題清單', '问题清单', 'Issues'),
  noIssues: (): LocalizedText => zh('沒有發現問題。', '没有发现问题。', 'No issue was found.'),
  issueHeaders: (): Record<Lang, readonly string[]> => ({
    'zh-Hant': ['嚴重程度', '檔案', '行', '欄', '原始值', '說明'],
    'zh-Hans': ['严重程度', '文件', '行', '列', '原始值', '说明'],
    en: ['severity', 'file', 'row', 'column', 'raw value', 'message'],
  }),
  reportHelp: (): LocalizedText => zh(
    `用法：fazhi report --data 資料夾 --scheme 方案檔案 --out 輸出資料夾 [--years 年份,年份] [--pdf] [--system-fonts] [--lang 語言]

生成年度報告：載入資料夾、計算指標、按考核方案計分，並在輸出資料夾寫入
  index.html     單一自足的 HTML 報告（內嵌 CSS 與 SVG 圖表，無外部請求，可列印為 A4），章節依園區年度報告排列；
  charts/*.svg   每張圖表的 SVG，charts/*.png 同圖的 PNG（2 倍解析度，以隨附的 Noto Sans 中文字型繪製），檔名說明圖表內容；
  results.json   指標、各單位得分、方案印記（id、版本、雜湊）與各檔案的讀取統計；
  results.csv    同樣的結果，每列一個指標或計分項（UTF-8 帶 BOM，防公式注入）；
  report.pdf     加 --pdf 時以 Chromium 列印 index.html。
進度寫到標準錯誤。

選項：
  -d, --data 資料夾     必填，存放資料檔案的資料夾（.csv、.tsv、.xlsx，不含子資料夾）
  -s, --scheme 檔案     必填，考核方案（.yaml、.yml 或 .json，格式見 docs/schemes.md）
  -o, --out 資料夾      必填，輸出資料夾（不存在時建立；同名檔案會被覆寫）
  -y, --years 年份      比較的年份，以逗號分隔（預設：資料完整的最近一年及其前一年）；最後一年為計分年度
      --pdf             另以 Chromium 輸出 report.pdf（找不到時說明如何安裝；FAZHI_CHROMIUM 可指定執行檔）
      --system-fonts    PNG 與 PDF 改用系統已安裝的中文字型（如 fonts-noto-cjk），而非隨附的字型；
                        找不到時說明如何安裝，且不寫入任何檔案
      --map 資料集:表頭=欄位  把無法識別的表頭當作該資料集的某一欄（可重複），例如
                        --map 'enforcement_reviews:基本要求=basic_pass'；無法識別的表頭會以提示或警告列出
      --map-file 檔案   同樣的對應寫在 JSON 或 YAML 檔案中，例如
                        {"enforcement_reviews": {"基本要求": "basic_pass"}}
      --lang 語言       zh-Hant、zh-Hans 或 en：報告與訊息的語言
  -h, --help            顯示本說明

結束狀態：0 已寫入報告；1 方案有錯誤、資料無法載入、年份不在資料中、有圖表無法繪製或其 PNG 未寫入，或 --pdf 而找不到 Chromium、--system-fonts 而找不到中文字型（此時不寫入任何檔案）或列印失敗；2 用法錯誤。`,
    `用法：fazhi report --data 文件夹 --scheme 方案文件 --out 输出文件夹 [--years 年份,年份] [--pdf] [--system-fonts] [--lang 语言]

生成年度报告：加载文件夹、计算指标、按考核方案计分，并在输出文件夹写入
  index.html     单一自足的 HTML 报告（内嵌 CSS 与 SVG 图表，无外部请求，可打印为 A4），章节依园区年度报告排列；
  charts/*.svg   每张图表的 SVG，charts/*.png 同图的 PNG（2 倍分辨率，以附带的 Noto Sans 中文字体绘制），文件名说明图表内容；
  results.json   指标、各单位得分、方案印记（id、版本、哈希）与各文件的读取统计；
  results.csv    同样的结果，每行一个指标或计分项（UTF-8 带 BOM，防公式注入）；
  report.pdf     加 --pdf 时以 Chromium 打印 index.html。
进度写到标准错误。

选项：
  -d, --data 文件夹     必填，存放数据文件的文件夹（.csv、.tsv、.xlsx，不含子文件夹）
  -s, --scheme 文件     必填，考核方案（.yaml、.yml 或 .json，格式见 docs/schemes.md）
  -o, --out 文件夹      必填，输出文件夹（不存在时创建；同名文件会被覆盖）
  -y, --years 年份      比较的年份，以逗号分隔（默认：数据完整的最近一年及其前一年）；最后一年为计分年度
      --pdf             另以 Chromium 输出 report.pdf（找不到时说明如何安装；FAZHI_CHROMIUM 可指定可执行文件）
      --system-fonts    PNG 与 PDF 改用系统已安装的中文字体（如 fonts-noto-cjk），而非附带的字体；
                        找不到时说明如何安装，且不写入任何文件
      --map 数据集:表头=列名  把无法识别的表头当作该数据集的某一列（可重复），例如
                        --map 'enforcement_reviews:基本要求=basic_pass'；无法识别的表头会以提示或警告列出
      --map-file 文件   同样的映射写在 JSON 或 YAML 文件中，例如
                        {"enforcement_reviews": {"基本要求": "basic_pass"}}
      --lang 语言       zh-Hant、zh-Hans 或 en：报告与消息的语言
  -h, --help            显示本说明

退出状态：0 已写入报告；1 方案有错误、数据无法加载、年份不在数据中、有图表无法绘制或其 PNG 未写入，或 --pdf 而找不到 Chromium、--system-fonts 而找不到中文字体（此时不写入任何文件）或打印失败；2 用法错误。`,
    `Usage: fazhi report --data DIR --scheme FILE --out DIR [--years YEAR,YEAR] [--pdf] [--system-fonts] [--lang LANG]

Writes the annual report: loads the folder, computes the indicators, scores the units against the
scheme and writes to the output folder
  index.html     one self-contained HTML report (inline CSS and SVG charts, no external requests,
                 prints on A4), its sections in the order of the park's annual report;
  charts/*.svg   every chart as SVG, and charts/*.png the same at 2x (drawn with the Noto Sans
                 Chinese fonts that come with fazhi), named after what they show;
  results.json   the indicators, the units' scores, the scheme's stamp (id, version, hash) and
                 what was read from each file;
  results.csv    the same results, one row per indicator or scored item (UTF-8 with BOM, cells
                 escaped against formula injection);
  report.pdf     with --pdf: index.html printed by Chromium.
Progress goes to stderr.

Options:
  -d, --data DIR        required: the folder of data files (.csv, .tsv, .xlsx; not recursive)
  -s, --scheme FILE     required: the assessment scheme (.yaml, .yml or .json; see docs/schemes.md)
  -o, --out DIR         required: the output folder (created when missing; files are overwritten)
  -y, --years YEARS     the years to compare, separated by commas (default: the latest year
                        complete enough to score and the one before); the last one is scored
      --pdf             also print report.pdf with Chromium (says how to install it when missing;
                        FAZHI_CHROMIUM names the binary)
      --system-fonts    draw the PNGs and the PDF with an installed CJK font (e.g. fonts-noto-cjk)
                        instead of the bundled ones; when there is none, says what to install and
                        writes nothing
      --map DATASET:HEADER=COLUMN  read a header fazhi does not recognise as a column of the dataset
                        (repeatable), e.g. --map 'enforcement_reviews:passed=basic_pass'; unrecognised
                        headers are listed as notices or warnings
      --map-file FILE   the same mapping in a JSON or YAML file, e.g.
                        {"enforcement_reviews": {"passed": "basic_pass"}}
      --lang LANG       zh-Hant, zh-Hans or en: the report's and the messages' language
  -h, --help            show this help

Exit status: 0 report written; 1 the scheme has errors, the data cannot be loaded, a year is not in
the data, a chart could not be drawn or its PNG not written, or --pdf and Chromium is missing or
--system-fonts and no CJK font is installed (then nothing is written), or printing failed; 2 bad usage.`,
  ),
} as const;

/**
 * The sentences of `fazhi sql` and of `fazhi indicators --engine duckdb`
 * (the indicators as SQL views, and DuckDB running them), in 繁體中文,
 * 简体中文 and English.
 *
 * @example
 * sqlMessages.duckdbMissing('1.5.6-r.1').en; // '--engine duckdb needs the package @duckdb/node-api: npm install @duckdb/node-api@${DUCKDB_NODE_API_VERSION} (or use --engine js, the default)'
 */
export const sqlMessages = {
  badEngine: (value: string, allowed: readonly string[]): LocalizedText => zh(
    `無效的 --engine「${value}」：請使用 ${allowed.join('、')}`,
    `无效的 --engine“${value}”：请使用 ${allowed.join('、')}`,
    `invalid --engine "${value}": use ${allowed.join(' or ')}`,
  ),
  badDialect: (value: string, allowed: readonly string[]): LocalizedText => zh(
    `無效的 --dialect「${value}」：目前支援 ${allowed.join('、')}`,
    `无效的 --dialect“${value}”：目前支持 ${allowed.join('、')}`,
    `invalid --dialect "${value}": the dialects are ${allowed.join(', ')}`,
  ),
  duckdbMissing: (version: string): LocalizedText => zh(
    `--engine duckdb 需要套件 @duckdb/node-api：npm install @duckdb/node-api@${version}（或改用預設的 --engine js）`,
    `--engine duckdb 需要软件包 @duckdb/node-api：npm install @duckdb/node-api@${version}（或改用默认的 --engine js）`,
    `--engine duckdb needs the package @duckdb/node-api: npm install @duckdb/node-api@${version} (or use --engine js, the default)`,
  ),
  sqlHelp: (optionDefaults: readonly string[]): LocalizedText => zh(
    `用法：fazhi sql [--dialect duckdb] [--option 名稱=值] [--year 年份] [--lang 語言]

把全部指標輸出為 SQL（寫到標準輸出），供資料團隊在自己的資料倉儲中執行：
  每個資料集一個表（CREATE TABLE IF NOT EXISTS，欄位即 fazhi 正規化後的紀錄欄位，見 docs/data.md）；
  每個指標一個視圖（CREATE OR REPLACE VIEW "fazhi_<指標>"），計算選項以常數寫入；
  視圖 "fazhi_indicator_rows" 含全部列，最後一句 SELECT 依 fazhi indicators 的順序讀出。
同一批紀錄在這些視圖中算出的列與 fazhi indicators 完全相同（見 docs/indicators.md「Indicators as SQL」）。

選項：
      --dialect 方言    duckdb（預設，目前唯一的方言）
  -o, --option 名稱=值  計算選項（可重複），同 fazhi indicators；選項及預設值：
                          ${optionDefaults.join('\n                          ')}
  -y, --year 年份       "fazhi_indicator_rows" 只保留這些年度的列（可重複，或以逗號分隔）
      --lang 語言       zh-Hant、zh-Hans 或 en：標準錯誤上的訊息
  -h, --help            顯示本說明

結束狀態：0 已輸出 SQL；2 用法錯誤。`,
    `用法：fazhi sql [--dialect duckdb] [--option 名称=值] [--year 年份] [--lang 语言]

把全部指标输出为 SQL（写到标准输出），供数据团队在自己的数据仓库中执行：
  每个数据集一个表（CREATE TABLE IF NOT EXISTS，列即 fazhi 规范化后的记录字段，见 docs/data.md）；
  每个指标一个视图（CREATE OR REPLACE VIEW "fazhi_<指标>"），计算选项以常量写入；
  视图 "fazhi_indicator_rows" 含全部行，最后一句 SELECT 按 fazhi indicators 的顺序读出。
同一批记录在这些视图中算出的行与 fazhi indicators 完全相同（见 docs/indicators.md“Indicators as SQL”）。

选项：
      --dialect 方言    duckdb（默认，目前唯一的方言）
  -o, --option 名称=值  计算选项（可重复），同 fazhi indicators；选项及默认值：
                          ${optionDefaults.join('\n                          ')}
  -y, --year 年份       "fazhi_indicator_rows" 只保留这些年度的行（可重复，或以逗号分隔）
      --lang 语言       zh-Hant、zh-Hans 或 en：标准错误上的消息
  -h, --help            显示本说明

退出状态：0 已输出 SQL；2 用法错误。`,
    `Usage: fazhi sql [--dialect duckdb] [--option NAME=VALUE] [--year YEAR] [--lang LANG]

Prints every indicator as SQL (to stdout), for a data team to run in their own warehouse:
  one table per dataset (CREATE TABLE IF NOT EXISTS; the columns are fazhi's normalised record
  fields, see docs/data.md);
  one view per indicator (CREATE OR REPLACE VIEW "fazhi_<indicator>"), the options written in as
  constants;
  the view "fazhi_indicator_rows" of every row, and a closing SELECT that reads it in the order of
  fazhi indicators.
On the same records these views give exactly the rows of fazhi indicators (docs/indicators.md,
"Indicators as SQL").

Options:
      --dialect DIALECT the SQL dialect: duckdb (the default, and the only one so far)
  -o, --option NAME=VALUE
                        a computation option (repeatable), as for fazhi indicators; the options and
                        their defaults:
                          ${optionDefaults.join('\n                          ')}
  -y, --year YEAR       keep only these years' rows in "fazhi_indicator_rows" (repeatable, or
                        comma-separated)
      --lang LANG       zh-Hant, zh-Hans or en: messages on stderr
  -h, --help            show this help

Exit status: 0 SQL printed; 2 bad usage.`,
  ),
} as const;

/**
 * The texts of `fazhi robustness`, in zh-Hant, zh-Hans and en.
 *
 * @example
 * robustnessCommandMessages.badCount('--runs', '0', 1).en; // 'bad --runs "0": give a whole number ≥ 1'
 */
export const robustnessCommandMessages = {
  badCount: (option: string, raw: string, min: number): LocalizedText => ({
    'zh-Hant': `${option}「${raw}」無效：請給不小於 ${min} 的整數`,
    'zh-Hans': `${option}“${raw}”无效：请给不小于 ${min} 的整数`,
    en: `bad ${option} "${raw}": give a whole number ≥ ${min}`,
  }),
  progress: (done: number, total: number): LocalizedText => ({
    'zh-Hant': `穩健性分析：${done} / ${total} 次`, 'zh-Hans': `稳健性分析：${done} / ${total} 次`, en: `robustness: ${done} / ${total} runs`,
  }),
  tableTitle: (scheme: string, year: number, runs: number, seed: number | null): LocalizedText => ({
    'zh-Hant': `${scheme}，${year} 年：排名的穩健性（蒙地卡羅 ${runs} 次${seed === null ? '' : `，種子 ${seed}`}）`,
    'zh-Hans': `${scheme}，${year} 年：排名的稳健性（蒙特卡罗 ${runs} 次${seed === null ? '' : `，种子 ${seed}`}）`,
    en: `${scheme}, ${year}: how robust the ranking is (Monte Carlo, ${runs} runs${seed === null ? '' : `, seed ${seed}`})`,
  }),
  tableHeadings: (): { [L in 'zh-Hant' | 'zh-Hans' | 'en']: { units: string[]; inputs: string[] } } => ({
    'zh-Hant': { units: ['名次', '中位', '90% 區間', '前3', '後3', '平均位移', '單位', '說明'], inputs: ['一階', '總效應', '總效應 95% 區間', '不確定因素'] },
    'zh-Hans': { units: ['名次', '中位', '90% 区间', '前3', '后3', '平均位移', '单位', '说明'], inputs: ['一阶', '总效应', '总效应 95% 区间', '不确定因素'] },
    en: { units: ['rank', 'median', '90% interval', 'top 3', 'bottom 3', 'mean shift', 'unit', 'in words'], inputs: ['first', 'total', 'total 95% interval', 'uncertain input'] },
  }),
  sobolTitle: (n: number, runs: number): LocalizedText => ({
    'zh-Hant': `Sobol 敏感度指數（平均排名位移；N = ${n}，共 ${runs} 次）`,
    'zh-Hans': `Sobol 敏感度指数（平均排名位移；N = ${n}，共 ${runs} 次）`,
    en: `Sobol sensitivity indices (mean absolute rank shift; N = ${n}, ${runs} runs)`,
  }),
  coherenceTitle: (units: number): LocalizedText => ({
    'zh-Hant': `統計一致性（${units} 個單位）：`, 'zh-Hans': `统计一致性（${units} 个单位）：`, en: `Statistical coherence (${units} units):`,
  }),
  pcaLine: (eigenvalues: readonly string[], share: string): LocalizedText => ({
    'zh-Hant': `主成分特徵值 ${eigenvalues.join('、')}…；第一主成分解釋 ${share} 的變異`,
    'zh-Hans': `主成分特征值 ${eigenvalues.join('、')}…；第一主成分解释 ${share} 的变异`,
    en: `principal component eigenvalues ${eigenvalues.join(', ')}…; the first explains ${share} of the variance`,
  }),
  treatmentLine: (changes: number, imputation: string): LocalizedText => ({
    'zh-Hant': `資料處理（缺漏值：${imputation}）：改動 ${changes} 個值`,
    'zh-Hans': `数据处理（缺漏值：${imputation}）：改动 ${changes} 个值`,
    en: `Data treatment (missing values: ${imputation}): ${changes} value(s) changed`,
  }),
  robustnessHelp: (): LocalizedText => ({
    'zh-Hant': `用法：fazhi robustness --data 資料夾 --scheme 方案檔案 --year 年份 [--runs 次數] [--seed 種子] [--sobol N]
                        [--format table|json|csv] [--lang 語言]

排名可信到什麼程度：按方案的 treatment 處理資料，檢查各項的統計一致性（相關、Cronbach's α、主成分），
按方案的 uncertainty 做蒙地卡羅模擬（每個單位的中位名次、90% 區間、進入前 3 / 後 3 的機率）與 Sobol 敏感度分析。
說明見 docs/robustness.md。

選項：
  -d, --data 資料夾     必填，存放資料檔案的資料夾
  -s, --scheme 檔案     必填，考核方案（含 uncertainty 一節才有模擬）
  -y, --year 年份       必填，分析的年度
  -n, --runs 次數       蒙地卡羅次數（預設：方案的 uncertainty.runs，否則 1000）
      --seed 種子       亂數種子（預設：方案的 uncertainty.seed，否則 1）；同一種子結果相同
      --sobol N         Sobol 分析的基本次數 N（共 N ×（因素數 + 2）次；預設 1024；0 不做）
  -f, --format 格式     table（預設）、json（docs/robustness.md 所述結構）或 csv（每單位一行）
      --lang 語言       zh-Hant、zh-Hans 或 en`,
    'zh-Hans': `用法：fazhi robustness --data 文件夹 --scheme 方案文件 --year 年份 [--runs 次数] [--seed 种子] [--sobol N]
                        [--format table|json|csv] [--lang 语言]

排名可信到什么程度：按方案的 treatment 处理数据，检查各项的统计一致性（相关、Cronbach's α、主成分），
按方案的 uncertainty 做蒙特卡罗模拟（每个单位的中位名次、90% 区间、进入前 3 / 后 3 的概率）与 Sobol 敏感度分析。
说明见 docs/robustness.md。

选项：
  -d, --data 文件夹     必填，存放数据文件的文件夹
  -s, --scheme 文件     必填，考核方案（含 uncertainty 一节才有模拟）
  -y, --year 年份       必填，分析的年度
  -n, --runs 次数       蒙特卡罗次数（默认：方案的 uncertainty.runs，否则 1000）
      --seed 种子       随机数种子（默认：方案的 uncertainty.seed，否则 1）；同一种子结果相同
      --sobol N         Sobol 分析的基本次数 N（共 N ×（因素数 + 2）次；默认 1024；0 不做）
  -f, --format 格式     table（默认）、json（docs/robustness.md 所述结构）或 csv（每单位一行）
      --lang 语言       zh-Hant、zh-Hans 或 en`,
    en: `Usage: fazhi robustness --data DIR --scheme FILE --year YEAR [--runs N] [--seed S] [--sobol N]
                        [--format table|json|csv] [--lang LANG]

How far the ranking can be trusted: treats the data as the scheme's treatment says, checks the statistical
coherence of the items (correlations, Cronbach's α, principal components), runs a Monte Carlo over the scheme's
uncertainty inputs (each unit's median rank, 90% interval, chance of the top and bottom 3) and a Sobol
sensitivity analysis. See docs/robustness.md.

Options:
  -d, --data DIR        required: the folder of data files
  -s, --scheme FILE     required: the assessment scheme (the Monte Carlo needs its uncertainty section)
  -y, --year YEAR       required: the year analysed
  -n, --runs N          Monte Carlo runs (default: the scheme's uncertainty.runs, else 1000)
      --seed S          random seed (default: the scheme's uncertainty.seed, else 1); one seed, one result
      --sobol N         base runs of the Sobol analysis (N × (inputs + 2) runs; default 1024; 0 for none)
  -f, --format FORMAT   table (default), json (the contract of docs/robustness.md) or csv (one row per unit)
      --lang LANG       zh-Hant, zh-Hans or en`,
  }),
} as const;

/** Messages of `fazhi evidence`. */
export const evidenceMessages = {
  missingIndicator: (): LocalizedText => ({
    'zh-Hant': 'evidence 需要 --indicator 指標代碼（如 litigation.lost_cases）；見 fazhi evidence --help',
    'zh-Hans': 'evidence 需要 --indicator 指标代码（如 litigation.lost_cases）；见 fazhi evidence --help',
    en: 'evidence needs --indicator ID (e.g. litigation.lost_cases); see fazhi evidence --help',
  }),
  badIndicator: (value: string, closest: readonly string[]): LocalizedText => ({
    'zh-Hant': `沒有指標「${value}」${closest.length > 0 ? `；是否指 ${closest.join('、')}？` : ''}（全部代碼見 docs/indicators.md）`,
    'zh-Hans': `没有指标“${value}”${closest.length > 0 ? `；是否指 ${closest.join('、')}？` : ''}（全部代码见 docs/indicators.md）`,
    en: `no indicator "${value}"${closest.length > 0 ? `; did you mean ${closest.join(', ')}?` : ''} (every id is in docs/indicators.md)`,
  }),
  missingUnit: (): LocalizedText => ({
    'zh-Hant': 'evidence 需要 --unit 單位（全稱、units.csv 中的別名，或 * 表示全區）',
    'zh-Hans': 'evidence 需要 --unit 单位（全称、units.csv 中的别名，或 * 表示全区）',
    en: 'evidence needs --unit NAME (a full name, an alias from units.csv, or * for the jurisdiction)',
  }),
  missingYear: (): LocalizedText => ({
    'zh-Hant': 'evidence 需要 --year 年份（如 2019）',
    'zh-Hans': 'evidence 需要 --year 年份（如 2019）',
    en: 'evidence needs --year YEAR (e.g. 2019)',
  }),
  noRow: (indicator: string, unit: string, year: number, years: readonly number[]): LocalizedText => ({
    'zh-Hant': `「${unit}」${year} 年沒有 ${indicator} 的數值${years.length > 0 ? `；該單位有數值的年度：${years.join('、')}` : '；該單位在任何年度都沒有此指標的紀錄'}`,
    'zh-Hans': `“${unit}”${year} 年没有 ${indicator} 的数值${years.length > 0 ? `；该单位有数值的年度：${years.join('、')}` : '；该单位在任何年度都没有此指标的记录'}`,
    en: `"${unit}" has no ${indicator} row for ${year}${years.length > 0 ? `; it has one for ${years.join(', ')}` : '; it has no record of this indicator in any year'}`,
  }),
  partHeading: (part: 'numerator' | 'denominator', count: number): LocalizedText => ({
    'zh-Hant': `${part === 'numerator' ? '分子' : '分母'}：${count} 筆紀錄`,
    'zh-Hans': `${part === 'numerator' ? '分子' : '分母'}：${count} 条记录`,
    en: `${part}: ${count} record${count === 1 ? '' : 's'}`,
  }),
  columnHeaders: (): Record<Lang, readonly [string, string, string, string, string]> => ({
    'zh-Hant': ['檔案', '行', '單位', '年度', '計入'],
    'zh-Hans': ['文件', '行', '单位', '年度', '计入'],
    en: ['file', 'row', 'unit', 'year', 'adds'],
  }),
  evidenceHelp: (): LocalizedText => ({
    'zh-Hant': `用法：fazhi evidence --data 資料夾 --indicator 指標 --unit 單位 --year 年份 [--format table|json|csv]
                      [--option 名稱=值]… [--dimension 一級指標] [--item 二級指標] [--lang 語言]

列出一個數值背後的紀錄：某指標在某單位、某年度的分子與分母各由哪些紀錄構成——檔案、行號、
案號或文號等鍵欄、指標讀取的欄位，以及每筆紀錄計入多少。紀錄由與數值相同的指標定義找出，
分子各筆的「計入」相加即為分子，分母亦然（計數則每筆計 1）。同比指標列出今年的紀錄（加）與上年的
紀錄（減）；億元GDP死亡率列出事故與經濟資料中的 GDP 一行；營商環境得分列出各測評值。

選項：
  -d, --data 資料夾       必填，存放資料檔案的資料夾
  -i, --indicator 指標    必填，指標代碼，如 litigation.lost_cases（見 docs/indicators.md）
  -u, --unit 單位         必填，單位全稱、units.csv 中的別名（繁簡皆可），或 * 表示全區
  -y, --year 年份         必填，年度
  -f, --format 格式       table（預設）、json（核心 IndicatorEvidence 陣列）或 csv（每筆紀錄一行）
  -o, --option 名稱=值    計算選項，與 fazhi indicators 相同（影響哪些紀錄計入）
      --dimension 名稱    營商環境：只列此一級指標
      --item 名稱         營商環境：只列此二級指標
      --map、--map-file   欄位對應，與 fazhi indicators 相同
      --lang 語言         zh-Hant、zh-Hans 或 en

結束狀態：0 已列出；1 無法讀取資料，或該單位該年度沒有此指標的數值；2 用法錯誤。`,
    'zh-Hans': `用法：fazhi evidence --data 文件夹 --indicator 指标 --unit 单位 --year 年份 [--format table|json|csv]
                      [--option 名称=值]… [--dimension 一级指标] [--item 二级指标] [--lang 语言]

列出一个数值背后的记录：某指标在某单位、某年度的分子与分母各由哪些记录构成——文件、行号、
案号或文号等键列、指标读取的字段，以及每条记录计入多少。记录由与数值相同的指标定义找出，
分子各条的“计入”相加即为分子，分母亦然（计数则每条计 1）。同比指标列出今年的记录（加）与上年的
记录（减）；亿元GDP死亡率列出事故与经济数据中的 GDP 一行；营商环境得分列出各测评值。

选项：
  -d, --data 文件夹       必填，存放数据文件的文件夹
  -i, --indicator 指标    必填，指标代码，如 litigation.lost_cases（见 docs/indicators.md）
  -u, --unit 单位         必填，单位全称、units.csv 中的别名（繁简皆可），或 * 表示全区
  -y, --year 年份         必填，年度
  -f, --format 格式       table（默认）、json（核心 IndicatorEvidence 数组）或 csv（每条记录一行）
  -o, --option 名称=值    计算选项，与 fazhi indicators 相同（影响哪些记录计入）
      --dimension 名称    营商环境：只列此一级指标
      --item 名称         营商环境：只列此二级指标
      --map、--map-file   字段对应，与 fazhi indicators 相同
      --lang 语言         zh-Hant、zh-Hans 或 en

退出状态：0 已列出；1 无法读取数据，或该单位该年度没有此指标的数值；2 用法错误。`,
    en: `Usage: fazhi evidence --data DIR --indicator ID --unit NAME --year YEAR [--format table|json|csv]
                      [--option NAME=VALUE]… [--dimension NAME] [--item NAME] [--lang LANG]

Lists the records behind a number: the records that make up an indicator's numerator and denominator for one
unit and year — file, row, key fields such as the case or document number, the fields the indicator reads, and
what each record adds. They are found from the same indicator definition as the number itself, so what the
numerator's records add sums to the numerator, and likewise for the denominator (1 a record for a count). A
year-on-year change lists this year's records (adding) and last year's (taking away); the deaths per GDP the
incidents and the economy row of the GDP; the business-environment scores their measurements.

Options:
  -d, --data DIR          required: the folder of data files
  -i, --indicator ID      required: the indicator id, e.g. litigation.lost_cases (see docs/indicators.md)
  -u, --unit NAME         required: the unit's full name, an alias from units.csv (either script), or * for the jurisdiction
  -y, --year YEAR         required: the year
  -f, --format FORMAT     table (default), json (core's IndicatorEvidence array) or csv (one line per record)
  -o, --option NAME=VALUE a computation option, as for fazhi indicators (it decides which records count)
      --dimension NAME    business environment: only this dimension (一級指標)
      --item NAME         business environment: only this item (二級指標)
      --map, --map-file   column mapping, as for fazhi indicators
      --lang LANG         zh-Hant, zh-Hans or en

Exit status: 0 listed; 1 the data could not be read, or the unit has no row of the indicator that year; 2 bad usage.`,
  }),
} as const;
