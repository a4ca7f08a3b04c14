import type { CalendarDate } from '../values/calendar-date.ts';

/**
 * A yes / no / not-applicable flag after parsing (`是`, `否`, `不適用`, …).
 * `null` means the cell was blank.
 */
export type Flag = 'yes' | 'no' | 'na';

/** Where a record came from: the file and the row as a spreadsheet shows it (header = row 1). */
export interface RecordSource {
  /** File name as given by the user, e.g. `litigation.csv`. */
  file: string;
  /** Row number as a spreadsheet shows it: the header is row 1, the first record row 2. */
  row: number;
}

/**
 * Every normalised record carries its source and its unit.
 * `unit` is the canonical unit name (from `units.csv` when present, else the
 * first spelling seen), or `null` when the cell was blank.
 */
export interface BaseRecord {
  source: RecordSource;
  unit: string | null;
}

/** documents — normative documents (規範性文件). */
export interface DocumentRecord extends BaseRecord {
  doc_no: string;
  title: string | null;
  issued_on: CalendarDate;
  published_on: CalendarDate | null;
  /** Default yes when blank. */
  filing_required: boolean;
  filed_on: CalendarDate | null;
  legality_reviewed: Flag | null;
  review_result: string | null;
  /** From review_result: 準予備案 (or blank) → true; 補正, 糾正, 不予備案 → false; other text → null. */
  compliant: boolean | null;
}

/** Litigation instances. */
export const INSTANCES = ['一审', '二审', '再审'] as const;
export type Instance = (typeof INSTANCES)[number];

/** litigation — administrative litigation cases (行政訴訟 / 行政應訴). */
export interface LitigationRecord extends BaseRecord {
  /** Case number with brackets made ASCII and spacing removed, so both forms of one case are equal. */
  case_no: string;
  instance: Instance | null;
  filed_on: CalendarDate | null;
  /** Yes when the flag says so or heard_on is present. */
  hearing_held: boolean;
  heard_on: CalendarDate | null;
  head_notified: Flag | null;
  head_appeared: Flag | null;
  /** null = pending. */
  concluded_on: CalendarDate | null;
  /** Outcome text converted to Simplified script (e.g. `撤销`), or null. */
  outcome: string | null;
  /** The `lost` flag when given, else derived from the outcome; false while pending. */
  lost: boolean;
  /** Outcome is a withdrawal (准予撤诉). */
  withdrawn: boolean;
}

/** Reconsideration decisions, in Simplified script. */
export const RECONSIDERATION_DECISIONS = [
  '维持', '驳回', '撤销', '变更', '确认违法', '责令履行', '确认无效', '终止', '调解', '和解',
] as const;
export type ReconsiderationDecision = (typeof RECONSIDERATION_DECISIONS)[number];

/** reconsideration — administrative reconsideration cases (行政複議). */
export interface ReconsiderationRecord extends BaseRecord {
  case_no: string;
  received_on: CalendarDate;
  /** null = pending. */
  decided_on: CalendarDate | null;
  decision: ReconsiderationDecision | null;
  extended: boolean;
  procedure: 'ordinary' | 'simple';
}

/** enforcement_reviews — law-enforcement case-file reviews (行政執法案卷評查). */
export interface EnforcementReviewRecord extends BaseRecord {
  file_no: string;
  reviewer: string | null;
  /** The review year: the `year` column, else year(reviewed_on). */
  year: number;
  reviewed_on: CalendarDate | null;
  basic_pass: Flag | null;
  /** Score as given, 0–100. */
  score: number;
}

/** decisions — major administrative decisions (重大行政決策). */
export interface DecisionRecord extends BaseRecord {
  decision_no: string;
  decided_on: CalendarDate | null;
  /** year(decided_on), else the `year` column. */
  year: number;
  public_participation: Flag | null;
  expert_argumentation: Flag | null;
  risk_assessment: Flag | null;
  legality_review: Flag | null;
  collective_discussion: Flag | null;
  in_catalogue: Flag | null;
}

/** Incident grades from least to most severe (Simplified script). */
export const INCIDENT_GRADES = ['一般', '较大', '重大', '特别重大'] as const;
export type IncidentGrade = (typeof INCIDENT_GRADES)[number];

/** safety_incidents — production-safety incidents (生產安全事故). */
export interface SafetyIncidentRecord extends BaseRecord {
  incident_no: string;
  occurred_on: CalendarDate;
  sector: string | null;
  deaths: number;
  injuries: number | null;
  /** 萬元. */
  direct_loss: number | null;
  /** As given, else derived from deaths (<3, 3–9, 10–29, ≥30). */
  grade: IncidentGrade;
}

/** economy — context figures per year (經濟社會指標). */
export interface EconomyRecord {
  source: RecordSource;
  year: number;
  /** 億元. */
  gdp: number | null;
  population: number | null;
}

/** business_environment — business-environment measurements (營商環境測評). */
export interface BusinessMeasurementRecord extends BaseRecord {
  year: number;
  dimension: string;
  indicator: string;
  value: number;
  best: number;
  worst: number;
  /** Default 1. */
  exponent: number;
  /** Default 1. */
  weight: number;
}

/** units — unit registry (單位名錄). */
export interface UnitRecord {
  source: RecordSource;
  unit: string;
  aliases: string[];
  kind: string | null;
  document_authority: Flag | null;
  enforcement_body: Flag | null;
}

/** activities — counted activities (學法、培訓、普法宣傳). */
export interface ActivityRecord extends BaseRecord {
  year: number;
  kind: string | null;
  count: number;
}

/** The record type of each dataset. */
export interface DatasetRecords {
  documents: DocumentRecord;
  litigation: LitigationRecord;
  reconsideration: ReconsiderationRecord;
  enforcement_reviews: EnforcementReviewRecord;
  decisions: DecisionRecord;
  safety_incidents: SafetyIncidentRecord;
  economy: EconomyRecord;
  business_environment: BusinessMeasurementRecord;
  units: UnitRecord;
  activities: ActivityRecord;
}

/** Dataset ids, in the order DATA.md lists them. */
export const DATASET_IDS = [
  'documents', 'litigation', 'reconsideration', 'enforcement_reviews', 'decisions',
  'safety_incidents', 'economy', 'business_environment', 'units', 'activities',
] as const satisfies readonly (keyof DatasetRecords)[];
export type DatasetId = (typeof DATASET_IDS)[number];
