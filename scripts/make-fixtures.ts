/**
 * Generates the sample data sets under `fixtures/`:
 *
 * - `fixtures/sip-2019/` — the Suzhou Industrial Park's 2018–2019 records as an
 *   analyst would export them (UTF-8 with BOM, CRLF, Simplified headers), built
 *   so that every figure of the park's 2019 rule-of-law report comes out of
 *   the indicators (see `fixtures/sip-2019/README.md`);
 * - `fixtures/messy/` — the same kinds of records as real exports arrive: GBK,
 *   Big5, UTF-8 with and without BOM, XLSX, every date and flag form, sub-total
 *   and footer rows, and a few genuinely bad values (see `fixtures/messy/README.md`).
 *
 * Everything random comes from one seeded mulberry32 generator per dataset, so
 * `pnpm fixtures` reproduces the committed files byte for byte. The READMEs are
 * written by hand and not touched here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import writeExcelFile from 'write-excel-file/node';
import type { CellObject, SheetData } from 'write-excel-file/node';

// ───────────────────────────── randomness ─────────────────────────────

/** A seeded generator of floats in [0, 1) (mulberry32). */
type Random = () => number;

function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInt(rng: Random, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function shuffle<T>(rng: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Expands `{a: 3, b: 1}` into `[a, a, a, b]`, in key order. */
function repeatEach(counts: Readonly<Record<string, number>>): string[] {
  return Object.entries(counts).flatMap(([k, n]) => Array.from({ length: n }, () => k));
}

// ───────────────────────────── calendar ─────────────────────────────

const DAY = 86_400_000;

function toDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
}

function fromDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function addDays(date: string, n: number): string {
  return fromDay(toDay(date) + n);
}

/** Public holidays (inclusive ranges) of 2018–2020 on which no office works. */
const HOLIDAYS: readonly [string, string][] = [
  ['2018-01-01', '2018-01-01'], ['2018-02-15', '2018-02-21'], ['2018-04-05', '2018-04-07'],
  ['2018-04-29', '2018-05-01'], ['2018-06-18', '2018-06-18'], ['2018-09-24', '2018-09-24'],
  ['2018-10-01', '2018-10-07'], ['2018-12-31', '2019-01-01'], ['2019-02-04', '2019-02-10'],
  ['2019-04-05', '2019-04-05'], ['2019-05-01', '2019-05-04'], ['2019-06-07', '2019-06-07'],
  ['2019-09-13', '2019-09-13'], ['2019-10-01', '2019-10-07'], ['2020-01-01', '2020-01-01'],
  ['2020-01-24', '2020-02-02'],
];

function isWorkday(date: string): boolean {
  const weekday = new Date(toDay(date) * DAY).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !HOLIDAYS.some(([from, to]) => date >= from && date <= to);
}

/** The first workday on or after `date`. */
function workdayFrom(date: string): string {
  let d = date;
  while (!isWorkday(d)) d = addDays(d, 1);
  return d;
}

/** The last workday on or before `date`. */
function workdayUntil(date: string): string {
  let d = date;
  while (!isWorkday(d)) d = addDays(d, -1);
  return d;
}

/** A random workday in [from, to] (falls back to the first workday after `from`). */
function randomWorkday(rng: Random, from: string, to: string): string {
  const span = toDay(to) - toDay(from);
  for (let i = 0; i < 50; i++) {
    const d = addDays(from, randomInt(rng, 0, Math.max(0, span)));
    if (isWorkday(d)) return d;
  }
  return workdayFrom(from);
}

/** A workday `min`–`max` days after `date`. */
function workdayAfter(rng: Random, date: string, min: number, max: number): string {
  return workdayFrom(addDays(date, randomInt(rng, min, max)));
}

// ───────────────────────────── writing ─────────────────────────────

type Cell = string | number | null;

function csvField(value: Cell): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

interface CsvOptions {
  /** Line end; default CRLF as Excel writes it. */
  eol?: '\r\n' | '\n';
}

/** CSV text of a header and rows; `null` rows become blank lines. */
function toCsv(header: readonly string[], rows: readonly (readonly Cell[] | null)[], options: CsvOptions = {}): string {
  const { eol = '\r\n' } = options;
  const lines = [header, ...rows].map((row) => (row === null ? '' : row.map(csvField).join(',')));
  return lines.join(eol) + eol;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function utf8WithBom(text: string): Buffer {
  return Buffer.concat([BOM, Buffer.from(text, 'utf8')]);
}

/**
 * Encodes text, refusing characters that do not come back through the WHATWG
 * decoder that browsers and Node use: iconv-lite writes `?` for characters
 * outside the encoding, and writes 〇 in Big5 as C6E2, an ETEN extension
 * that WHATWG Big5 decodes to the private-use U+F6F2.
 */
function encodeStrict(text: string, encoding: 'gbk' | 'big5'): Buffer {
  const bytes = iconv.encode(text, encoding);
  if (new TextDecoder(encoding === 'gbk' ? 'gb18030' : 'big5').decode(bytes) !== text) {
    throw new Error(`text not representable in ${encoding}`);
  }
  return bytes;
}

/**
 * Makes a ZIP (XLSX) byte-stable: sets every entry's DOS modification time
 * and date to 1980-01-01 00:00, since the zip writer stamps the current local
 * time, which would change the bytes on every run and in every time zone.
 */
function normalizeZipTimes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (out.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  for (let e = 0; e < entries; e++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    out.writeUInt16LE(DOS_TIME, p + 12);
    out.writeUInt16LE(DOS_DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local header');
    out.writeUInt16LE(DOS_TIME, local + 10);
    out.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

/** Bytes of a file to write, by its path relative to the fixtures folder. */
type FixtureFiles = Map<string, Uint8Array>;

// ───────────────────────────── the park's units ─────────────────────────────

interface Unit {
  name: string;
  aliases: string[];
  kind: string;
  documentAuthority: boolean;
  enforcementBody: boolean;
}

const COMMITTEE = '苏州工业园区管理委员会';
const STATUTORY = '法定行政机关';
const AUTHORISED = '法律法规授权组织';

function unit(name: string, aliases: string[], kind: string, documentAuthority: boolean, enforcementBody: boolean): Unit {
  return { name, aliases, kind, documentAuthority, enforcementBody };
}

/** The park's unit registry: 34 document authorities, 18 + 16 enforcement bodies. */
const UNITS: readonly Unit[] = [
  unit(COMMITTEE, ['管委会本级', '园区管委会', '管委会'], '管委会本级', true, false),
  unit('苏州工业园区党政办公室', ['党政办公室', '党政办'], '工作部门', true, false),
  unit('苏州工业园区组织人事局', ['组织人事局'], '工作部门', true, false),
  unit('苏州工业园区国有资产监督管理办公室', ['国有资产监督管理办公室', '国资办'], '工作部门', true, false),
  unit('苏州工业园区企业发展服务中心', ['企业发展服务中心', '企发中心'], '事业单位', true, false),
  // 18 statutory administrative bodies
  unit('苏州工业园区经济发展委员会', ['经济发展委员会', '经发委'], STATUTORY, true, true),
  unit('苏州工业园区科技和信息化局', ['科技和信息化局', '科信局'], STATUTORY, true, true),
  unit('苏州工业园区财政局', ['财政局'], STATUTORY, true, true),
  unit('苏州工业园区国土环保局', ['国土环保局'], STATUTORY, true, true),
  unit('苏州工业园区规划建设委员会', ['规划建设委员会', '规建委'], STATUTORY, true, true),
  unit('苏州工业园区社会事业局', ['社会事业局', '社事局'], STATUTORY, true, true),
  unit('苏州工业园区劳动和社会保障局', ['劳动和社会保障局', '劳保局'], STATUTORY, true, true),
  unit('苏州工业园区综合行政执法局', ['综合行政执法局', '综合执法局'], STATUTORY, true, true),
  unit('苏州工业园区市场监督管理局', ['市场监督管理局', '市场监管局', '市场监督局'], STATUTORY, true, true),
  unit('苏州工业园区司法局', ['司法局'], STATUTORY, true, true),
  unit('苏州工业园区安全生产监督管理局', ['安全生产监督管理局', '安监局', '应急管理局'], STATUTORY, true, true),
  unit('苏州市公安局苏州工业园区分局', ['园区公安分局', '公安分局'], STATUTORY, true, true),
  unit('苏州工业园区行政审批局', ['行政审批局', '审批局'], STATUTORY, true, true),
  unit('苏州工业园区审计局', ['审计局'], STATUTORY, true, true),
  unit('苏州工业园区卫生健康委员会', ['卫生健康委员会', '卫健委'], STATUTORY, true, true),
  unit('苏州工业园区人民防空办公室', ['人民防空办公室', '人防办'], STATUTORY, true, true),
  unit('苏州工业园区统计局', ['统计局'], STATUTORY, true, true),
  unit('苏州工业园区交通运输局', ['交通运输局', '交通局'], STATUTORY, true, true),
  // 16 organisations authorised by law
  unit('苏州工业园区档案管理中心', ['档案管理中心', '档案中心'], AUTHORISED, true, true),
  unit('苏州工业园区社会保险基金和公积金管理中心', ['社会保险基金和公积金管理中心', '社保公积金中心'], AUTHORISED, true, true),
  unit('苏州工业园区不动产登记中心', ['不动产登记中心'], AUTHORISED, true, true),
  unit('苏州工业园区房地产交易管理中心', ['房地产交易管理中心', '房地产交易中心'], AUTHORISED, false, true),
  unit('苏州工业园区卫生监督所', ['卫生监督所'], AUTHORISED, false, true),
  unit('苏州工业园区动物卫生监督所', ['动物卫生监督所'], AUTHORISED, false, true),
  unit('苏州工业园区劳动保障监察大队', ['劳动保障监察大队', '劳动监察大队'], AUTHORISED, false, true),
  unit('苏州工业园区安全生产监察大队', ['安全生产监察大队', '安监大队'], AUTHORISED, false, true),
  unit('苏州工业园区文化市场综合执法大队', ['文化市场综合执法大队', '文化执法大队'], AUTHORISED, false, true),
  unit('苏州工业园区交通运输管理处', ['交通运输管理处', '运管处'], AUTHORISED, false, true),
  unit('苏州工业园区建设工程质量监督站', ['建设工程质量监督站', '质监站'], AUTHORISED, false, true),
  unit('苏州工业园区建设工程安全监督站', ['建设工程安全监督站', '安监站'], AUTHORISED, false, true),
  unit('苏州工业园区环境监察大队', ['环境监察大队'], AUTHORISED, false, true),
  unit('苏州工业园区地方海事处', ['地方海事处', '海事处'], AUTHORISED, false, true),
  unit('苏州工业园区公路管理处', ['公路管理处', '公路处'], AUTHORISED, false, true),
  unit('苏州工业园区水政监察大队', ['水政监察大队', '水政大队'], AUTHORISED, false, true),
  // streets and community work committees
  unit('娄葑街道', ['娄葑街道办事处'], '街道', true, false),
  unit('斜塘街道', ['斜塘街道办事处'], '街道', true, false),
  unit('唯亭街道', ['唯亭街道办事处'], '街道', true, false),
  unit('胜浦街道', ['胜浦街道办事处'], '街道', true, false),
  unit('湖西社工委', ['湖西社区工作委员会'], '社工委', true, false),
  unit('湖东社工委', ['湖东社区工作委员会'], '社工委', true, false),
  unit('东沙湖社工委', ['东沙湖社区工作委员会'], '社工委', true, false),
  unit('月亮湾社工委', ['月亮湾社区工作委员会'], '社工委', true, false),
];

/** Canonical name of a unit known by its short name (throws on a typo, so the data cannot drift). */
function full(short: string): string {
  const u = UNITS.find((x) => x.name === short || x.aliases.includes(short));
  if (!u) throw new Error(`unknown unit ${short}`);
  return u.name;
}

const STREETS = ['娄葑街道', '斜塘街道', '唯亭街道', '胜浦街道', '湖西社工委', '湖东社工委', '东沙湖社工委', '月亮湾社工委'];

const flag = (b: boolean): string => (b ? '是' : '否');

function unitsCsv(): string {
  return toCsv(
    ['单位名称', '简称', '类型', '规范性文件制定主体', '行政执法主体'],
    UNITS.map((u) => [u.name, u.aliases.join('、'), u.kind, flag(u.documentAuthority), flag(u.enforcementBody)]),
  );
}

// ───────────────────────────── documents ─────────────────────────────

/** Document-number prefix of each drafting unit (short name). */
const DOC_PREFIX: Readonly<Record<string, string>> = {
  管委会本级: '苏园管规字', 经发委: '苏园经规', 科信局: '苏园科信规', 财政局: '苏园财规', 国土环保局: '苏园国土规',
  规建委: '苏园规建规', 社会事业局: '苏园社规', 劳保局: '苏园劳规', 综合执法局: '苏园综执规', 市场监管局: '苏园市监规',
  行政审批局: '苏园审批规', 社保公积金中心: '苏园社保规', 卫健委: '苏园卫健规', 司法局: '苏园司规',
};

interface DocumentPlan {
  unit: string;
  title: string;
  /** Days from publication (else issue) to filing; default random 6–18 (then the next workday). */
  fileAfter?: number;
  /** Publication this many days after issue (the timeliness clock starts there). */
  publishAfter?: number;
  result?: string;
  /** Fixed issue date. */
  issued?: string;
}

const DOCUMENTS_2019: readonly DocumentPlan[] = [
  { unit: '管委会本级', title: '苏州工业园区绿色发展专项引导资金管理办法' },
  { unit: '管委会本级', title: '苏州工业园区关于全面推行“双随机、一公开”监管工作的实施方案' },
  { unit: '管委会本级', title: '苏州工业园区重大行政决策程序规定实施细则' },
  { unit: '管委会本级', title: '苏州工业园区政府法律服务律师事务所库成员单位分级管理工作规则' },
  { unit: '管委会本级', title: '苏州工业园区关于加快推进人工智能产业发展的若干意见' },
  { unit: '管委会本级', title: '苏州工业园区人才安居工程实施办法' },
  { unit: '管委会本级', title: '苏州工业园区社会信用体系建设工作方案(2019-2020年)' },
  { unit: '管委会本级', title: '苏州工业园区关于进一步优化营商环境的若干措施', issued: '2019-12-23', fileAfter: 18 },
  { unit: '经发委', title: '苏州工业园区总部经济发展专项资金管理办法' },
  { unit: '经发委', title: '苏州工业园区服务业发展引导资金管理办法' },
  { unit: '科信局', title: '苏州工业园区科技创新专项资金管理办法' },
  { unit: '科信局', title: '苏州工业园区领军人才计划实施细则', issued: '2019-06-03', publishAfter: 17, fileAfter: 25 },
  { unit: '财政局', title: '苏州工业园区政府投资项目财政评审管理办法' },
  { unit: '国土环保局', title: '苏州工业园区排污许可证管理实施细则' },
  { unit: '规建委', title: '苏州工业园区公共租赁住房管理实施细则' },
  { unit: '规建委', title: '苏州工业园区既有住宅加装电梯实施办法' },
  { unit: '社会事业局', title: '苏州工业园区义务教育阶段入学管理办法' },
  { unit: '劳保局', title: '苏州工业园区社会保险费征缴管理办法' },
  { unit: '劳保局', title: '苏州工业园区职业技能提升行动补贴实施办法' },
  { unit: '综合执法局', title: '苏州工业园区生活垃圾分类管理实施办法' },
  { unit: '市场监管局', title: '苏州工业园区企业信用修复管理办法(试行)' },
  { unit: '行政审批局', title: '苏州工业园区告知承诺制审批管理办法' },
  { unit: '社保公积金中心', title: '苏州工业园区住房公积金提取管理办法' },
  { unit: '卫健委', title: '苏州工业园区基本公共卫生服务项目资金管理办法' },
];

const DOCUMENTS_2018: readonly DocumentPlan[] = [
  { unit: '管委会本级', title: '苏州工业园区关于进一步推进“放管服”改革的实施意见' },
  { unit: '管委会本级', title: '苏州工业园区行政规范性文件管理办法' },
  { unit: '管委会本级', title: '苏州工业园区政府法律顾问工作规则' },
  { unit: '管委会本级', title: '苏州工业园区产业用地全生命周期管理办法', issued: '2018-03-12', fileAfter: 45 },
  { unit: '管委会本级', title: '苏州工业园区重大项目代办服务办法' },
  { unit: '管委会本级', title: '苏州工业园区促进文化产业发展的若干意见', issued: '2018-12-26', fileAfter: 19 },
  { unit: '经发委', title: '苏州工业园区现代物流业发展扶持办法' },
  { unit: '科信局', title: '苏州工业园区科技型中小企业信贷风险补偿管理办法' },
  { unit: '科信局', title: '苏州工业园区软件和信息服务业专项资金管理办法', result: '补正' },
  { unit: '财政局', title: '苏州工业园区政府采购管理实施办法' },
  { unit: '国土环保局', title: '苏州工业园区建设用地土壤污染防治管理办法' },
  { unit: '规建委', title: '苏州工业园区物业管理办法' },
  { unit: '规建委', title: '苏州工业园区城市道路挖掘管理办法' },
  { unit: '社会事业局', title: '苏州工业园区养老服务机构补贴办法' },
  { unit: '劳保局', title: '苏州工业园区工伤保险管理办法' },
  { unit: '劳保局', title: '苏州工业园区失业保险稳岗补贴实施办法' },
  { unit: '综合执法局', title: '苏州工业园区户外广告设置管理办法' },
  { unit: '市场监管局', title: '苏州工业园区食品小作坊登记管理办法' },
  { unit: '社保公积金中心', title: '苏州工业园区公积金贷款管理办法' },
  { unit: '卫健委', title: '苏州工业园区社区卫生服务机构管理办法' },
];

/** Plans spread over the year in plan order; numbers count per prefix and year. */
function documentRows(rng: Random, year: number, plans: readonly DocumentPlan[]): Cell[][] {
  const span = 330;
  const numbers = new Map<string, number>();
  const rows: { issued: string; row: Cell[] }[] = [];
  plans.forEach((plan, i) => {
    const base = addDays(`${year}-01-07`, Math.floor((i * span) / plans.length));
    const issued = plan.issued ?? workdayAfter(rng, base, 0, 6);
    const prefix = DOC_PREFIX[plan.unit];
    if (!prefix) throw new Error(`no prefix for ${plan.unit}`);
    const n = (numbers.get(prefix) ?? 0) + 1;
    numbers.set(prefix, n);
    const published = plan.publishAfter === undefined ? null : workdayFrom(addDays(issued, plan.publishAfter));
    const clock = published ?? issued;
    const filed = plan.fileAfter === undefined ? workdayAfter(rng, clock, 6, 18) : addDays(clock, plan.fileAfter);
    rows.push({
      issued,
      row: [`${prefix}〔${year}〕${n}号`, full(plan.unit), plan.title, issued, published, '是', filed, '是', plan.result ?? '准予备案'],
    });
  });
  return rows.map((r) => r.row);
}

function documentsCsv(): string {
  const rng = mulberry32(2019_01);
  return toCsv(
    ['文号', '制定单位', '标题', '印发日期', '公布日期', '是否需报备', '报备日期', '合法性审核', '备案审查结果'],
    [...documentRows(rng, 2018, DOCUMENTS_2018), ...documentRows(rng, 2019, DOCUMENTS_2019)],
  );
}

// ───────────────────────────── litigation ─────────────────────────────

interface CasePlan {
  unit: string;
  instance: '一审' | '二审';
  filedYear: number;
  /** null = pending at the end of 2019. */
  concludedYear: number | null;
  outcome: string | null;
  hearing: boolean;
}

function cases(unitName: string, n: number, filedYear: number, concludedYear: number | null, outcome: string | null, hearing: boolean, instance: '一审' | '二审' = '一审'): CasePlan[] {
  return Array.from({ length: n }, () => ({ unit: unitName, instance, filedYear, concludedYear, outcome, hearing }));
}

/** Defendants of the ordinary (not lost) cases, weighted by how often the park's units are sued. */
const DEFENDANTS: Readonly<Record<string, number>> = {
  劳保局: 7, 规建委: 5, 园区公安分局: 6, 国土环保局: 3, 综合执法局: 4, 市场监管局: 3, 不动产登记中心: 2,
  行政审批局: 1, 社会事业局: 1, 娄葑街道: 2, 斜塘街道: 1, 唯亭街道: 1, 胜浦街道: 1, 社保公积金中心: 1,
};

function ordinaryCases(rng: Random, n: number, filedYear: number, concludedYear: number | null): CasePlan[] {
  const defendants = repeatEach(DEFENDANTS);
  return Array.from({ length: n }, () => {
    const r = rng();
    const [outcome, hearing] = concludedYear === null
      ? [null, rng() < 0.3]
      : r < 0.58 ? ['驳回诉讼请求', true]
        : r < 0.76 ? ['驳回起诉', rng() < 0.3]
          : r < 0.95 ? ['准予撤诉', rng() < 0.15]
            : ['调解', true];
    return { unit: pick(rng, defendants), instance: '一审' as const, filedYear, concludedYear, outcome, hearing };
  });
}

function litigationPlans(rng: Random): CasePlan[] {
  return [
    // 2018: lost cases spread thin; the committee lost one
    ...cases('管委会本级', 1, 2018, 2018, '撤销', true),
    ...cases('劳保局', 2, 2018, 2018, '撤销', true),
    ...cases('园区公安分局', 1, 2018, 2018, '确认违法', true),
    ...cases('综合执法局', 1, 2018, 2018, '责令履行', true),
    ...cases('管委会本级', 3, 2018, 2018, '驳回诉讼请求', true),
    ...cases('管委会本级', 1, 2018, 2018, '驳回起诉', false),
    ...ordinaryCases(rng, 40, 2018, 2018),
    ...cases('劳保局', 1, 2018, 2018, '驳回上诉', false, '二审'),
    ...cases('规建委', 2, 2018, 2018, '驳回上诉', false, '二审'),
    // filed in 2018, concluded in 2019
    ...cases('规建委', 1, 2018, 2019, '责令履行', true),
    ...cases('管委会本级', 1, 2018, 2019, '驳回诉讼请求', true),
    ...cases('园区公安分局', 1, 2018, 2019, '驳回诉讼请求', true),
    ...cases('劳保局', 1, 2018, 2019, '准予撤诉', false),
    // 2019: a few departments lose several cases; the committee loses none
    ...cases('劳保局', 3, 2019, 2019, '撤销', true),
    ...cases('劳保局', 1, 2019, 2019, '确认违法', true),
    ...cases('规建委', 2, 2019, 2019, '撤销', true),
    ...cases('国土环保局', 1, 2019, 2019, '确认违法', true),
    ...cases('市场监管局', 1, 2019, 2019, '撤销', true),
    ...cases('管委会本级', 3, 2019, 2019, '驳回诉讼请求', true),
    ...cases('管委会本级', 1, 2019, 2019, '驳回起诉', false),
    ...cases('管委会本级', 1, 2019, 2019, '准予撤诉', false),
    ...ordinaryCases(rng, 42, 2019, 2019),
    ...cases('管委会本级', 1, 2019, 2019, '驳回上诉', false, '二审'),
    ...cases('劳保局', 2, 2019, 2019, '驳回上诉', false, '二审'),
    ...cases('园区公安分局', 1, 2019, 2019, '驳回上诉', true, '二审'),
    ...cases('规建委', 1, 2019, 2019, '驳回上诉', false, '二审'),
    ...cases('劳保局', 1, 2019, null, null, false, '二审'),
    // pending at the end of 2019
    ...cases('管委会本级', 1, 2019, null, null, true),
    ...ordinaryCases(rng, 7, 2019, null),
  ];
}

interface DatedCase extends CasePlan {
  filedOn: string;
  heardOn: string | null;
  concludedOn: string | null;
}

function dateCase(rng: Random, plan: CasePlan): DatedCase {
  const y = plan.filedYear;
  let filedOn: string;
  let concludedOn: string | null = null;
  if (plan.concludedYear === null) {
    filedOn = randomWorkday(rng, `${y}-10-08`, `${y}-12-20`);
  } else if (plan.concludedYear > y) {
    filedOn = randomWorkday(rng, `${y}-10-08`, `${y}-12-14`);
    concludedOn = randomWorkday(rng, `${plan.concludedYear}-01-14`, `${plan.concludedYear}-04-26`);
  } else {
    filedOn = randomWorkday(rng, `${y}-01-03`, `${y}-09-20`);
    const quick = plan.outcome === '准予撤诉' || plan.outcome === '驳回起诉';
    concludedOn = workdayAfter(rng, filedOn, quick ? 25 : 55, quick ? 70 : 120);
    if (concludedOn > `${y}-12-27`) concludedOn = randomWorkday(rng, `${y}-12-16`, `${y}-12-27`);
  }
  let heardOn: string | null = null;
  if (plan.hearing) {
    const earliest = addDays(filedOn, 30);
    const latest = concludedOn === null ? `${y}-12-30` : addDays(concludedOn, -12);
    heardOn = earliest < latest ? randomWorkday(rng, earliest, latest) : workdayFrom(earliest);
    if (concludedOn !== null && heardOn >= concludedOn) heardOn = randomWorkday(rng, addDays(filedOn, 15), addDays(concludedOn, -5));
    if (concludedOn === null && heardOn > `${y}-12-30`) heardOn = null;
  }
  return { ...plan, filedOn, heardOn, concludedOn };
}

/** Hearing year as DATA.md defines it. */
function hearingYear(c: DatedCase): number {
  return Number((c.heardOn ?? c.concludedOn ?? c.filedOn).slice(0, 4));
}

/** Share of hearings at which the head appeared in person, per hearing year. */
const HEAD_APPEARANCE_SHARE: Readonly<Record<number, number>> = { 2018: 0.3, 2019: 0.5 };

function litigationCsv(): string {
  const rng = mulberry32(2019_02);
  const dated = litigationPlans(rng).map((p) => dateCase(rng, p));
  const appeared = new Set<DatedCase>();
  for (const [year, share] of Object.entries(HEAD_APPEARANCE_SHARE)) {
    const heard = dated.filter((c) => c.heardOn !== null && hearingYear(c) === Number(year));
    for (const c of shuffle(rng, heard).slice(0, Math.floor(heard.length * share))) appeared.add(c);
  }
  // Court case numbers rise with the filing date; other parties' cases fill the gaps.
  const sorted = [...dated].sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));
  const next = new Map<string, number>();
  const rows: Cell[][] = sorted.map((c) => {
    const y = c.filedOn.slice(0, 4);
    const court = c.instance === '一审' ? `苏0591行初` : `苏05行终`;
    const key = `${y}${court}`;
    const n = (next.get(key) ?? randomInt(rng, 2, 9)) + randomInt(rng, 2, c.instance === '一审' ? 9 : 14);
    next.set(key, n);
    const notified = appeared.has(c) ? '是' : c.heardOn !== null ? (rng() < 0.6 ? '是' : '否') : null;
    return [
      `（${y}）${court}${n}号`,
      full(c.unit),
      c.instance,
      c.filedOn,
      c.heardOn !== null ? '是' : c.concludedOn === null ? null : '否',
      c.heardOn,
      notified,
      c.heardOn !== null ? flag(appeared.has(c)) : null,
      c.concludedOn,
      c.outcome,
    ];
  });
  return toCsv(['案号', '被告单位', '审级', '立案日期', '是否开庭', '开庭日期', '是否通知负责人出庭', '负责人是否出庭', '结案日期', '裁判结果'], rows);
}

// ───────────────────────────── reconsideration ─────────────────────────────

const RESPONDENTS: Readonly<Record<string, number>> = {
  园区公安分局: 9, 劳保局: 6, 市场监管局: 5, 规建委: 3, 国土环保局: 2, 综合执法局: 3, 不动产登记中心: 2,
  行政审批局: 1, 娄葑街道: 1, 斜塘街道: 1, 唯亭街道: 1, 社保公积金中心: 1,
};

const RECONSIDERATION_DECISIONS: readonly [string, number][] = [
  ['维持', 0.52], ['驳回', 0.66], ['撤销', 0.74], ['确认违法', 0.78], ['责令履行', 0.8], ['终止', 0.94], ['调解', 1],
];

function reconsiderationRows(rng: Random, year: number, n: number, pending: number): Cell[][] {
  const respondents = repeatEach(RESPONDENTS);
  const received = Array.from({ length: n }, (_, i) =>
    i >= n - pending - 3 ? randomWorkday(rng, `${year}-11-01`, `${year}-12-27`) : randomWorkday(rng, `${year}-01-03`, `${year}-10-31`),
  ).sort();
  let number = 0;
  return received.map((receivedOn, i) => {
    number += randomInt(rng, 1, 2);
    const isPending = i >= n - pending;
    const simple = rng() < 0.12;
    const extended = !simple && rng() < 0.12;
    const limit = simple ? 30 : extended ? 90 : 60;
    // About one case in twenty runs past its time limit.
    const late = rng() < 0.05;
    const took = late ? limit + randomInt(rng, 3, 12) : randomInt(rng, Math.min(20, limit - 10), limit - 2);
    // Decisions are signed on workdays: a late one slips further, an on-time one is signed earlier.
    const decided = late ? workdayFrom(addDays(receivedOn, took)) : workdayUntil(addDays(receivedOn, took));
    // A case the office has not decided by the export (end of 2019) is pending.
    const open = isPending || decided > '2019-12-31';
    const decidedOn = open ? null : decided;
    const r = rng();
    const decision = open ? null : (RECONSIDERATION_DECISIONS.find(([, p]) => r < p) as [string, number])[0];
    return [
      `苏园复〔${year}〕${number}号`,
      full(pick(rng, respondents)),
      receivedOn,
      decision,
      decidedOn,
      flag(extended),
      simple ? '简易' : '普通',
    ];
  });
}

function reconsiderationCsv(): string {
  const rng = mulberry32(2019_03);
  return toCsv(
    ['案号', '被申请人', '受理日期', '复议决定', '决定日期', '是否延期', '审理程序'],
    [...reconsiderationRows(rng, 2018, 45, 0), ...reconsiderationRows(rng, 2019, 52, 5)],
  );
}

// ───────────────────────────── enforcement reviews ─────────────────────────────

const FILE_PREFIX: Readonly<Record<string, string>> = {
  综合执法局: '苏园综执罚决字', 市场监管局: '苏园市监案', 园区公安分局: '苏园公(治)行罚决字', 劳保局: '苏园劳监罚',
  国土环保局: '苏园环罚', 规建委: '苏园规建罚', 安监局: '(苏园)安监罚', 卫健委: '苏园卫健罚', 社会事业局: '苏园社罚',
  文化执法大队: '苏园文执罚', 运管处: '苏园运罚', 卫生监督所: '苏园卫监罚',
};

interface ReviewPlan {
  year: number;
  days: readonly string[];
  reviewers: readonly string[];
  /** Files per reviewed unit (short name). */
  files: Readonly<Record<string, number>>;
  /** How many files fail the basic standard. */
  basicFails: number;
}

const REVIEWS: readonly ReviewPlan[] = [
  {
    year: 2018,
    days: ['2018-11-20', '2018-11-21'],
    reviewers: ['陈志明', '李文娟', '张建华', '周晓峰'],
    files: { 综合执法局: 5, 市场监管局: 4, 园区公安分局: 4, 劳保局: 3, 国土环保局: 3, 规建委: 3, 安监局: 2, 卫健委: 2, 社会事业局: 2, 运管处: 2 },
    basicFails: 2,
  },
  {
    year: 2019,
    days: ['2019-11-12', '2019-11-13', '2019-11-14'],
    reviewers: ['陈志明', '李文娟', '张建华', '周晓峰', '刘海燕'],
    files: {
      综合执法局: 6, 市场监管局: 5, 园区公安分局: 5, 劳保局: 4, 国土环保局: 4, 规建委: 3, 安监局: 3, 卫健委: 2,
      社会事业局: 2, 文化执法大队: 2, 运管处: 2, 卫生监督所: 2,
    },
    basicFails: 1,
  },
];

function enforcementCsv(): string {
  const rng = mulberry32(2019_04);
  const rows: Cell[][] = [];
  for (const plan of REVIEWS) {
    const units = repeatEach(plan.files);
    const reviewers = shuffle(rng, units.map((_, i) => plan.reviewers[i % plan.reviewers.length] as string));
    const fails = new Set(shuffle(rng, units.map((_, i) => i)).slice(0, plan.basicFails));
    const numbers = new Map<string, number>();
    units.forEach((u, i) => {
      const prefix = FILE_PREFIX[u] as string;
      const n = (numbers.get(u) ?? randomInt(rng, 3, 30)) + randomInt(rng, 5, 60);
      numbers.set(u, n);
      const score = fails.has(i) ? randomInt(rng, 48, 62) : Math.min(98, 68 + randomInt(rng, 0, 12) + randomInt(rng, 0, 12) + randomInt(rng, 0, 6));
      rows.push([
        `${prefix}〔${plan.year}〕${n}号`,
        u,
        reviewers[i] as string,
        plan.year,
        plan.days[Math.floor((i * plan.days.length) / units.length)] as string,
        flag(!fails.has(i)),
        score,
      ]);
    });
  }
  return toCsv(['案卷编号', '被评查单位', '评查人', '评查年度', '评查日期', '基本标准是否通过', '总分'], rows);
}

// ───────────────────────────── major decisions ─────────────────────────────

type Step = '是' | '否' | '不适用';

interface DecisionPlan {
  title: string;
  unit: string;
  decidedOn: string;
  /** 公众参与, 专家论证, 风险评估, 合法性审查, 集体讨论. */
  steps: readonly [Step, Step, Step, Step, Step];
}

const DECISIONS: readonly DecisionPlan[] = [
  { title: '苏州工业园区国民经济和社会发展第十三个五年规划中期评估调整', unit: '经发委', decidedOn: '2018-04-17', steps: ['是', '是', '是', '是', '是'] },
  { title: '苏州工业园区既有住宅小区综合整治实施方案', unit: '规建委', decidedOn: '2018-06-12', steps: ['是', '是', '否', '是', '是'] },
  { title: '苏州工业园区公办幼儿园收费标准调整方案', unit: '社会事业局', decidedOn: '2018-07-24', steps: ['是', '是', '是', '是', '是'] },
  { title: '苏州工业园区金鸡湖景区综合提升规划', unit: '规建委', decidedOn: '2018-09-18', steps: ['是', '是', '是', '是', '是'] },
  { title: '苏州工业园区大气污染防治三年行动计划', unit: '国土环保局', decidedOn: '2018-10-30', steps: ['是', '是', '是', '是', '是'] },
  { title: '苏州工业园区医疗卫生设施布局规划(2018-2030)', unit: '卫健委', decidedOn: '2018-12-11', steps: ['是', '不适用', '是', '是', '是'] },
  { title: '苏州工业园区建设世界一流高科技产业园区规划', unit: '科信局', decidedOn: '2019-03-26', steps: ['是', '是', '是', '是', '是'] },
  { title: '关于扩大园区禁止燃放烟花爆竹区域的通告', unit: '园区公安分局', decidedOn: '2019-11-19', steps: ['是', '是', '是', '是', '是'] },
  { title: '苏州工业园区生活垃圾分类工作实施方案', unit: '综合执法局', decidedOn: '2019-06-18', steps: ['是', '是', '是', '是', '是'] },
  { title: '苏州工业园区公共租赁住房租金标准调整方案', unit: '规建委', decidedOn: '2019-05-21', steps: ['是', '不适用', '是', '是', '是'] },
  { title: '苏州工业园区中小学幼儿园布局规划(2019-2035)', unit: '社会事业局', decidedOn: '2019-08-13', steps: ['是', '是', '是', '是', '是'] },
  { title: '苏州工业园区养老服务设施布局规划', unit: '社会事业局', decidedOn: '2019-09-24', steps: ['是', '是', '不适用', '是', '是'] },
  { title: '苏州工业园区阳澄湖半岛生态环境保护规划', unit: '国土环保局', decidedOn: '2019-10-22', steps: ['是', '是', '是', '是', '是'] },
  { title: '苏州工业园区职工基本医疗保险待遇调整方案', unit: '劳保局', decidedOn: '2019-12-17', steps: ['是', '不适用', '是', '是', '是'] },
];

function decisionsCsv(): string {
  return toCsv(
    ['决策事项', '承办单位', '决定日期', '公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论', '是否列入目录'],
    DECISIONS.map((d) => [d.title, d.unit, d.decidedOn, ...d.steps, '是']),
  );
}

// ───────────────────────────── safety incidents ─────────────────────────────

interface IncidentPlan {
  year: number;
  sector: '工矿商贸' | '道路运输';
  /** Deaths of each incident. */
  deaths: readonly number[];
}

const INCIDENTS: readonly IncidentPlan[] = [
  { year: 2018, sector: '工矿商贸', deaths: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 0] },
  { year: 2018, sector: '道路运输', deaths: [...Array.from({ length: 25 }, () => 1), 2, 3, 0, 0] },
  { year: 2019, sector: '工矿商贸', deaths: [1, 1, 1, 1, 1, 1, 1, 0, 0] },
  { year: 2019, sector: '道路运输', deaths: [...Array.from({ length: 17 }, () => 1), 2, 0, 0] },
];

function safetyCsv(): string {
  const rng = mulberry32(2019_05);
  const rows: { on: string; cells: Cell[] }[] = [];
  for (const plan of INCIDENTS) {
    for (const deaths of plan.deaths) {
      // Road accidents happen any day of the week.
      const day = toDay(`${plan.year}-01-01`) + randomInt(rng, 0, 363);
      const on = fromDay(day);
      const injuries = deaths === 0 ? randomInt(rng, 1, 3) : rng() < 0.4 ? randomInt(rng, 1, 2) : 0;
      const loss = plan.sector === '工矿商贸' ? randomInt(rng, 80, 260) + randomInt(rng, 0, 9) / 10 : randomInt(rng, 30, 150) + randomInt(rng, 0, 9) / 10;
      rows.push({ on, cells: [null, on, pick(rng, STREETS), plan.sector, deaths, injuries, loss, null] });
    }
  }
  rows.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const seq = new Map<string, number>();
  for (const r of rows) {
    const y = r.on.slice(0, 4);
    const n = (seq.get(y) ?? 0) + 1;
    seq.set(y, n);
    r.cells[0] = `YQSG-${y}-${String(n).padStart(3, '0')}`;
    // The statistics office writes the grade only for incidents above 一般.
    if ((r.cells[4] as number) >= 3) r.cells[7] = '较大';
  }
  return toCsv(['事故编号', '发生日期', '属地', '行业领域', '死亡人数', '受伤人数', '直接经济损失(万元)', '事故等级'], rows.map((r) => r.cells));
}

// ───────────────────────────── economy, business environment, activities ─────────────────────────────

function economyCsv(): string {
  // GDP as the statistics bureau prints it, with one decimal.
  return toCsv(['年份', '地区生产总值(亿元)', '常住人口'], [[2018, '2570.0', 1125600], [2019, '2743.0', 1133900]]);
}

/** [dimension, indicator, value 2018, value 2019, best, worst, exponent]. */
const BUSINESS: readonly [string, string, number, number, number, number, number | null][] = [
  ['开办企业', '办理环节(个)', 4, 3, 1, 18, null],
  ['开办企业', '办理时间(天)', 5, 2, 0.5, 100, null],
  ['开办企业', '费用(占人均收入%)', 0.4, 0, 0, 200, null],
  ['开办企业', '实缴资本下限(占人均收入%)', 0, 0, 0, 400, null],
  ['办理建筑许可', '办理环节(个)', 19, 15, 5, 30, null],
  ['办理建筑许可', '办理时间(天)', 121, 86, 26, 373, null],
  ['办理建筑许可', '费用(占仓库价值%)', 2.4, 1.9, 0, 20, null],
  ['办理建筑许可', '建筑质量控制指数', 12, 13, 15, 0, null],
  ['获得电力', '办理环节(个)', 4, 3, 3, 9, null],
  ['获得电力', '办理时间(天)', 34, 21, 18, 248, null],
  ['获得电力', '费用(占人均收入%)', 0, 0, 0, 8100, null],
  ['获得电力', '供电可靠性和电费透明度指数', 6, 7, 8, 0, null],
  ['登记财产', '办理环节(个)', 4, 3, 1, 13, null],
  ['登记财产', '办理时间(天)', 9, 4, 1, 210, null],
  ['登记财产', '费用(占财产价值%)', 4.6, 4.6, 0, 15, null],
  ['登记财产', '土地管理质量指数', 23.5, 24.5, 30, 0, null],
  ['纳税', '纳税次数(次/年)', 9, 7, 3, 63, null],
  ['纳税', '纳税时间(小时/年)', 142, 128, 49, 696, null],
  ['纳税', '总税收和缴费率(%)', 62.1, 59.2, 26.1, 84, 0.8],
  ['纳税', '报税后流程指数', 50, 52.5, 100, 0, null],
  ['政务服务', '网上可办率(%)', 86, 95, 100, 0, null],
  ['政务服务', '即办件占比(%)', 42, 55, 100, 0, null],
  ['政务服务', '平均跑动次数(次)', 0.6, 0.3, 0, 2, null],
  ['政务服务', '办事群众满意率(%)', 97.2, 98.6, 100, 80, null],
];

function businessCsv(): string {
  const rows: Cell[][] = [];
  for (const year of [2018, 2019]) {
    for (const [dimension, indicator, v2018, v2019, best, worst, exponent] of BUSINESS) {
      rows.push([year, null, dimension, indicator, year === 2018 ? v2018 : v2019, best, worst, exponent, null]);
    }
  }
  return toCsv(['年度', '评价对象', '一级指标', '二级指标', '原始值', '前沿值', '最差值', '转换指数', '权重'], rows);
}

/** [year, unit (short), kind, count]. */
const ACTIVITIES: readonly [number, string, string, number][] = [
  [2018, '司法局', '网站专栏信息', 52], [2018, '司法局', '普法信息', 128], [2018, '管委会本级', '集体学法', 3],
  [2018, '司法局', '集体学法', 4], [2018, '综合执法局', '集体学法', 4], [2018, '市场监管局', '集体学法', 3],
  [2018, '劳保局', '集体学法', 2], [2018, '司法局', '培训', 5], [2018, '综合执法局', '培训', 6],
  [2018, '市场监管局', '培训', 4], [2018, '园区公安分局', '培训', 8],
  [2019, '司法局', '网站专栏信息', 67], [2019, '司法局', '普法信息', 163], [2019, '管委会本级', '集体学法', 4],
  [2019, '司法局', '集体学法', 4], [2019, '综合执法局', '集体学法', 5], [2019, '市场监管局', '集体学法', 4],
  [2019, '劳保局', '集体学法', 3], [2019, '规建委', '集体学法', 2], [2019, '司法局', '培训', 6],
  [2019, '综合执法局', '培训', 8], [2019, '市场监管局', '培训', 7], [2019, '园区公安分局', '培训', 9],
];

function activitiesCsv(): string {
  return toCsv(['年份', '单位', '类别', '数量'], ACTIVITIES.map(([y, u, k, n]) => [y, u, k, n]));
}

function sip2019(): FixtureFiles {
  const files: FixtureFiles = new Map();
  const put = (name: string, text: string): void => { files.set(`sip-2019/${name}`, utf8WithBom(text)); };
  put('units.csv', unitsCsv());
  put('documents.csv', documentsCsv());
  put('litigation.csv', litigationCsv());
  put('reconsideration.csv', reconsiderationCsv());
  put('enforcement_reviews.csv', enforcementCsv());
  put('decisions.csv', decisionsCsv());
  put('safety_incidents.csv', safetyCsv());
  put('economy.csv', economyCsv());
  put('business_environment.csv', businessCsv());
  put('activities.csv', activitiesCsv());
  return files;
}

// ───────────────────────────── messy ─────────────────────────────
// Every row below is written out by hand: fixtures/messy/README.md lists the
// planted problems by spreadsheet row, so the rows must not move.

function messyUnits(): string {
  return toCsv(['单位', '别名', '类型', '规范性文件制定主体', '行政执法主体'], [
    ['苏州工业园区管理委员会', '园区管委会；管委会本级', '管委会本级', '是', '否'],
    ['劳动和社会保障局', '劳保局', '法定行政机关', '是', '是'],
    ['苏州工业园区规划建设委员会', '规建委、规划建设委员会', '法定行政机关', '是', '是'],
    ['园区公安分局', '苏州市公安局苏州工业园区分局;公安分局', '法定行政机关', '是', '是'],
    ['综合行政执法局', '综合执法局', '法定行政机关', '是', '是'],
    ['市场监督管理局', '市场监管局,市场监督局', '法定行政机关', '是', '是'],
    ['国土环保局', null, '法定行政机关', '是', '是'],
    ['经济发展委员会', '经发委', '法定行政机关', '是', '是'],
    ['科技和信息化局', '科信局', '法定行政机关', '是', '是'],
    ['娄葑街道', null, '街道', '是', '否'],
    ['斜塘街道', null, '街道', '是', '否'],
    ['唯亭街道', null, '街道', '是', '否'],
    ['胜浦街道', null, '街道', '是', '否'],
    ['湖西社工委', '湖西社区工作委员会', '社工委', '是', '否'],
    ['湖东社工委', '湖东社区工作委员会', '社工委', '是', '否'],
  ], { eol: '\n' });
}

/** GBK without BOM, Simplified headers (other aliases than sip-2019), blank lines, a sub-total and a footer. */
function messyLitigation(): Buffer {
  const text = toCsv(['案号', '被告', '审级', '立案日期', '是否开庭', '开庭日期', '是否通知负责人出庭', '负责人出庭', '审结日期', '结案方式'], [
    /* 2 */ ['（2019）苏0591行初15号', '劳动和社会保障局', '一审', '2019-01-14', '是', '2019/3/5', '是', '是', '2019.4.2', '撤销'],
    /* 3 */ ['(2019)苏0591行初27号', '劳保局', '一审', '2019年1月22日', 'Y', '２０１９年３月１２日', 'Y', 'N', '2019-04-18', '驳回诉讼请求'],
    /* 4 */ ['（2019）苏0591行初41号', '苏州工业园区规划建设委员会', '一审', '二〇一九年二月十八日', 'y', '2019-04-09', 'y', 'y', '2019/5/10', '確認違法'],
    /* 5 */ null,
    /* 6 */ ['（2019）苏0591行初58号', '规建委', '一审', '2019/3/1', 'yes', '2019.4.23', 'yes', 'n', '2019年6月3日', '驳回诉讼请求'],
    /* 7 */ ['(2019)苏0591行初66号', '园区管委会', '一审', '2019.3.11', 'true', '2019-05-16', 'true', 'no', '２０１９年６月２５日', '判决驳回诉讼请求'],
    /* 8 */ ['（2019）苏0591行初73号', '苏州工业园区管理委员会', '一审', '2019-03-19', '無', '', '未', '不适用', '2019-05-06', '准予撤诉'],
    /* 9 */ ['（2019）苏0591行初90号', '园区公安分局', '一审', '2019年4月2日', '1', '二〇一九年五月二十八日', '1', 'false', '2019-07-11', '驳回诉讼请求'],
    /* 10 */ ['（2019）苏0591行初102号', '综合执法局', '一审', '2019-04-15', '√', '2019/6/13', '已', '0', '', ''],
    /* 11 */ ['(2019)苏05行终210号', '劳保局', '二审', '2019-05-20', '否', '', 'N', '不適用', '2019-07-30', '驳回上诉'],
    /* 12 */ ['（2019）苏0591行初118号', '园区城管局', '一审', '2019-05-07', '有', '2019-06-20', '是', '×', '2019-08-01', '撤销'],
    /* 13 */ ['（2019）苏0591行初131号', '市场监管局', '一审', '2019-05-27', 'false', '', 'n', 'N/A', '2019-07-01', '驳回起诉'],
    /* 14 */ null,
    /* 15 */ ['合计', '', '', '', '', '', '', '', '', '11件'],
    /* 16 */ ['填表人：张三', '', '', '', '', '', '', '', '', ''],
  ]);
  return encodeStrict(text, 'gbk');
}

/** UTF-8 with BOM, named so that only the headers tell the dataset; ✓ ✗ flags; one impossible date. */
function messyReconsideration(): Buffer {
  return utf8WithBom(toCsv(['收案编号', '被申请人', '受理日期', '复议决定', '决定日期', '是否延期', '审理程序'], [
    /* 2 */ ['苏园复〔2019〕3号', '园区公安分局', '2019-01-21', '维持', '2019-03-11', '✗', '普通'],
    /* 3 */ ['苏园复〔2019〕8号', '劳保局', '2019/2/25', '撤销', '2019/4/30', '✓', '普通程序'],
    /* 4 */ ['苏园复〔2019〕11号', '市场监管局', '2019-02-30', '驳回', '2019-04-12', '否', '简易'],
    /* 5 */ ['苏园复〔2019〕14号', '规建委', '2019年3月18日', '確認違法', '2019年5月27日', '否', '普通'],
    /* 6 */ ['苏园复〔2019〕20号', '国土环保局', '2019.4.8', '终止', '2019.4.30', '', '簡易'],
    /* 7 */ ['苏园复〔2019〕26号', '综合执法局', '2019-05-13', '', '', '', ''],
  ]));
}

/** Big5 with Traditional headers and values; 準予備案 and 准予備案 both; a 總計 row. */
function messyDocuments(): Buffer {
  const text = toCsv(['文號', '制定單位', '標題', '印發日期', '公布日期', '是否需報備', '報備日期', '是否經合法性審核', '備案審查結果'], [
    /* 2 */ ['蘇園管規字〔2019〕1號', '蘇州工業園區管理委員會', '蘇州工業園區綠色發展專項引導資金管理辦法', '2019-01-08', '2019-01-10', '是', '2019-01-25', '是', '準予備案'],
    /* 3 */ ['蘇園管規字〔2019〕2號', '園區管委會', '蘇州工業園區人才安居工程實施辦法', '2019/2/18', '', 'Y', '2019/3/1', '有', '准予備案'],
    /* 4 */ ['蘇園勞規〔2019〕1號', '勞動和社會保障局', '蘇州工業園區社會保險費徵繳管理辦法', '2019年3月4日', '2019年3月6日', 'true', '2019年4月20日', 'yes', '補正'],
    /* 5 */ ['蘇園經規〔2019〕1號', '經發委', '蘇州工業園區總部經濟發展專項資金管理辦法', '2019.4.10', '', '', '2019.4.28', '√', '準予備案'],
    /* 6 */ ['蘇園科信規〔2019〕1號', '科信局', '蘇州工業園區科技創新專項資金管理辦法', '２０１９年５月１０日', '', '1', '', '0', ''],
    /* 7 */ ['蘇園市監規〔2019〕1號', '市場監督管理局', '蘇州工業園區企業信用修復管理辦法(試行)', '二○一九年六月三日', '', '否', '', '否', ''],
    /* 8 */ ['總計', '', '6件', '', '', '', '', '', ''],
  ]);
  return encodeStrict(text, 'big5');
}

/** UTF-8 without BOM, LF; unit suffixes, full-width and thousands-separated numbers, 小计/合计 rows, a negative death count. */
function messySafety(): string {
  return toCsv(['事故编号', '发生日期', '属地', '行业领域', '死亡人数', '受伤人数', '直接经济损失(万元)', '事故等级'], [
    /* 2 */ ['AQ-2019-01', '2019-01-15', '娄葑街道', '工矿商贸', '1人', '0', '12.5万元', '一般'],
    /* 3 */ ['AQ-2019-02', '2019/3/8', '斜塘街道', '道路运输', '１', '2人', '1,250', ''],
    /* 4 */ null,
    /* 5 */ ['AQ-2019-03', '2019年4月22日', '唯亭街道', '工矿商贸', '-1', '0', '30', ''],
    /* 6 */ ['AQ-2019-04', '2019.6.17', '胜浦街道', '道路运输', '2', '1', '45.8万元', ''],
    /* 7 */ ['小计', '', '', '', '4', '3', '1,308.3', ''],
    /* 8 */ ['AQ-2018-01', '二〇一八年十一月五日', '湖西社工委', '工矿商贸', '1', '', '', ''],
    /* 9 */ ['AQ-2018-02', '2018-12-20', '湖东社工委', '道路运输', '3人', '4人', '120', ''],
    /* 10 */ null,
    /* 11 */ ['合计', '', '', '', '8', '7', '1,428.3', ''],
  ], { eol: '\n' });
}

function messyEconomy(): Buffer {
  return utf8WithBom(toCsv(['年份', '地区生产总值(亿元)', '常住人口'], [
    ['2018', '2,570', '1,125,600'],
    ['2019年', '2,743.0亿元', '1,133,900人'],
  ]));
}

function messyBusiness(): Buffer {
  return utf8WithBom(toCsv(['年度', '评价对象', '一级指标', '二级指标', '数值', '前沿值', '最差值', '转换指数', '权重'], [
    ['2019', '', '纳税', '总税收和缴费率', '约59.2%', '26.1%', '84.0%', '0.8', ''],
    ['2019', '', '纳税', '纳税次数', '7', '3', '63', '', ''],
    ['2019', '', '政务服务', '网上可办率', '95%', '100%', '0%', '', ''],
    ['2019', '', '政务服务', '平均跑动次数', '0.3', '0', '2', '', ''],
  ]));
}

/** GBK, and the 承办单位 (unit) column is missing: the whole file is rejected, the others still load. */
function messyDecisions(): Buffer {
  const text = toCsv(['决策事项', '决定日期', '公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论', '是否列入目录'], [
    ['苏州工业园区建设世界一流高科技产业园区规划', '2019-03-26', '是', '是', '是', '是', '是', '是'],
    ['关于扩大园区禁止燃放烟花爆竹区域的通告', '2019/11/19', '是', 'N/A', '是', '是', '是', '是'],
    ['苏州工业园区养老服务设施布局规划', '2019年9月24日', '是', '是', '不适用', '是', '是', '是'],
  ]);
  return encodeStrict(text, 'gbk');
}

/** XLSX with Traditional headers: a real date cell, a serial number 43595, text dates, a full-width score and a score of 120. */
async function messyEnforcementXlsx(): Promise<Buffer> {
  const date = (iso: string): CellObject => ({ value: new Date(`${iso}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' });
  const data: SheetData = [
    ['案卷編號', '被評查單位', '評查人', '評查日期', '基本標準是否通過', '總分'],
    /* 2 */ ['蘇園綜執罰決字〔2019〕第0012號', '綜合執法局', '陳志明', date('2019-11-12'), '是', 92],
    /* 3 */ ['蘇園市監案〔2019〕00031號', '市場監管局', '李文娟', 43595, '是', 85.5],
    /* 4 */ ['蘇園勞監罰〔2019〕7號', '勞保局', '張建華', '2019-11-13', '是', 120],
    /* 5 */ ['蘇園環罰〔2019〕15號', '國土環保局', '周曉峰', '2019年11月13日', '否', 58],
    /* 6 */ ['蘇園規建罰〔2019〕4號', '規建委', '劉海燕', date('2019-11-14'), '是', '９０'],
  ];
  const buffer = await writeExcelFile(data, { sheet: '案卷評查' }).toBuffer();
  return normalizeZipTimes(buffer);
}

async function messy(): Promise<FixtureFiles> {
  const files: FixtureFiles = new Map();
  files.set('messy/units.csv', Buffer.from(messyUnits(), 'utf8'));
  files.set('messy/litigation.csv', messyLitigation());
  files.set('messy/2019年复议案件台账.csv', messyReconsideration());
  files.set('messy/documents.csv', messyDocuments());
  files.set('messy/safety_incidents.csv', Buffer.from(messySafety(), 'utf8'));
  files.set('messy/economy.csv', messyEconomy());
  files.set('messy/business_environment.csv', messyBusiness());
  files.set('messy/decisions.csv', messyDecisions());
  files.set('messy/enforcement_reviews.xlsx', await messyEnforcementXlsx());
  return files;
}

// ───────────────────────────── entry ─────────────────────────────

/**
 * Generates every fixture file (not the hand-written READMEs) into `dir`:
 * `dir/sip-2019/*.csv` and `dir/messy/*`. Deterministic: the same bytes on
 * every run, machine and time zone.
 *
 * @example
 * const written = await writeFixtures('/tmp/fixtures');
 * // ['messy/business_environment.csv', …, 'sip-2019/units.csv']
 * @returns the paths written, relative to `dir`, sorted.
 */
export async function writeFixtures(dir: string): Promise<string[]> {
  const files: FixtureFiles = new Map([...sip2019(), ...(await messy())]);
  for (const [path, bytes] of files) {
    const target = join(dir, path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, bytes);
  }
  return [...files.keys()].sort();
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const dir = join(fileURLToPath(new URL('..', import.meta.url)), 'fixtures');
  const written = await writeFixtures(dir);
  console.log(`wrote ${written.length} files into ${dir}`);
}
