import type { CalendarDate } from '../values/calendar-date.ts';

/**
 * A yes / no / not-applicable flag after parsing (`是`, `否`, `不適用`, …).
 * `null` means the cell was blank.
 *
 * @example
 * parseFlag('是'); // 'yes'
 * const riskAssessment: Flag = 'na'; // 不適用: a decision that needs no risk assessment
 */
export type Flag = 'yes' | 'no' | 'na';

/**
 * Where a record came from: the file and the row as a spreadsheet shows it (header = row 1).
 *
 * @example
 * const first: LitigationRecord | undefined = records.litigation[0];
 * first?.source; // { file: 'litigation.csv', row: 2 }: the first case, right under the header
 */
export interface RecordSource {
  /** File name as given by the user, e.g. `litigation.csv`. */
  file: string;
  /** Row number as a spreadsheet shows it: the header is row 1, the first record row 2. */
  row: number;
}

/**
 * Every normalised record carries its source and its unit.
 *
 * @example
 * const base: BaseRecord = { source: { file: 'litigation.csv', row: 3 }, unit: '唯亭街道' };
 */
export interface BaseRecord {
  /** The file and row the record was read from. */
  source: RecordSource;
  /**
   * The canonical unit name (from `units.csv` when present, else the first
   * spelling seen), or `null` when the cell was blank (counted for the jurisdiction `*` only).
   */
  unit: string | null;
}

/**
 * documents — normative documents (規範性文件).
 *
 * @example
 * const doc: DocumentRecord = {
 *   source: { file: 'documents.csv', row: 2 }, unit: '苏州工业园区管理委员会',
 *   doc_no: '苏园管规字〔2018〕1号', title: '苏州工业园区关于进一步推进“放管服”改革的实施意见',
 *   issued_on: '2018-01-08', published_on: null, filing_required: true, filed_on: '2018-01-22',
 *   legality_reviewed: 'yes', review_result: '准予备案', compliant: true,
 * };
 */
export interface DocumentRecord extends BaseRecord {
  /** Document number (文號), e.g. `苏园管规字〔2018〕1号`. */
  doc_no: string;
  /** Title (標題), or null when blank. */
  title: string | null;
  /** Date issued (印發日期); its year is the document's year. */
  issued_on: CalendarDate;
  /** Date published (公布日期); the filing clock starts here when present, else at issued_on. */
  published_on: CalendarDate | null;
  /** Whether the document must be filed (是否需報備); default yes when blank. */
  filing_required: boolean;
  /** Date filed (報備日期); null = not filed. */
  filed_on: CalendarDate | null;
  /** Whether the legality review (合法性審核) was done; null when blank. */
  legality_reviewed: Flag | null;
  /** The filing review's conclusion as written (審查結論), e.g. `准予备案`; null when blank. */
  review_result: string | null;
  /** From review_result: 準予備案 (or blank) → true; 補正, 糾正, 不予備案 → false; other text → null. */
  compliant: boolean | null;
}

/**
 * Litigation instances (審級), in Simplified script: first instance, second instance, retrial.
 *
 * @example
 * INSTANCES.includes('二审'); // true
 */
export const INSTANCES = ['一审', '二审', '再审'] as const;

/**
 * One litigation instance (審級): `'一审' | '二审' | '再审'`.
 *
 * @example
 * const instance: Instance = '一审'; // 審級 一審 in a Traditional-script file reads as 一审
 */
export type Instance = (typeof INSTANCES)[number];

/**
 * litigation — administrative litigation cases (行政訴訟 / 行政應訴).
 *
 * @example
 * const data = await loadDataSet(files);
 * const cases: LitigationRecord[] = data.records.litigation;
 * cases.filter((r) => r.unit === '苏州工业园区劳动和社会保障局' && r.lost && r.concluded_on?.startsWith('2019')).length; // 4
 */
export interface LitigationRecord extends BaseRecord {
  /** Case number with brackets made ASCII and spacing removed, so both forms of one case are equal. */
  case_no: string;
  /** The instance (審級), or null when blank. */
  instance: Instance | null;
  /** Date filed (立案日期); its year is the caseload year. */
  filed_on: CalendarDate | null;
  /** Yes when the flag says so or heard_on is present. */
  hearing_held: boolean;
  /** Hearing date (開庭日期); the head-appearance year is its year, else concluded_on's, else filed_on's. */
  heard_on: CalendarDate | null;
  /** Whether the agency head was notified to appear (是否通知負責人出庭). */
  head_notified: Flag | null;
  /** Whether the agency head appeared in court (負責人是否出庭). */
  head_appeared: Flag | null;
  /** Date concluded (結案日期); its year is the outcome year; null = pending. */
  concluded_on: CalendarDate | null;
  /** Outcome text converted to Simplified script (e.g. `撤销`), or null. */
  outcome: string | null;
  /** The `lost` flag when given, else derived from the outcome; false while pending. */
  lost: boolean;
  /** Outcome is a withdrawal (准予撤诉). */
  withdrawn: boolean;
}

/**
 * Reconsideration decisions (複議決定), in Simplified script.
 *
 * @example
 * RECONSIDERATION_DECISIONS.includes('维持'); // true: 維持 (upheld) read from a Traditional-script file
 */
export const RECONSIDERATION_DECISIONS = [
  '维持', '驳回', '撤销', '变更', '确认违法', '责令履行', '确认无效', '终止', '调解', '和解',
] as const;

/**
 * One reconsideration decision (複議決定), e.g. `'撤销'` (annulled).
 *
 * @example
 * const decision: ReconsiderationDecision = '撤销';
 * CORRECTING_DECISIONS.has(decision); // true: counts towards the correction rate
 */
export type ReconsiderationDecision = (typeof RECONSIDERATION_DECISIONS)[number];

/**
 * reconsideration — administrative reconsideration cases (行政複議).
 *
 * @example
 * const record: ReconsiderationRecord = {
 *   source: { file: 'reconsideration.csv', row: 3 }, unit: '苏州市公安局苏州工业园区分局',
 *   case_no: '苏园复〔2018〕4号', received_on: '2018-01-09', decided_on: '2018-02-14',
 *   decision: '维持', extended: false, procedure: 'ordinary',
 * };
 */
export interface ReconsiderationRecord extends BaseRecord {
  /** Case number (案號), e.g. `苏园复〔2018〕4号`. */
  case_no: string;
  /** Date received (受理日期); its year is the caseload year. */
  received_on: CalendarDate;
  /** Date decided (決定日期), the decision year; null = pending. */
  decided_on: CalendarDate | null;
  /** The decision (複議決定), or null when blank or pending. */
  decision: ReconsiderationDecision | null;
  /** Whether the time limit was extended (是否延期); default false. */
  extended: boolean;
  /** The procedure (審理程序): 普通 → `'ordinary'` (default), 簡易 → `'simple'`. */
  procedure: 'ordinary' | 'simple';
}

/**
 * enforcement_reviews — law-enforcement case-file reviews (行政執法案卷評查).
 *
 * @example
 * const review: EnforcementReviewRecord = {
 *   source: { file: 'enforcement_reviews.csv', row: 2 }, unit: '综合执法局',
 *   file_no: '苏园综执罚决字〔2018〕39号', reviewer: '陈志明', year: 2018,
 *   reviewed_on: '2018-11-20', basic_pass: 'yes', score: 79,
 * };
 * effectiveScore(review); // 79
 */
export interface EnforcementReviewRecord extends BaseRecord {
  /** Case-file number (案卷編號). */
  file_no: string;
  /** Reviewer (評查人), or null when blank. */
  reviewer: string | null;
  /** The review year: the `year` column, else year(reviewed_on). */
  year: number;
  /** Review date (評查日期), or null when blank. */
  reviewed_on: CalendarDate | null;
  /** Whether the file met the basic standard (基本標準是否通過); `'no'` makes the file score 0. */
  basic_pass: Flag | null;
  /** Score as given, 0–100. */
  score: number;
}

/**
 * decisions — major administrative decisions (重大行政決策).
 *
 * @example
 * const decision: DecisionRecord = {
 *   source: { file: 'decisions.csv', row: 3 }, unit: '规建委',
 *   decision_no: '苏州工业园区既有住宅小区综合整治实施方案', decided_on: '2018-06-12', year: 2018,
 *   public_participation: 'yes', expert_argumentation: 'yes', risk_assessment: 'no',
 *   legality_review: 'yes', collective_discussion: 'yes', in_catalogue: 'yes',
 * };
 * followsProcedures(decision); // false: no risk assessment
 */
export interface DecisionRecord extends BaseRecord {
  /** The decision's number or title (編號, 決策事項). */
  decision_no: string;
  /** Date decided (決定日期), or null when only a year is given. */
  decided_on: CalendarDate | null;
  /** year(decided_on), else the `year` column. */
  year: number;
  /** Public participation (公眾參與), one of the five statutory procedures; `'na'` = not applicable. */
  public_participation: Flag | null;
  /** Expert argumentation (專家論證); `'na'` = not applicable. */
  expert_argumentation: Flag | null;
  /** Risk assessment (風險評估); `'na'` = not applicable. */
  risk_assessment: Flag | null;
  /** Legality review (合法性審查); `'na'` = not applicable. */
  legality_review: Flag | null;
  /** Collective discussion (集體討論); `'na'` = not applicable. */
  collective_discussion: Flag | null;
  /** Whether the decision is in the published catalogue (是否列入目錄). */
  in_catalogue: Flag | null;
}

/**
 * Incident grades (事故等級) from least to most severe (Simplified script).
 *
 * @example
 * INCIDENT_GRADES.indexOf('重大') >= INCIDENT_GRADES.indexOf('较大'); // true: 重大 counts as 較大及以上
 */
export const INCIDENT_GRADES = ['一般', '较大', '重大', '特别重大'] as const;

/**
 * One incident grade (事故等級): `'一般' | '较大' | '重大' | '特别重大'`.
 *
 * @example
 * const grade: IncidentGrade = gradeFromDeaths(3); // '较大'
 */
export type IncidentGrade = (typeof INCIDENT_GRADES)[number];

/**
 * safety_incidents — production-safety incidents (生產安全事故).
 *
 * @example
 * const incident: SafetyIncidentRecord = {
 *   source: { file: 'safety_incidents.csv', row: 3 }, unit: '东沙湖社工委',
 *   incident_no: 'YQSG-2018-002', occurred_on: '2018-01-17', sector: '道路运输',
 *   deaths: 1, injuries: 0, direct_loss: 55.2, grade: '一般',
 * };
 */
export interface SafetyIncidentRecord extends BaseRecord {
  /** Incident number (事故編號), e.g. `YQSG-2018-002`. */
  incident_no: string;
  /** Date of the incident (發生日期); its year and month place it in a series. */
  occurred_on: CalendarDate;
  /** Sector (行業領域), e.g. `工矿商贸`, `道路运输`, `建筑施工`; null when blank. */
  sector: string | null;
  /** Deaths (死亡人數), an integer ≥ 0. */
  deaths: number;
  /** Injuries (受傷人數), an integer ≥ 0, or null when blank. */
  injuries: number | null;
  /** Direct economic loss (直接經濟損失) in 萬元 (10 000 yuan), or null when blank. */
  direct_loss: number | null;
  /** As given, else derived from deaths (<3, 3–9, 10–29, ≥30). */
  grade: IncidentGrade;
}

/**
 * economy — context figures per year (經濟社會指標).
 *
 * @example
 * const economy: EconomyRecord = { source: { file: 'economy.csv', row: 3 }, year: 2019, gdp: 2743.0, population: 1133900 };
 * gdpByYear([economy]).get(2019); // 2743
 */
export interface EconomyRecord {
  /** The file and row the record was read from. */
  source: RecordSource;
  /** The year (年份). */
  year: number;
  /** Gross regional product (地區生產總值) in 億元 (100 million yuan), or null when blank. */
  gdp: number | null;
  /** Resident population (常住人口), or null when blank. */
  population: number | null;
}

/**
 * business_environment — business-environment measurements (營商環境測評), one
 * indicator of one dimension per row, scored between its best and worst values.
 *
 * @example
 * const procedures: BusinessMeasurementRecord = {
 *   source: { file: 'business_environment.csv', row: 2 }, unit: null, year: 2018,
 *   dimension: '开办企业', indicator: '办理环节(个)', value: 4, best: 1, worst: 18, exponent: 1, weight: 1,
 * };
 * goalpostScore(procedures.value, procedures.best, procedures.worst); // 82.35294117647058 (4 procedures, frontier 1, worst 18)
 */
export interface BusinessMeasurementRecord extends BaseRecord {
  /** The year measured (年度). */
  year: number;
  /** The first-level indicator (一級指標), e.g. `开办企业`. */
  dimension: string;
  /** The second-level indicator (二級指標), e.g. `办理时间(天)`. */
  indicator: string;
  /** The measured value (原始值). */
  value: number;
  /** The best value (前沿值): it scores 100. */
  best: number;
  /** The worst value (最差值): it scores 0. */
  worst: number;
  /** Exponent of the distance-to-frontier score (轉換指數); default 1 (Doing Business uses 0.8 for the tax rate). */
  exponent: number;
  /** Weight within its dimension (權重); default 1. */
  weight: number;
}

/**
 * units — unit registry (單位名錄): the canonical name of each unit and the other names it goes by.
 *
 * @example
 * const unit: UnitRecord = {
 *   source: { file: 'units.csv', row: 2 }, unit: '苏州工业园区管理委员会',
 *   aliases: ['管委会本级', '园区管委会', '管委会'], kind: '管委会本级',
 *   document_authority: 'yes', enforcement_body: 'no',
 * };
 */
export interface UnitRecord {
  /** The file and row the record was read from. */
  source: RecordSource;
  /** The canonical unit name (單位名稱); other datasets' unit cells resolve to it. */
  unit: string;
  /** Other names of the unit (別名, 簡稱), split at `;` `；` `、` `,`. */
  aliases: string[];
  /** The kind of unit (類型), e.g. `部门`, `街道`, `管委会本级`; null when blank. */
  kind: string | null;
  /** Whether the unit may issue normative documents (規範性文件制定主體). */
  document_authority: Flag | null;
  /** Whether the unit is a law-enforcement body (行政執法主體). */
  enforcement_body: Flag | null;
}

/**
 * activities — counted activities (學法、培訓、普法宣傳).
 *
 * @example
 * const activity: ActivityRecord = {
 *   source: { file: 'activities.csv', row: 3 }, unit: '司法局', year: 2018, kind: '普法信息', count: 128,
 * };
 */
export interface ActivityRecord extends BaseRecord {
  /** The year (年份). */
  year: number;
  /** The kind of activity (類別), e.g. `集体学法`, `培训`, `普法信息`; null when blank. */
  kind: string | null;
  /** How many (數量, 次數, 條數). */
  count: number;
}

/**
 * The record type of each dataset, keyed by dataset id.
 *
 * @example
 * type Case = DatasetRecords['litigation']; // LitigationRecord
 */
export interface DatasetRecords {
  /** Normative documents (規範性文件). */
  documents: DocumentRecord;
  /** Administrative litigation cases (行政訴訟). */
  litigation: LitigationRecord;
  /** Administrative reconsideration cases (行政複議). */
  reconsideration: ReconsiderationRecord;
  /** Law-enforcement case-file reviews (行政執法案卷評查). */
  enforcement_reviews: EnforcementReviewRecord;
  /** Major administrative decisions (重大行政決策). */
  decisions: DecisionRecord;
  /** Production-safety incidents (生產安全事故). */
  safety_incidents: SafetyIncidentRecord;
  /** Yearly context figures (經濟社會指標). */
  economy: EconomyRecord;
  /** Business-environment measurements (營商環境測評). */
  business_environment: BusinessMeasurementRecord;
  /** The unit registry (單位名錄). */
  units: UnitRecord;
  /** Counted activities (學法、培訓、普法宣傳). */
  activities: ActivityRecord;
}

/**
 * Dataset ids, in the order DATA.md lists them.
 *
 * @example
 * DATASET_IDS.length; // 10
 * DATASET_IDS[1]; // 'litigation'
 */
export const DATASET_IDS = [
  'documents', 'litigation', 'reconsideration', 'enforcement_reviews', 'decisions',
  'safety_incidents', 'economy', 'business_environment', 'units', 'activities',
] as const satisfies readonly (keyof DatasetRecords)[];

/**
 * A dataset id, e.g. `'litigation'`.
 *
 * @example
 * const id: DatasetId = 'safety_incidents';
 * DATASET_SCHEMAS[id].columns.length; // 8 (incident_no … grade)
 */
export type DatasetId = (typeof DATASET_IDS)[number];
