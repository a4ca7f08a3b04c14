import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '@fazhi/core';

/** Bump when the generated content changes, so cached files are rewritten. */
const GENERATOR_VERSION = 4;

/**
 * The datasets the generator writes, one CSV file each, named by dataset id.
 *
 * @example
 * GENERATED_FILES.map((f) => `${f}.csv`); // ['documents.csv', 'litigation.csv', …]
 */
export const GENERATED_FILES = [
  'documents', 'litigation', 'reconsideration', 'enforcement_reviews', 'decisions', 'safety_incidents', 'economy',
] as const;
/**
 * One generated file's dataset id.
 *
 * @example
 * const file: GeneratedFile = 'litigation';
 */
export type GeneratedFile = (typeof GENERATED_FILES)[number];

/**
 * Options of {@link generateDataSet}.
 *
 * @example
 * const options: GenerateOptions = { dir: 'bench/data/10000', records: 10_000, seed: 2019 };
 */
export interface GenerateOptions {
  /** Folder to write into. Required. */
  dir: string;
  /** Records per dataset (economy always has one row per year). Required. */
  records: number;
  /** PRNG seed. Default 2019. */
  seed?: number;
}

const UNITS = [
  '区党政办公室', '区司法局', '区发展改革局', '区经济发展委员会', '区科技和信息化局', '区财政局', '区自然资源和规划分局',
  '区生态环境局', '区建设局', '区交通运输局', '区水务局', '区商务局', '区文化体育和旅游局', '区卫生健康委员会',
  '区应急管理局', '区市场监督管理局', '区城市管理局', '区人力资源和社会保障局', '区民政局', '区教育局', '区综合执法局',
  '区税务局', '区公安分局', '区消防救援大队', '娄葑街道', '斜塘街道', '唯亭街道', '胜浦街道', '金鸡湖街道', '月亮湾社区工作委员会',
];
const TOPICS = [
  '优化营商环境', '放管服改革', '行政执法公示', '重大行政决策程序', '规范性文件管理', '政府信息公开', '安全生产责任制',
  '城市管理综合执法', '企业投资项目核准', '人才引进', '公共资源交易', '社会信用体系建设', '生态环境保护', '住房保障',
];
const OUTCOMES: readonly (readonly [string, number])[] = [
  ['驳回诉讼请求', 40], ['驳回起诉', 10], ['准予撤诉', 18], ['调解', 5], ['撤销', 10], ['确认违法', 8], ['变更', 2],
  ['责令履行', 3], ['确认无效', 1], ['判决赔偿', 3],
];
const RECONSIDERATION_DECISIONS: readonly (readonly [string, number])[] = [
  ['维持', 45], ['驳回', 15], ['撤销', 8], ['变更', 2], ['确认违法', 6], ['责令履行', 3], ['确认无效', 1], ['终止', 10],
  ['调解', 5], ['和解', 5],
];
const SECTORS = ['工矿商贸', '道路运输', '建筑施工', '消防', '特种设备', '危险化学品'];
const REVIEWERS = ['王敏', '李娜', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄婷'];

/** 2017-01-01 and 2020-12-31 as days since 1970-01-01. */
const FIRST_DAY = Date.UTC(2017, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2020, 11, 31) / 86_400_000;

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–31 in Chinese numerals: 一 … 十, 十一 … 二十, 二十一 … 三十一. */
function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CHINESE_DIGITS[tens]}十`}${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

/** Full-width digits (`２０１９`). */
const fullWidth = (text: string): string => text.replace(/[0-9-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

/**
 * Every form of a date that docs/data.md (Dates) accepts in a CSV cell, each
 * with its weight: ISO mostly, then `2019-5-10`, `2019/5/10`, `2019.5.10`,
 * `2019年5月10日` / `号`, full-width digits, Chinese numerals (year digits
 * 〇, ○ or 零), eight digits, and a time of day with or without a zone. (An
 * Excel serial number is a date only in an XLSX cell, so not here.)
 */
const DATE_FORMS: readonly (readonly [(y: number, m: number, d: number) => string, number])[] = [
  [(y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 40],
  [(y, m, d) => `${y}-${m}-${d}`, 5],
  [(y, m, d) => `${y}/${m}/${d}`, 15],
  [(y, m, d) => `${y}.${m}.${d}`, 4],
  [(y, m, d) => `${y}年${m}月${d}日`, 12],
  [(y, m, d) => `${y}年${m}月${d}号`, 2],
  [(y, m, d) => fullWidth(`${y}年${m}月${d}日`), 2],
  [(y, m, d) => fullWidth(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`), 2],
  [(y, m, d) => `${[...String(y)].map((c) => CHINESE_DIGITS[Number(c)]).join('')}年${chineseNumber(m)}月${chineseNumber(d)}日`, 2],
  [(y, m, d) => `${[...String(y)].map((c) => (c === '0' ? '○' : CHINESE_DIGITS[Number(c)])).join('')}年${chineseNumber(m)}月${chineseNumber(d)}日`, 1],
  [(y, m, d) => `${[...String(y)].map((c) => (c === '0' ? '零' : CHINESE_DIGITS[Number(c)])).join('')}年${chineseNumber(m)}月${chineseNumber(d)}日`, 1],
  [(y, m, d) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`, 6],
  [(y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} 14:30`, 3],
  [(y, m, d) => `${y}/${m}/${d} 09:05:00`, 2],
  [(y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T14:30:00+08:00`, 2],
  [(y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T06:30:00Z`, 1],
];

/** A date in one of the {@link DATE_FORMS}, by weight. */
function writeDate(random: Random, day: number): string {
  const date = new Date(day * 86_400_000);
  return random.weighted(DATE_FORMS)(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A unit cell: a known unit, or blank now and then (the row then counts for the jurisdiction only). */
function unitCell(random: Random): string {
  return random.chance(0.02) ? '' : random.pick(UNITS);
}

/** A blank cell as exports write one: empty mostly, else a dash or a slash. */
function blank(random: Random): string {
  return random.weighted([['', 85], ['—', 5], ['-', 5], ['/', 5]] as const);
}

/** A yes / no / not-applicable / blank flag cell, 不适用 also written N/A or 不涉及. */
function flag(random: Random, yes: number, no: number, blankWeight: number, na = 0): string {
  const cell = random.weighted([['是', yes], ['否', no], ['', blankWeight], ['不适用', na]] as const);
  if (cell === '') return blank(random);
  return cell === '不适用' ? random.weighted([['不适用', 80], ['N/A', 10], ['不涉及', 10]] as const) : cell;
}

type RowWriter = (random: Random, i: number) => string[];

const HEADERS: Record<Exclude<GeneratedFile, 'economy'>, string[]> = {
  documents: ['文号', '制定单位', '标题', '印发日期', '公布日期', '是否需报备', '报备日期', '合法性审核', '审查结论'],
  litigation: ['案号', '被告单位', '审级', '立案日期', '是否开庭', '开庭日期', '是否通知负责人出庭', '负责人是否出庭', '结案日期', '裁判结果', '是否败诉'],
  reconsideration: ['案号', '被申请人', '受理日期', '决定日期', '决定类型', '是否延期', '审理程序'],
  enforcement_reviews: ['案卷编号', '被评查单位', '评查人', '评查年度', '评查日期', '基本标准是否通过', '总分'],
  decisions: ['编号', '承办单位', '决定日期', '公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论', '是否列入目录'],
  safety_incidents: ['事故编号', '发生日期', '属地', '行业领域', '死亡人数', '受伤人数', '直接经济损失(万元)', '事故等级'],
};

const ROWS: Record<Exclude<GeneratedFile, 'economy'>, RowWriter> = {
  documents(random, i) {
    const issued = random.int(FIRST_DAY, LAST_DAY);
    const published = random.chance(0.6) ? issued + random.int(0, 10) : null;
    const required = flag(random, 83, 10, 5, 2);
    const filed = required !== '否' && random.chance(0.9) ? (published ?? issued) + random.int(0, 45) : null;
    let title = `关于印发《苏州工业园区${random.pick(TOPICS)}实施办法》的通知`;
    if (random.chance(0.05)) title = `关于进一步做好${random.pick(TOPICS)}、${random.pick(TOPICS)}工作的意见`;
    if (random.chance(0.02)) title = `关于"${random.pick(TOPICS)}",若干措施的通知`;
    if (random.chance(0.002)) title = `关于${random.pick(TOPICS)}的通知\n（修订稿）`;
    return [
      `苏园管规〔${yearOfDay(issued)}〕${i + 1}号`,
      unitCell(random),
      random.chance(0.03) ? '' : title,
      writeDate(random, issued),
      published === null ? blank(random) : writeDate(random, published),
      required,
      filed === null ? blank(random) : writeDate(random, filed),
      flag(random, 75, 12, 5, 8),
      filed === null ? '' : random.weighted([['准予备案', 70], ['', 15], ['补正', 8], ['纠正', 4], ['不予备案', 3]] as const),
    ];
  },
  litigation(random, i) {
    const instance = random.weighted([['一审', 75], ['二审', 20], ['再审', 5]] as const);
    const filed = random.int(FIRST_DAY, LAST_DAY);
    const hearing = random.chance(0.7);
    const heard = hearing && random.chance(0.85) ? filed + random.int(20, 200) : null;
    const concluded = random.chance(0.75) ? (heard ?? filed) + random.int(10, 240) : null;
    const kind = instance === '一审' ? '行初' : instance === '二审' ? '行终' : '行再';
    const court = instance === '一审' ? '苏0591' : '苏05';
    const caseNo = random.chance(0.9) ? `（${yearOfDay(filed)}）${court}${kind}${i + 1}号` : `(${yearOfDay(filed)})${court}${kind}${i + 1}号`;
    const outcome = concluded === null ? '' : random.weighted(OUTCOMES);
    return [
      caseNo,
      unitCell(random),
      random.chance(0.03) ? '' : instance,
      writeDate(random, filed),
      hearing ? '是' : random.chance(0.5) ? '否' : '',
      heard === null ? blank(random) : writeDate(random, heard),
      flag(random, 65, 20, 10, 5),
      hearing ? flag(random, 55, 32, 5, 8) : blank(random),
      concluded === null ? blank(random) : writeDate(random, concluded),
      outcome,
      concluded !== null && random.chance(0.08) ? random.pick(['是', '否']) : '',
    ];
  },
  reconsideration(random, i) {
    const received = random.int(FIRST_DAY, LAST_DAY);
    const simple = random.chance(0.15);
    const extended = !simple && random.chance(0.1);
    const decided = random.chance(0.85) ? received + random.int(5, extended ? 100 : 75) : null;
    return [
      `苏园复〔${yearOfDay(received)}〕${i + 1}号`,
      unitCell(random),
      writeDate(random, received),
      decided === null ? blank(random) : writeDate(random, decided),
      decided === null ? '' : random.weighted(RECONSIDERATION_DECISIONS),
      extended ? '是' : random.chance(0.7) ? '否' : '',
      simple ? '简易' : random.chance(0.5) ? '普通' : '',
    ];
  },
  enforcement_reviews(random, i) {
    const reviewed = random.int(FIRST_DAY, LAST_DAY);
    const withYear = random.chance(0.8);
    return [
      `PC-${yearOfDay(reviewed)}-${String(i + 1).padStart(7, '0')}`,
      unitCell(random),
      random.pick(REVIEWERS),
      withYear ? `${yearOfDay(reviewed)}${random.weighted([['', 90], ['年', 5], ['年度', 5]] as const)}` : '',
      withYear && random.chance(0.5) ? blank(random) : writeDate(random, reviewed),
      flag(random, 90, 5, 3, 2),
      (random.int(400, 1000) / 10).toFixed(1),
    ];
  },
  decisions(random, i) {
    const decided = random.int(FIRST_DAY, LAST_DAY);
    const procedure = () => flag(random, 82, 7, 3, 8);
    return [
      `JC-${yearOfDay(decided)}-${i + 1}`,
      unitCell(random),
      writeDate(random, decided),
      procedure(), procedure(), procedure(), procedure(), procedure(),
      flag(random, 88, 10, 2),
    ];
  },
  safety_incidents(random, i) {
    const occurred = random.int(FIRST_DAY, LAST_DAY);
    const deaths = random.weighted([[0, 55], [1, 35], [2, 6], [3, 3], [5, 0.8], [12, 0.2]] as const);
    const grade = deaths >= 30 ? '特别重大' : deaths >= 10 ? '重大' : deaths >= 3 ? '较大' : '一般';
    return [
      `SG${yearOfDay(occurred)}${String(i + 1).padStart(7, '0')}`,
      writeDate(random, occurred),
      unitCell(random),
      random.pick(SECTORS),
      String(deaths),
      random.chance(0.3) ? '' : String(random.int(0, 4)),
      random.chance(0.2) ? '' : (random.int(1, 5000) / 10).toFixed(1),
      random.chance(0.5) ? '' : grade,
    ];
  },
};

const ECONOMY = ['年份,地区生产总值(亿元),常住人口', '2016,2150,1090000', '2017,2388,1130000', '2018,2570,1140000', '2019,2743,1150000', '2020,2907,1160000', '2021,3330,1170000', ''].join('\r\n');

/**
 * Writes a seeded synthetic data set: one CSV per dataset with Simplified
 * headers like real exports, realistic Chinese values (unit names, case
 * numbers with full-width brackets, outcomes, quoted titles with commas,
 * quotes and the odd line break), CRLF line endings — and, in the fields the
 * indicators read, every date form that docs/data.md accepts in a CSV cell,
 * flags marked 不适用 (also N/A, 不涉及) and blanks (empty, `—`, `-`, `/`). Files already written with the same seed, size and generator
 * version are kept.
 *
 * @example
 * generateDataSet({ dir: 'bench/data/10000', records: 10_000 });
 */
export function generateDataSet(options: GenerateOptions): Record<GeneratedFile, string> {
  const { dir, records, seed = 2019 } = options;
  mkdirSync(dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.stringify({ version: GENERATOR_VERSION, records, seed });
  const paths = Object.fromEntries(GENERATED_FILES.map((f) => [f, join(dir, `${f}.csv`)])) as Record<GeneratedFile, string>;
  const cached = existsSync(manifestPath) && readFileSync(manifestPath, 'utf8') === manifest && GENERATED_FILES.every((f) => existsSync(paths[f]));
  if (cached) return paths;

  for (const [index, file] of (Object.keys(ROWS) as (keyof typeof ROWS)[]).entries()) {
    const random = new Random(seed * 31 + index);
    const fd = openSync(paths[file], 'w');
    let chunk: string[] = [HEADERS[file].join(',')];
    for (let i = 0; i < records; i++) {
      chunk.push(ROWS[file](random, i).map(csvCell).join(','));
      if (chunk.length >= 20_000) {
        writeSync(fd, chunk.join('\r\n') + '\r\n');
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, chunk.join('\r\n') + '\r\n');
    closeSync(fd);
  }
  writeFileSync(paths.economy, ECONOMY);
  writeFileSync(manifestPath, manifest);
  return paths;
}
