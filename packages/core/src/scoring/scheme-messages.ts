import type { LocalizedText } from '../messages/localized-text.ts';

/** A localized phrase without a path, e.g. "expected a number, got \"two\"". */
type Body = LocalizedText;

const list = (values: readonly string[], lang: 'zh' | 'en'): string =>
  lang === 'en' ? values.join(', ') : values.join('、');

/** 1000000 → "1,000,000". */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

const hint = (suggestion: string | null): { 'zh-Hant': string; 'zh-Hans': string; en: string } =>
  suggestion === null
    ? { 'zh-Hant': '', 'zh-Hans': '', en: '' }
    : { 'zh-Hant': `（是否要寫「${suggestion}」？）`, 'zh-Hans': `（是否要写“${suggestion}”？）`, en: ` (did you mean "${suggestion}"?)` };

/**
 * Every sentence `checkScheme` says about a scheme file, in 繁體中文, 简体中文
 * and English: the phrases for what a node should be (`expected*`), and one
 * function per error or warning code that takes what was expected and what
 * was found. `at` puts the node's path in front. One voice throughout: what
 * is wrong, quoting the value, then what to do.
 *
 * @example
 * schemeMessages.at('dimensions[2].items[0].rule.per', schemeMessages.type(schemeMessages.expectedType('number'), '"two"')).en;
 * // 'dimensions[2].items[0].rule.per: expected a number, got "two"'
 */
export const schemeMessages = {
  /** Puts a node's path in front of a sentence (`path: …`); the root's empty path adds nothing. */
  at: (path: string, body: Body): LocalizedText =>
    path === ''
      ? body
      : { 'zh-Hant': `${path}：${body['zh-Hant']}`, 'zh-Hans': `${path}：${body['zh-Hans']}`, en: `${path}: ${body.en}` },

  // What a node should be.
  /** "a number", "a string" … for a JSON Schema type name. */
  expectedType: (type: string): LocalizedText =>
    ({
      string: { 'zh-Hant': '字串', 'zh-Hans': '字符串', en: 'a string' },
      number: { 'zh-Hant': '數字', 'zh-Hans': '数字', en: 'a number' },
      integer: { 'zh-Hant': '整數', 'zh-Hans': '整数', en: 'a whole number' },
      boolean: { 'zh-Hant': 'true 或 false', 'zh-Hans': 'true 或 false', en: 'true or false' },
      object: { 'zh-Hant': '物件（{…}）', 'zh-Hans': '对象（{…}）', en: 'an object ({…})' },
      array: { 'zh-Hant': '清單（[…]）', 'zh-Hans': '列表（[…]）', en: 'a list ([…])' },
      null: { 'zh-Hant': 'null', 'zh-Hans': 'null', en: 'null' },
    })[type] ?? { 'zh-Hant': type, 'zh-Hans': type, en: type },
  /** "one of a, b, c". */
  expectedOneOf: (values: readonly string[]): LocalizedText => ({
    'zh-Hant': `以下之一：${list(values, 'zh')}`,
    'zh-Hans': `以下之一：${list(values, 'zh')}`,
    en: `one of ${list(values, 'en')}`,
  }),
  /** Alternatives joined with "or". */
  expectedEither: (alternatives: readonly LocalizedText[]): LocalizedText => ({
    'zh-Hant': alternatives.map((a) => a['zh-Hant']).join('或'),
    'zh-Hans': alternatives.map((a) => a['zh-Hans']).join('或'),
    en: alternatives.map((a) => a.en).join(' or '),
  }),
  /** What a `SchemeText` is: a string or an object with zh-Hant, zh-Hans, en. */
  expectedText: (): LocalizedText => ({
    'zh-Hant': '文字，或含 zh-Hant、zh-Hans、en 的物件',
    'zh-Hans': '文字，或含 zh-Hant、zh-Hans、en 的对象',
    en: 'a string, or an object with zh-Hant, zh-Hans, en',
  }),
  /** "a finite number" (YAML can write `.inf`). */
  expectedFiniteNumber: (): LocalizedText => ({ 'zh-Hant': '有限的數字', 'zh-Hans': '有限的数字', en: 'a finite number' }),
  /** "a number > 0". */
  expectedPositive: (): LocalizedText => ({ 'zh-Hant': '大於 0 的數字', 'zh-Hans': '大于 0 的数字', en: 'a number > 0' }),
  /** "a number ≥ 0". */
  expectedNonNegative: (): LocalizedText => ({ 'zh-Hant': '不小於 0 的數字', 'zh-Hans': '不小于 0 的数字', en: 'a number ≥ 0' }),
  /** "a number in [0, 1]" and other ranges. */
  expectedRange: (range: string): LocalizedText => ({ 'zh-Hant': `${range} 之間的數字`, 'zh-Hans': `${range} 之间的数字`, en: `a number in ${range}` }),
  /** "a non-empty string". */
  expectedNonEmpty: (): LocalizedText => ({ 'zh-Hant': '非空字串', 'zh-Hans': '非空字符串', en: 'a non-empty string' }),
  /** "a list of at least one entry". */
  expectedNonEmptyList: (): LocalizedText => ({ 'zh-Hant': '至少一項的清單', 'zh-Hans': '至少一项的列表', en: 'a list of at least one entry' }),
  /** "nothing": the field should be left out. */
  expectedAbsent: (): LocalizedText => ({ 'zh-Hant': '不填', 'zh-Hans': '不填', en: 'nothing' }),
  /** "10 (the sum of …)" for sums of points. */
  expectedSum: (sum: string, of: LocalizedText): LocalizedText => ({
    'zh-Hant': `${sum}（${of['zh-Hant']}之和）`,
    'zh-Hans': `${sum}（${of['zh-Hans']}之和）`,
    en: `${sum} (the sum of ${of.en})`,
  }),
  /** What a dimension's points are the sum of. */
  itemsPoints: (): LocalizedText => ({ 'zh-Hant': '其各項（加分項除外）分值', 'zh-Hans': '其各项（加分项除外）分值', en: "its items' points, bonus items aside" }),
  /** What the scheme's total is the sum of. */
  dimensionsPoints: (): LocalizedText => ({ 'zh-Hant': '各一級指標分值', 'zh-Hans': '各一级指标分值', en: "the dimensions' points" }),
  /** "missing", the actual value of an absent field. */
  missingValue: (): LocalizedText => ({ 'zh-Hant': '缺少', 'zh-Hans': '缺少', en: 'missing' }),

  // Syntax.
  /**
   * Error `syntax`: the JSON or YAML does not parse, and what the parser met
   * there (one of `syntaxDetails`). The line and column are the error's own
   * fields, not part of the sentence: whoever shows it puts them in front once.
   */
  syntax: (format: 'json' | 'yaml', detail: LocalizedText): Body => {
    const name = format === 'json' ? 'JSON' : 'YAML';
    return {
      'zh-Hant': `${name} 語法錯誤：${detail['zh-Hant']}。請修正此處後重新檢查。`,
      'zh-Hans': `${name} 语法错误：${detail['zh-Hans']}。请修正此处后重新检查。`,
      en: `${name} syntax error: ${detail.en}. Fix the text there and check again.`,
    };
  },
  /** What a parser met where the text stops parsing, in every language (the parsers' own sentences are English). */
  syntaxDetails: {
    /** JSON: a character that cannot stand here. */
    unexpected: (character: string): LocalizedText => ({ 'zh-Hant': `此處不應出現 ${character}`, 'zh-Hans': `此处不应出现 ${character}`, en: `unexpected ${character}` }),
    /** JSON: the text ends inside a value. */
    endsEarly: (): LocalizedText => ({ 'zh-Hant': '文字提前結束（缺少結尾的括號或引號）', 'zh-Hans': '文字提前结束（缺少结尾的括号或引号）', en: 'the text ends too early (a closing bracket or quote is missing)' }),
    /** A key written twice in one object. */
    duplicateKey: (key: string): LocalizedText => ({ 'zh-Hant': `鍵 ${key} 在同一層重複出現`, 'zh-Hans': `键 ${key} 在同一层重复出现`, en: `the key ${key} appears twice at this level` }),
    /** YAML: a second document (`---`) after the scheme. */
    moreThanOneDocument: (): LocalizedText => ({ 'zh-Hant': '含有多於一份文件（--- 之後又有內容）', 'zh-Hans': '含有多于一份文档（--- 之后又有内容）', en: 'there is more than one document (more text after ---)' }),
    /** YAML: a line indented unlike the others of its level. */
    indentation: (): LocalizedText => ({ 'zh-Hant': '縮排不正確：同一層的欄位須對齊', 'zh-Hans': '缩进不正确：同一层的字段须对齐', en: 'the indentation is wrong: fields of one level line up' }),
    /** YAML: a tab used to indent. */
    tabIndent: (): LocalizedText => ({ 'zh-Hant': '縮排用了 Tab 字元：YAML 只能用空格縮排', 'zh-Hans': '缩进用了 Tab 字符：YAML 只能用空格缩进', en: 'a tab is used to indent: YAML indents with spaces only' }),
    /** A quoted value without its closing quote. */
    missingQuote: (): LocalizedText => ({ 'zh-Hant': '缺少結尾的引號', 'zh-Hans': '缺少结尾的引号', en: 'a closing quote is missing' }),
    /** A `[` or `{` without its closing bracket. */
    missingBracket: (): LocalizedText => ({ 'zh-Hant': '缺少結尾的方括號 ] 或大括號 }', 'zh-Hans': '缺少结尾的方括号 ] 或大括号 }', en: 'a closing ] or } is missing' }),
    /** Items in brackets without a comma (or a colon) between them. */
    missingSeparator: (): LocalizedText => ({ 'zh-Hant': '括號內的項目之間缺少逗號或冒號', 'zh-Hans': '括号内的项目之间缺少逗号或冒号', en: 'a comma or colon is missing between the items in brackets' }),
    /** YAML: a field name without a colon and a value after it. */
    missingColon: (): LocalizedText => ({ 'zh-Hant': '欄位名稱後缺少冒號與值', 'zh-Hans': '字段名称后缺少冒号与值', en: 'a field name is not followed by a colon and a value' }),
    /** YAML: no space after a colon or before a `#` comment. */
    missingSpace: (): LocalizedText => ({ 'zh-Hant': '此處缺少空格（冒號之後、# 註解之前都要有空格）', 'zh-Hans': '此处缺少空格（冒号之后、# 注释之前都要有空格）', en: 'a space is missing here (after a colon, before a # comment)' }),
    /** YAML: a field name running over lines (a colon missing above, or an unclosed bracket or quote). */
    multilineKey: (): LocalizedText => ({ 'zh-Hant': '欄位名稱不能跨行：通常是上一行缺少冒號，或括號、引號沒有結尾', 'zh-Hans': '字段名称不能跨行：通常是上一行缺少冒号，或括号、引号没有结尾', en: 'a field name cannot run over lines: usually a colon is missing above, or a bracket or quote is not closed' }),
    /** YAML: something that cannot be a field name where one is read. */
    blockAsKey: (): LocalizedText => ({ 'zh-Hant': '此處的內容不能作為欄位名稱：請檢查冒號與縮排', 'zh-Hans': '此处的内容不能作为字段名称：请检查冒号与缩进', en: 'this cannot be a field name: check the colons and the indentation' }),
    /** YAML: an indented block inside `[ ]` or `{ }`. */
    blockInBrackets: (): LocalizedText => ({ 'zh-Hant': '方括號或大括號內不能使用縮排的區塊', 'zh-Hans': '方括号或大括号内不能使用缩进的区块', en: 'an indented block cannot stand inside [ ] or { }' }),
    /** YAML: a plain value starting with a reserved character (`@`, a backtick). */
    badStart: (): LocalizedText => ({ 'zh-Hant': '值不能以此字元開頭（如 @ 或 `）：請為值加上引號', 'zh-Hans': '值不能以此字符开头（如 @ 或 `）：请为值加上引号', en: 'a value cannot start with this character (such as @ or `): put the value in quotes' }),
    /** An invalid escape in a double-quoted string. */
    badEscape: (): LocalizedText => ({ 'zh-Hant': '雙引號字串中的跳脫序列（\\ 開頭）無效', 'zh-Hans': '双引号字符串中的转义序列（\\ 开头）无效', en: 'an escape (starting with \\) in a double-quoted string is invalid' }),
    /** YAML: a malformed anchor, alias or tag (`&`, `*`, `!`). */
    anchorOrTag: (): LocalizedText => ({ 'zh-Hant': '錨點、別名或標籤（&、*、!）寫法有誤', 'zh-Hans': '锚点、别名或标签（&、*、!）写法有误', en: 'an anchor, alias or tag (&, *, !) is malformed' }),
    /** YAML: an invalid `%` directive line. */
    directive: (): LocalizedText => ({ 'zh-Hant': '以 % 開頭的指令行無效', 'zh-Hans': '以 % 开头的指令行无效', en: 'a directive line (starting with %) is invalid' }),
    /** YAML: a field name over 1024 characters. */
    longKey: (): LocalizedText => ({ 'zh-Hant': '欄位名稱超過 1024 個字元', 'zh-Hans': '字段名称超过 1024 个字符', en: 'a field name is longer than 1024 characters' }),
    /** Text that does not belong where it stands (the parser has no better words). */
    unexpectedText: (): LocalizedText => ({ 'zh-Hant': '此處出現了不應有的內容', 'zh-Hans': '此处出现了不应有的内容', en: 'there is text here that does not belong' }),
  },

  // Limits (docs/schemes.md, "Limits and hostile files").
  /** Error `text.too_long`: the text is longer than the limit, and is not read. */
  textTooLong: (length: number, limit: number): Body => ({
    'zh-Hant': `方案文字長 ${grouped(length)} 個字元，超過上限 ${grouped(limit)} 個字元，未予讀取：方案檔通常只有數 KB，請確認是否選錯檔案`,
    'zh-Hans': `方案文字长 ${grouped(length)} 个字符，超过上限 ${grouped(limit)} 个字符，未予读取：方案文件通常只有数 KB，请确认是否选错文件`,
    en: `the text is ${grouped(length)} characters long, over the limit of ${grouped(limit)}, and is not read: a scheme file is a few kilobytes; check that this is the right file`,
  }),
  /** Error `text.empty`: nothing but blanks (or a byte-order mark). */
  textEmpty: (): Body => ({
    'zh-Hant': '方案文字是空的：方案檔應以 format: fazhi-scheme/1 開始（見 docs/schemes.md）',
    'zh-Hans': '方案文字是空的：方案文件应以 format: fazhi-scheme/1 开始（见 docs/schemes.md）',
    en: 'the text is empty: a scheme file starts with format: fazhi-scheme/1 (see docs/schemes.md)',
  }),
  /** Error `text.control_character`: a control character JSON and YAML both forbid, likely a binary file (the error's line and column say where). */
  controlCharacter: (character: string): Body => ({
    'zh-Hant': `含有控制字元 ${character}，JSON 與 YAML 皆不允許：這是否是二進位檔？方案檔應為 UTF-8 文字`,
    'zh-Hans': `含有控制字符 ${character}，JSON 与 YAML 均不允许：这是否是二进制文件？方案文件应为 UTF-8 文本`,
    en: `the control character ${character} is allowed in neither JSON nor YAML: is this a binary file? A scheme file is UTF-8 text`,
  }),
  /** Error `nesting.too_deep`: lists and objects nested deeper than the limit; with the line where it happens when given (null when the error's own line and column say it). */
  tooDeep: (limit: number, line: number | null, column: number | null): Body => {
    const at = line === null ? null : { line, column: column ?? 1 };
    return {
      'zh-Hant': `${at === null ? '' : `第 ${at.line} 行第 ${at.column} 列：`}清單與物件巢狀超過 ${limit} 層：方案只有數層深，請檢查括號與縮排`,
      'zh-Hans': `${at === null ? '' : `第 ${at.line} 行第 ${at.column} 列：`}列表与对象嵌套超过 ${limit} 层：方案只有数层深，请检查括号与缩进`,
      en: `${at === null ? '' : `line ${at.line}, column ${at.column}: `}lists and objects nest more than ${limit} levels deep: a scheme is a handful of levels deep; check the brackets and the indentation`,
    };
  },
  /** Error `values.too_many`: more values than the limit. */
  tooManyValues: (limit: number): Body => ({
    'zh-Hant': `方案含有超過 ${grouped(limit)} 個值：實際的方案至多數千個，請確認是否選錯檔案`,
    'zh-Hans': `方案含有超过 ${grouped(limit)} 个值：实际的方案至多数千个，请确认是否选错文件`,
    en: `the scheme holds more than ${grouped(limit)} values: a real one holds a few thousand at most; check that this is the right file`,
  }),
  /** Error `aliases.too_many`: YAML aliases (`*name`) that expand the scheme beyond the limit (an alias bomb). */
  aliasesTooMany: (limit: number): Body => ({
    'zh-Hant': `YAML 別名（*名稱）展開後方案超過 ${grouped(limit)} 個值（或巢狀超過上限），別名過多：請直接寫出重複的部分，或減少別名`,
    'zh-Hans': `YAML 别名（*名称）展开后方案超过 ${grouped(limit)} 个值（或嵌套超过上限），别名过多：请直接写出重复的部分，或减少别名`,
    en: `the YAML aliases (*name) expand the scheme to more than ${grouped(limit)} values (or nest it too deep): the scheme uses too many aliases; write the repeated parts out, or use fewer aliases`,
  }),
  /** Error `check.failed`: the check itself failed; fazhi's fault, not the file's. */
  checkFailed: (detail: string): Body => ({
    'zh-Hant': `fazhi 無法檢查此方案（${detail}）：這是 fazhi 的錯誤，請回報此檔案`,
    'zh-Hans': `fazhi 无法检查此方案（${detail}）：这是 fazhi 的错误，请报告此文件`,
    en: `fazhi could not check this scheme (${detail}): this is a fault of fazhi's; please report it with the file`,
  }),

  // Structure (the JSON Schema).
  /** Error `type`: a value of the wrong kind ("expected a number, got \"two\""). */
  type: (expected: LocalizedText, actual: string): Body => ({
    'zh-Hant': `應為${expected['zh-Hant']}，實為 ${actual}`,
    'zh-Hans': `应为${expected['zh-Hans']}，实为 ${actual}`,
    en: `expected ${expected.en}, got ${actual}`,
  }),
  /** Error `type`: a number or true/false where a string belongs (YAML reads `2019.1` as a number): quote it. */
  typeQuote: (expected: LocalizedText, actual: string): Body => ({
    'zh-Hant': `應為${expected['zh-Hant']}，實為 ${actual}：請加上引號寫成 "${actual}"`,
    'zh-Hans': `应为${expected['zh-Hans']}，实为 ${actual}：请加上引号写成 "${actual}"`,
    en: `expected ${expected.en}, got ${actual}: write it in quotes, "${actual}"`,
  }),
  /** Error `required`: a required field is missing. */
  required: (property: string, expected: LocalizedText): Body => ({
    'zh-Hant': `缺少必填的「${property}」（應為${expected['zh-Hant']}）`,
    'zh-Hans': `缺少必填的“${property}”（应为${expected['zh-Hans']}）`,
    en: `the required "${property}" is missing (expected ${expected.en})`,
  }),
  /** Error `unknown_property`: a field the format does not know, with the closest known one. */
  unknownProperty: (property: string, known: readonly string[], suggestion: string | null): Body => ({
    'zh-Hant': `未知的欄位「${property}」${hint(suggestion)['zh-Hant']}：此處可用 ${list(known, 'zh')}`,
    'zh-Hans': `未知的字段“${property}”${hint(suggestion)['zh-Hans']}：此处可用 ${list(known, 'zh')}`,
    en: `unknown field "${property}"${hint(suggestion).en}: the fields here are ${list(known, 'en')}`,
  }),
  /** Error `enum`/`const`: a value outside the allowed ones, with the closest. */
  enum: (allowed: readonly string[], actual: string, suggestion: string | null): Body => ({
    'zh-Hant': `應為以下之一：${list(allowed, 'zh')}，實為 ${actual}${hint(suggestion)['zh-Hant']}`,
    'zh-Hans': `应为以下之一：${list(allowed, 'zh')}，实为 ${actual}${hint(suggestion)['zh-Hans']}`,
    en: `expected one of ${list(allowed, 'en')}, got ${actual}${hint(suggestion).en}`,
  }),
  /** Error `format`: the file is in another format version. */
  format: (expected: string, actual: string): Body => ({
    'zh-Hant': `方案格式應為 "${expected}"，實為 ${actual}：此版本的 fazhi 只讀取 ${expected} 格式的方案`,
    'zh-Hans': `方案格式应为 "${expected}"，实为 ${actual}：此版本的 fazhi 只读取 ${expected} 格式的方案`,
    en: `expected the format "${expected}", got ${actual}: this version of fazhi reads ${expected} schemes only`,
  }),
  /** Error `indicator.unknown`: not a catalogue id; names the closest known id. */
  unknownIndicator: (actual: string, suggestion: string | null): Body => ({
    'zh-Hant': `未知的指標 ${actual}${suggestion === null ? '' : `，最接近的已知指標為「${suggestion}」`}：請使用 INDICATORS.md 中的指標代碼`,
    'zh-Hans': `未知的指标 ${actual}${suggestion === null ? '' : `，最接近的已知指标为“${suggestion}”`}：请使用 INDICATORS.md 中的指标代码`,
    en: `unknown indicator ${actual}${suggestion === null ? '' : `; the closest known id is "${suggestion}"`}: use an indicator id of INDICATORS.md`,
  }),
  /** Error `rule.unknown`: a rule type fazhi does not know; lists the known ones. */
  unknownRule: (actual: string, known: readonly string[], suggestion: string | null): Body => ({
    'zh-Hant': `未知的計分規則 ${actual}${hint(suggestion)['zh-Hant']}：可用的規則為 ${list(known, 'zh')}`,
    'zh-Hans': `未知的计分规则 ${actual}${hint(suggestion)['zh-Hans']}：可用的规则为 ${list(known, 'zh')}`,
    en: `unknown rule type ${actual}${hint(suggestion).en}: the rule types are ${list(known, 'en')}`,
  }),
  /** Error `schema`: the validator rejected what the explainer did not place; quotes the validator. */
  schema: (detail: string): Body => ({
    'zh-Hant': `不符合方案結構：${detail}`,
    'zh-Hans': `不符合方案结构：${detail}`,
    en: `does not fit the scheme's structure: ${detail}`,
  }),

  // Meaning (what the schema cannot say).
  /** Error `id.empty`, `dimensions.empty`, `dimension.empty`, `bands.empty`: an empty id or list. */
  empty: (expected: LocalizedText): Body => ({
    'zh-Hant': `不可為空（應為${expected['zh-Hant']}）`,
    'zh-Hans': `不可为空（应为${expected['zh-Hans']}）`,
    en: `must not be empty (expected ${expected.en})`,
  }),
  /** Error `id.duplicate`: an id used twice, with where it was first used. */
  duplicateId: (id: string, first: string): Body => ({
    'zh-Hant': `代碼「${id}」重複，已在 ${first} 使用：每個代碼在方案中只能出現一次`,
    'zh-Hans': `代码“${id}”重复，已在 ${first} 使用：每个代码在方案中只能出现一次`,
    en: `the id "${id}" is already used at ${first}: every id must be unique within the scheme`,
  }),
  /** Error `points.missing`: a points scheme needs points on this dimension or item. */
  pointsMissing: (): Body => ({
    'zh-Hant': '百分制（points）方案中缺少分值「points」：請填寫此項的分值',
    'zh-Hans': '百分制（points）方案中缺少分值“points”：请填写此项的分值',
    en: 'a points scheme needs "points" here: give what this is worth',
  }),
  /** Error `number.positive`: a number that must be > 0. */
  notPositive: (actual: string): Body => ({
    'zh-Hant': `應為大於 0 的數字，實為 ${actual}`,
    'zh-Hans': `应为大于 0 的数字，实为 ${actual}`,
    en: `expected a number > 0, got ${actual}`,
  }),
  /** Error `number.non_negative`: a number that must be ≥ 0. */
  negative: (actual: string): Body => ({
    'zh-Hant': `應為不小於 0 的數字，實為 ${actual}`,
    'zh-Hans': `应为不小于 0 的数字，实为 ${actual}`,
    en: `expected a number ≥ 0, got ${actual}`,
  }),
  /** Error `number.finite`: Infinity or NaN. */
  notFinite: (actual: string): Body => ({
    'zh-Hant': `應為有限的數字，實為 ${actual}`,
    'zh-Hans': `应为有限的数字，实为 ${actual}`,
    en: `expected a finite number, got ${actual}`,
  }),
  /** Error `number.range`: a number outside its range. */
  outOfRange: (range: string, actual: string): Body => ({
    'zh-Hant': `應在 ${range} 之間，實為 ${actual}`,
    'zh-Hans': `应在 ${range} 之间，实为 ${actual}`,
    en: `expected a number in ${range}, got ${actual}`,
  }),
  /** Error `points.dimension_sum`: a dimension's items do not add up to its points. */
  dimensionSum: (points: string, sum: string): Body => ({
    'zh-Hant': `一級指標分值為 ${points}，但其各項（加分項除外）分值之和為 ${sum}：請調整使兩者相等`,
    'zh-Hans': `一级指标分值为 ${points}，但其各项（加分项除外）分值之和为 ${sum}：请调整使两者相等`,
    en: `the dimension is worth ${points} but its items (bonus items aside) add up to ${sum}: make them equal`,
  }),
  /** Error `points.total_sum`: the dimensions do not add up to the total. */
  totalSum: (total: string, sum: string): Body => ({
    'zh-Hant': `方案總分為 ${total}，但各一級指標分值之和為 ${sum}：請調整使兩者相等`,
    'zh-Hans': `方案总分为 ${total}，但各一级指标分值之和为 ${sum}：请调整使两者相等`,
    en: `the scheme's total is ${total} but its dimensions add up to ${sum}: make them equal`,
  }),
  /** Error `points.bonus`: a bonus item with points. */
  bonusPoints: (actual: string): Body => ({
    'zh-Hant': `加分項不設分值（實為 ${actual}）：其上限「cap」即最多可加的分數，請刪除「points」`,
    'zh-Hans': `加分项不设分值（实为 ${actual}）：其上限“cap”即最多可加的分数，请删除“points”`,
    en: `a bonus item has no points (got ${actual}): its "cap" is what it can add; remove "points"`,
  }),
  /** Error `rule.points_only`: deduct, shortfall or bonus in an index scheme. */
  pointsOnlyRule: (rule: string): Body => ({
    'zh-Hant': `「${rule}」規則只能用於百分制（method: points）方案：指數（index）方案中請改用 goalposts、target、bands 或 relative`,
    'zh-Hans': `“${rule}”规则只能用于百分制（method: points）方案：指数（index）方案中请改用 goalposts、target、bands 或 relative`,
    en: `the "${rule}" rule only works in a points scheme: in an index scheme use goalposts, target, bands or relative`,
  }),
  /** Error `rule.z_score_points`: a z-score in a points scheme. */
  zScorePoints: (): Body => ({
    'zh-Hant': 'z 分數（z-score）沒有上下限，只能用於指數（method: index）方案：百分制方案中請改用 min-max、rank 或 percentile-rank',
    'zh-Hans': 'z 分数（z-score）没有上下限，只能用于指数（method: index）方案：百分制方案中请改用 min-max、rank 或 percentile-rank',
    en: 'a z-score is unbounded, so it only works in an index scheme (method: index): in a points scheme use min-max, rank or percentile-rank',
  }),
  /** Error `geometric.z_score`: z-scores under geometric aggregation. */
  geometricZScore: (): Body => ({
    'zh-Hant': 'z 分數可為負數，無法取幾何平均：請改用算術平均（aggregation: arithmetic）或其他相對方法',
    'zh-Hans': 'z 分数可为负数，无法取几何平均：请改用算术平均（aggregation: arithmetic）或其他相对方法',
    en: 'z-scores can be negative, so they cannot be averaged geometrically: use aggregation: arithmetic or another relative method',
  }),
  /** Warning `geometric.zero`: rules that can give 0 under geometric aggregation without an offset. */
  geometricZero: (items: readonly string[]): Body => ({
    'zh-Hant': `幾何平均遇到 0 分時總分無法計算，而 ${list(items, 'zh')} 的規則可能得 0 分：請設定 geometricOffset（例如 1），或接受此時總分記為無法計算`,
    'zh-Hans': `几何平均遇到 0 分时总分无法计算，而 ${list(items, 'zh')} 的规则可能得 0 分：请设定 geometricOffset（例如 1），或接受此时总分记为无法计算`,
    en: `a geometric mean cannot be taken over a zero score, and the rules of ${list(items, 'en')} can give 0: set geometricOffset (e.g. 1), or accept that such totals are not computable`,
  }),
  /** Warning `ignored`: a field without effect in the scheme's method. */
  ignored: (field: string, method: string): Body => ({
    'zh-Hant': `「${field}」在 ${method} 方案中不起作用，已忽略`,
    'zh-Hans': `“${field}”在 ${method} 方案中不起作用，已忽略`,
    en: `"${field}" has no effect in a ${method} scheme and is ignored`,
  }),
  /** Warning `ignored`: a field that only works together with another setting. */
  ignoredWithout: (field: string, needs: string): Body => ({
    'zh-Hant': `「${field}」只在 ${needs} 時起作用，已忽略`,
    'zh-Hans': `“${field}”只在 ${needs} 时起作用，已忽略`,
    en: `"${field}" only has an effect with ${needs}, and is ignored`,
  }),
  /** Error `bands.unsorted`: bands not written best first. */
  bandsUnsorted: (direction: string, previous: string, actual: string): Body => ({
    'zh-Hant': `分段須由最好到最差排列（方向 ${direction}：min 應${direction === 'higher' ? '遞減' : '遞增'}），但 ${actual} 排在 ${previous} 之後：請重新排序`,
    'zh-Hans': `分段须由最好到最差排列（方向 ${direction}：min 应${direction === 'higher' ? '递减' : '递增'}），但 ${actual} 排在 ${previous} 之后：请重新排序`,
    en: `bands go from best to worst (direction ${direction}: min ${direction === 'higher' ? 'decreasing' : 'increasing'}), but ${actual} comes after ${previous}: reorder them`,
  }),
  /** Warning `bands.shares_rise`: a worse band gives more than a better one. */
  bandSharesRise: (previous: string, actual: string): Body => ({
    'zh-Hant': `較差的分段得分比例（${actual}）高於較好的分段（${previous}）：請確認是否有誤`,
    'zh-Hans': `较差的分段得分比例（${actual}）高于较好的分段（${previous}）：请确认是否有误`,
    en: `a worse band gives a larger share (${actual}) than a better one (${previous}): check that this is intended`,
  }),
  /** Error `goalposts.equal`: best = worst. */
  goalpostsEqual: (value: string): Body => ({
    'zh-Hant': `最好值（best）與最差值（worst）同為 ${value}：兩者必須不同，才能在其間線性計分`,
    'zh-Hans': `最好值（best）与最差值（worst）同为 ${value}：两者必须不同，才能在其间线性计分`,
    en: `best and worst are both ${value}: they must differ for a linear score between them`,
  }),
  /** Warning `goalposts.direction`: goalposts against the indicator's better direction. */
  goalpostsDirection: (indicator: string, better: string): Body => ({
    'zh-Hant': `指標 ${indicator} 以${better === 'higher' ? '高' : '低'}為好，但此處 best 與 worst 的方向相反：請確認是否寫反`,
    'zh-Hans': `指标 ${indicator} 以${better === 'higher' ? '高' : '低'}为好，但此处 best 与 worst 的方向相反：请确认是否写反`,
    en: `${indicator} is better ${better}, but best and worst here point the other way: check that they are not swapped`,
  }),
  /** Error `target.floor`: a floor on the better side of the target. */
  floorSide: (direction: string, floor: string, target: string): Body => ({
    'zh-Hant': `方向為 ${direction} 時，下限（floor）${floor} 應${direction === 'higher' ? '小於' : '大於'}目標值 ${target}`,
    'zh-Hans': `方向为 ${direction} 时，下限（floor）${floor} 应${direction === 'higher' ? '小于' : '大于'}目标值 ${target}`,
    en: `with direction ${direction}, the floor ${floor} must be ${direction === 'higher' ? 'below' : 'above'} the target ${target}`,
  }),
  /** Warning `target.not_positive`: a target ≤ 0 without a floor scores all or nothing. */
  targetNotPositive: (actual: string): Body => ({
    'zh-Hant': `目標值為 ${actual}：未設下限（floor）時按比例計分需要大於 0 的目標值，否則未達標即得 0 分（全有或全無）；如需線性計分請設定 floor`,
    'zh-Hans': `目标值为 ${actual}：未设下限（floor）时按比例计分需要大于 0 的目标值，否则未达标即得 0 分（全有或全无）；如需线性计分请设定 floor`,
    en: `the target is ${actual}: proportional scoring without a floor needs a target > 0, so a miss earns 0 (all or nothing); give a floor for a linear scale`,
  }),
  /** Error `rule.target_missing`: distance-to-target without a target. */
  targetMissing: (): Body => ({
    'zh-Hant': 'distance-to-target 方法需要目標值「target」',
    'zh-Hans': 'distance-to-target 方法需要目标值“target”',
    en: 'the distance-to-target method needs a "target"',
  }),
  /** Warning `cap.above_points`: a deduction cap above the item's points. */
  capAbovePoints: (cap: string, points: string): Body => ({
    'zh-Hant': `扣分上限 ${cap} 高於本項分值 ${points}，而扣分不會低於 0（扣完為止）：上限不起作用`,
    'zh-Hans': `扣分上限 ${cap} 高于本项分值 ${points}，而扣分不会低于 0（扣完为止）：上限不起作用`,
    en: `the cap ${cap} is above the item's ${points} points, and deductions stop at 0: the cap has no effect`,
  }),
  /** Error `missing.zero_not_count`: `missing: zero` on an indicator that is not a count. */
  missingZeroNotCount: (indicator: string, kind: string): Body => ({
    'zh-Hant': `「missing: zero」只適用於計數指標，而 ${indicator} 是 ${kind}：沒有資料不代表 0，請使用 exclude`,
    'zh-Hans': `“missing: zero”只适用于计数指标，而 ${indicator} 是 ${kind}：没有数据不代表 0，请使用 exclude`,
    en: `"missing: zero" is for count indicators only, and ${indicator} is a ${kind}: no data is not 0 here; use exclude`,
  }),
  /** Error `select.not_business`: `select` on an indicator that is not business.*. */
  selectNotBusiness: (indicator: string): Body => ({
    'zh-Hant': `「select」只適用於營商環境（business.*）指標，而此處為 ${indicator}：請刪除 select`,
    'zh-Hans': `“select”只适用于营商环境（business.*）指标，而此处为 ${indicator}：请删除 select`,
    en: `"select" applies to business.* indicators only, and this one is ${indicator}: remove select`,
  }),
  /** Warning `select.missing`: a business indicator with several rows per unit and no select. */
  selectMissing: (indicator: string, field: string): Body => ({
    'zh-Hant': `${indicator} 每個單位有多列（每個${field === 'item' ? '指標' : '一級指標'}一列），未指定 select.${field} 時無法確定使用哪一列`,
    'zh-Hans': `${indicator} 每个单位有多行（每个${field === 'item' ? '指标' : '一级指标'}一行），未指定 select.${field} 时无法确定使用哪一行`,
    en: `${indicator} has several rows per unit (one per ${field === 'item' ? 'measured indicator' : 'dimension'}); without select.${field} it is unclear which one is meant`,
  }),
  /** Error `veto.cap_range`: a veto cap outside [0, total]. */
  vetoCap: (cap: string, total: string): Body => ({
    'zh-Hant': `否決後的封頂分 ${cap} 應在 0 到方案總分 ${total} 之間`,
    'zh-Hans': `否决后的封顶分 ${cap} 应在 0 到方案总分 ${total} 之间`,
    en: `the capped total ${cap} must be between 0 and the scheme's total ${total}`,
  }),
  /** Error `status.order`: the near threshold above the met threshold. */
  statusOrder: (near: string, met: string): Body => ({
    'zh-Hant': `「接近」門檻 near（${near}）不可高於「達標」門檻 met（${met}）`,
    'zh-Hans': `“接近”门槛 near（${near}）不可高于“达标”门槛 met（${met}）`,
    en: `the near threshold (${near}) must not be above the met threshold (${met})`,
  }),
  /** Warning `units.overlap`: a unit both included and excluded. */
  unitsOverlap: (unit: string): Body => ({
    'zh-Hant': `單位「${unit}」同時列於 include 與 exclude：將不被計分`,
    'zh-Hans': `单位“${unit}”同时列于 include 与 exclude：将不被计分`,
    en: `the unit "${unit}" is both included and excluded: it will not be scored`,
  }),
  /** Error `number.integer`: a count (runs, a seed, winsorised values) that is not a whole number. */
  notInteger: (actual: string): Body => ({
    'zh-Hant': `應為整數，實為 ${actual}`,
    'zh-Hans': `应为整数，实为 ${actual}`,
    en: `expected a whole number, got ${actual}`,
  }),
  /** Error `uncertainty.unknown_target`: an uncertain input names no dimension or item of the scheme. */
  unknownTarget: (kind: 'dimension or item' | 'item', actual: string, suggestion: string | null): Body => ({
    'zh-Hant': `方案中沒有${kind === 'item' ? '指標項' : '一級指標或指標項'} ${actual}${hint(suggestion)['zh-Hant']}`,
    'zh-Hans': `方案中没有${kind === 'item' ? '指标项' : '一级指标或指标项'} ${actual}${hint(suggestion)['zh-Hans']}`,
    en: `the scheme has no ${kind} ${actual}${hint(suggestion).en}`,
  }),
  /** Error `uncertainty.noise_or_alternatives`: an input gives both noise and alternatives, or neither. */
  noiseOrAlternatives: (both: boolean): Body => ({
    'zh-Hant': both ? 'noise 與 alternatives 只能擇一填寫' : '請填寫 noise（如 0.25 表示 ±25%）或 alternatives（可能的取值）',
    'zh-Hans': both ? 'noise 与 alternatives 只能择一填写' : '请填写 noise（如 0.25 表示 ±25%）或 alternatives（可能的取值）',
    en: both ? 'give noise or alternatives, not both' : 'give noise (0.25 for ±25%) or alternatives (the possible values)',
  }),
  /** Error `uncertainty.field`: a rule amount the item's rule does not have. */
  amountField: (field: string, rule: string): Body => ({
    'zh-Hant': `${rule} 規則沒有 ${field}，無法設為不確定`,
    'zh-Hans': `${rule} 规则没有 ${field}，无法设为不确定`,
    en: `a ${rule} rule has no ${field} to vary`,
  }),
  /** Error `uncertainty.bonus_weight`: a bonus item has no points to vary. */
  bonusWeight: (item: string): Body => ({
    'zh-Hant': `${item} 是加分項，沒有分值可變動：請改用 type: amount 變動其 per 或 cap`,
    'zh-Hans': `${item} 是加分项，没有分值可变动：请改用 type: amount 变动其 per 或 cap`,
    en: `${item} is a bonus item and has no points to vary: vary its per or cap with type: amount`,
  }),
  /** Error `uncertainty.index_only`: aggregation varies only in index mode. */
  indexOnly: (input: string): Body => ({
    'zh-Hant': `${input} 僅適用於 method: index 的方案（百分制方案的總分是各項得分之和）`,
    'zh-Hans': `${input} 仅适用于 method: index 的方案（百分制方案的总分是各项得分之和）`,
    en: `${input} applies only to a scheme with method: index (a points scheme's total is the sum of its items' points)`,
  }),
  /** Error `uncertainty.not_relative`: normalisation varies only for items with a relative rule. */
  notRelative: (item: string | null): Body => ({
    'zh-Hant': item === null ? '方案中沒有 relative 規則的指標項，沒有標準化方法可變動' : `${item} 不是 relative 規則，沒有標準化方法可變動`,
    'zh-Hans': item === null ? '方案中没有 relative 规则的指标项，没有标准化方法可变动' : `${item} 不是 relative 规则，没有标准化方法可变动`,
    en: item === null ? 'no item of the scheme has a relative rule: there is no normalisation to vary' : `${item} has no relative rule: there is no normalisation to vary`,
  }),
  /** Warning `uncertainty.duplicate`: two inputs vary the same thing; the later one wins. */
  duplicateInput: (first: string): Body => ({
    'zh-Hant': `與 ${first} 變動同一項目：以後者為準`,
    'zh-Hans': `与 ${first} 变动同一项目：以后者为准`,
    en: `varies the same thing as ${first}: the later one is used`,
  }),
} as const;
