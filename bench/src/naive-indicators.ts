import * as aq from 'arquero';
import Papa from 'papaparse';
import type { IndicatorRow } from '../../packages/core/src/indicators/indicator-row.ts';

/**
 * A CSV file in memory, named by its dataset id (`litigation.csv`).
 *
 * @example
 * const file: BenchFile = { name: 'litigation.csv', bytes: readFileSync('bench/data/10000/litigation.csv') };
 */
export interface BenchFile {
  name: string;
  bytes: Uint8Array;
}

type Row = Record<string, string | undefined>;
type Table = ReturnType<typeof aq.from>;

const DATE = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/;
const LOST_OUTCOMES = new Set(['撤销', '变更', '确认违法', '确认无效', '责令履行', '判决赔偿']);
const CORRECTIONS = new Set(['撤销', '变更', '确认违法', '责令履行', '确认无效']);
const NOT_ON_MERITS = new Set(['终止', '调解', '和解']);
const PROCEDURES = ['公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论'];

/** Days since 1970-01-01 of a date cell in the generator's forms, or null when blank. */
function day(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const m = DATE.exec(raw);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

function year(raw: string | undefined): number | null {
  const m = raw === undefined ? null : DATE.exec(raw);
  return m ? Number(m[1]) : null;
}

function text(raw: string | undefined): string | null {
  const t = raw?.trim() ?? '';
  return t === '' ? null : t;
}

const asInt = (b: boolean): number => (b ? 1 : 0);

/**
 * One indicator from a derived table: `num` and `den` name 0/1 (or numeric)
 * columns summed per unit × year and for the jurisdiction (all rows, blank
 * units included); `den` null makes a count. Rows without a year are left out.
 */
function tally(t: Table, indicator: string, yearColumn: string, num: string, den: string | null): IndicatorRow[] {
  const rollup: Record<string, string> = { n: `d => op.sum(d["${num}"])` };
  if (den !== null) rollup['m'] = `d => op.sum(d["${den}"])`;
  const base = t.filter(`d => d["${yearColumn}"] != null`).derive({ y: `d => d["${yearColumn}"]` });
  const byUnit = base.filter((d: { unit: string | null }) => d.unit != null).groupby('unit', 'y').rollup(rollup);
  const total = base.groupby('y').rollup(rollup).derive({ unit: () => '*' });
  const out: IndicatorRow[] = [];
  for (const table of [byUnit, total]) {
    for (const r of table.objects() as { unit: string; y: number; n: number; m?: number }[]) {
      const denominator = den === null ? null : (r.m ?? 0);
      const value = denominator === null ? r.n : denominator === 0 ? null : r.n / denominator;
      out.push({ indicator, unit: r.unit, year: r.y, numerator: r.n, denominator, value });
    }
  }
  return out;
}

function documents(rows: Row[]): IndicatorRow[] {
  const t = aq.from(rows).derive({
    unit: aq.escape((d: Row) => text(d['制定单位'])),
    year: aq.escape((d: Row) => year(d['印发日期'])),
    one: () => 1,
    required: aq.escape((d: Row) => asInt(text(d['是否需报备']) !== '否')),
    filed: aq.escape((d: Row) => asInt(day(d['报备日期']) !== null)),
    start: aq.escape((d: Row) => day(d['公布日期']) ?? day(d['印发日期'])),
    reviewed: aq.escape((d: Row) => asInt(text(d['合法性审核']) === '是')),
    conclusion: aq.escape((d: Row) => text(d['审查结论'])),
  }).derive({
    required_filed: (d: { required: number; filed: number }) => d.required * d.filed,
    timely: aq.escape((d: { required: number; filed: number; start: number; 报备日期: string }) =>
      asInt(d.required === 1 && d.filed === 1 && (day(d.报备日期) as number) - d.start <= 30)),
    compliant: aq.escape((d: { filed: number; conclusion: string | null }) =>
      asInt(d.filed === 1 && (d.conclusion === null || d.conclusion === '准予备案'))),
  });
  return [
    ...tally(t, 'documents.issued', 'year', 'one', null),
    ...tally(t, 'documents.filing_rate', 'year', 'required_filed', 'required'),
    ...tally(t, 'documents.timely_filing_rate', 'year', 'timely', 'required'),
    ...tally(t, 'documents.compliance_rate', 'year', 'compliant', 'filed'),
    ...tally(t, 'documents.legality_review_rate', 'year', 'reviewed', 'one'),
  ];
}

function litigation(rows: Row[]): IndicatorRow[] {
  const t = aq.from(rows).derive({
    unit: aq.escape((d: Row) => text(d['被告单位'])),
    one: () => 1,
    filed_year: aq.escape((d: Row) => year(d['立案日期'])),
    concluded_year: aq.escape((d: Row) => year(d['结案日期'])),
    concluded: aq.escape((d: Row) => asInt(day(d['结案日期']) !== null)),
    hearing: aq.escape((d: Row) => asInt(text(d['是否开庭']) === '是' || day(d['开庭日期']) !== null)),
    appeared: aq.escape((d: Row) => asInt(text(d['负责人是否出庭']) === '是')),
    hearing_year: aq.escape((d: Row) => year(d['开庭日期']) ?? year(d['结案日期']) ?? year(d['立案日期'])),
    lost: aq.escape((d: Row) => {
      if (day(d['结案日期']) === null) return 0;
      const flag = text(d['是否败诉']);
      if (flag !== null) return asInt(flag === '是');
      return asInt(LOST_OUTCOMES.has(text(d['裁判结果']) ?? ''));
    }),
  }).derive({
    appeared_at_hearing: (d: { hearing: number; appeared: number }) => d.hearing * d.appeared,
  });
  return [
    ...tally(t, 'litigation.cases', 'filed_year', 'one', null),
    ...tally(t, 'litigation.concluded', 'concluded_year', 'concluded', null),
    ...tally(t, 'litigation.lost_cases', 'concluded_year', 'lost', null),
    ...tally(t, 'litigation.loss_rate', 'concluded_year', 'lost', 'concluded'),
    ...tally(t, 'litigation.head_appearance_rate', 'hearing_year', 'appeared_at_hearing', 'hearing'),
  ];
}

function reconsideration(rows: Row[]): IndicatorRow[] {
  const t = aq.from(rows).derive({
    unit: aq.escape((d: Row) => text(d['被申请人'])),
    one: () => 1,
    received_year: aq.escape((d: Row) => year(d['受理日期'])),
    decided_year: aq.escape((d: Row) => year(d['决定日期'])),
    decided: aq.escape((d: Row) => asInt(day(d['决定日期']) !== null)),
    on_merits: aq.escape((d: Row) => {
      const decision = text(d['决定类型']);
      return asInt(day(d['决定日期']) !== null && decision !== null && !NOT_ON_MERITS.has(decision));
    }),
    corrected: aq.escape((d: Row) => asInt(day(d['决定日期']) !== null && CORRECTIONS.has(text(d['决定类型']) ?? ''))),
    on_time: aq.escape((d: Row) => {
      const received = day(d['受理日期']);
      const decided = day(d['决定日期']);
      if (received === null || decided === null) return 0;
      const limit = text(d['审理程序']) === '简易' ? 30 : text(d['是否延期']) === '是' ? 90 : 60;
      return asInt(decided - received <= limit);
    }),
  });
  return [
    ...tally(t, 'reconsideration.cases', 'received_year', 'one', null),
    ...tally(t, 'reconsideration.correction_rate', 'decided_year', 'corrected', 'on_merits'),
    ...tally(t, 'reconsideration.on_time_rate', 'decided_year', 'on_time', 'decided'),
  ];
}

function enforcement(rows: Row[]): IndicatorRow[] {
  const t = aq.from(rows).derive({
    unit: aq.escape((d: Row) => text(d['被评查单位'])),
    one: () => 1,
    year: aq.escape((d: Row) => {
      const y = text(d['评查年度']);
      return y !== null ? Number(y) : year(d['评查日期']);
    }),
    score: aq.escape((d: Row) => (text(d['基本标准是否通过']) === '否' ? 0 : Number(d['总分']))),
  }).derive({
    pass: (d: { score: number }) => (d.score >= 60 ? 1 : 0),
    excellent: (d: { score: number }) => (d.score >= 90 ? 1 : 0),
  });
  return [
    ...tally(t, 'enforcement.files_reviewed', 'year', 'one', null),
    ...tally(t, 'enforcement.mean_score', 'year', 'score', 'one'),
    ...tally(t, 'enforcement.pass_rate', 'year', 'pass', 'one'),
    ...tally(t, 'enforcement.excellent_rate', 'year', 'excellent', 'one'),
  ];
}

function decisions(rows: Row[]): IndicatorRow[] {
  const t = aq.from(rows).derive({
    unit: aq.escape((d: Row) => text(d['承办单位'])),
    one: () => 1,
    year: aq.escape((d: Row) => year(d['决定日期'])),
    compliant: aq.escape((d: Row) => asInt(PROCEDURES.every((p) => text(d[p]) === '是' || text(d[p]) === '不适用'))),
  });
  return [
    ...tally(t, 'decisions.count', 'year', 'one', null),
    ...tally(t, 'decisions.procedure_compliance_rate', 'year', 'compliant', 'one'),
  ];
}

function safety(rows: Row[]): IndicatorRow[] {
  const t = aq.from(rows).derive({
    unit: aq.escape((d: Row) => text(d['属地'])),
    one: () => 1,
    year: aq.escape((d: Row) => year(d['发生日期'])),
    deaths: aq.escape((d: Row) => Number(d['死亡人数'])),
  }).derive({
    major: aq.escape((d: Row & { deaths: number }) => {
      const grade = text(d['事故等级']);
      return asInt(grade === null ? d.deaths >= 3 : grade !== '一般');
    }),
  });
  return [
    ...tally(t, 'safety.incidents', 'year', 'one', null),
    ...tally(t, 'safety.deaths', 'year', 'deaths', null),
    ...tally(t, 'safety.major_incidents', 'year', 'major', null),
  ];
}

const FAMILIES: Record<string, (rows: Row[]) => IndicatorRow[]> = {
  documents, litigation, reconsideration, enforcement_reviews: enforcement, decisions, safety_incidents: safety,
};

/**
 * The naive reference path: papaparse with `header: true` into one object per
 * row, then the indicators through arquero verbs (derive / filter / groupby /
 * rollup). It reads the generator's files only (their Simplified headers and
 * value forms), which is all a reference for the benchmark needs. Files whose
 * dataset it does not compute (economy) are parsed and ignored.
 *
 * @example
 * const rows = naiveIndicators([{ name: 'litigation.csv', bytes }]);
 */
export function naiveIndicators(files: readonly BenchFile[]): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  for (const file of files) {
    const textContent = new TextDecoder('utf-8').decode(file.bytes);
    const parsed = Papa.parse<Row>(textContent, { header: true, skipEmptyLines: true });
    const family = FAMILIES[file.name.replace(/\.csv$/, '')];
    if (family !== undefined) out.push(...family(parsed.data));
  }
  return out;
}
