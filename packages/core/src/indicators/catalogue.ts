import type { DatasetId } from '../datasets/records.ts';
import type { LocalizedText } from '../issues/issue.ts';
import type { Better, IndicatorKind } from './indicator-declaration.ts';

export type { Better, IndicatorKind } from './indicator-declaration.ts';

/**
 * One entry of the indicator catalogue (INDICATORS.md).
 *
 * @example
 * const entry = INDICATOR_CATALOGUE[0]; // documents.issued
 * entry.name['zh-Hant']; // '規範性文件制發數'
 */
export interface CatalogueEntry {
  /** Stable id, `<family>.<name>`. */
  readonly id: string;
  /** The dataset the indicator is computed from. */
  readonly dataset: DatasetId;
  /** The indicator's name in each language, e.g. 敗訴率 / 败诉率 / Loss rate. */
  readonly name: Readonly<LocalizedText>;
  /** What the value is: a count, a rate, a mean, a change, a ratio or a score. */
  readonly kind: IndicatorKind;
  /** The record field whose calendar year is the row's year (`a ?? b` = a, else b). */
  readonly yearBy: string;
  /** true when the jurisdiction's numerator and denominator are the sums of the units' plus the records without a unit. */
  readonly additive: boolean;
  /**
   * Which direction is an improvement: `'higher'` (a filing rate), `'lower'`
   * (lost cases, deaths), or null where more is neither better nor worse
   * (documents issued, cases filed). Charts and trend arrows read it.
   */
  readonly better: Better | null;
}

const entry = <const Id extends string>(
  id: Id, dataset: DatasetId, hant: string, hans: string, en: string,
  kind: IndicatorKind, yearBy: string, additive: boolean, better: Better | null,
) => ({ id, dataset, name: { 'zh-Hant': hant, 'zh-Hans': hans, en }, kind, yearBy, additive, better }) as const;

/**
 * Every indicator fazhi computes, in the order of INDICATORS.md; output rows
 * follow this order. To look one up by id, call {@link catalogueEntry}.
 *
 * @example
 * INDICATOR_CATALOGUE.length; // 28
 * INDICATOR_CATALOGUE.filter((e) => e.better === 'lower').length; // 9
 */
export const INDICATOR_CATALOGUE = [
  entry('documents.issued', 'documents', '規範性文件制發數', '规范性文件制发数', 'Normative documents issued', 'count', 'issued_on', true, null),
  entry('documents.filing_rate', 'documents', '報備率', '报备率', 'Filing rate', 'rate', 'issued_on', true, 'higher'),
  entry('documents.timely_filing_rate', 'documents', '報備及時率', '报备及时率', 'Timely filing rate', 'rate', 'issued_on', true, 'higher'),
  entry('documents.compliance_rate', 'documents', '規範率', '规范率', 'Compliance rate of filed documents', 'rate', 'issued_on', true, 'higher'),
  entry('documents.legality_review_rate', 'documents', '合法性審核率', '合法性审核率', 'Legality review rate', 'rate', 'issued_on', true, 'higher'),
  entry('litigation.cases', 'litigation', '行政訴訟收案數', '行政诉讼收案数', 'Administrative litigation cases filed', 'count', 'filed_on', true, null),
  entry('litigation.concluded', 'litigation', '審結數', '审结数', 'Cases concluded', 'count', 'concluded_on', true, null),
  entry('litigation.lost_cases', 'litigation', '敗訴案件數', '败诉案件数', 'Cases lost', 'count', 'concluded_on', true, 'lower'),
  entry('litigation.loss_rate', 'litigation', '敗訴率', '败诉率', 'Loss rate', 'rate', 'concluded_on', true, 'lower'),
  entry('litigation.head_appearance_rate', 'litigation', '負責人出庭應訴率', '负责人出庭应诉率', 'Rate of agency heads appearing in court', 'rate', 'heard_on ?? concluded_on ?? filed_on', true, 'higher'),
  entry('reconsideration.cases', 'reconsideration', '行政複議收案數', '行政复议收案数', 'Administrative reconsideration cases received', 'count', 'received_on', true, null),
  entry('reconsideration.correction_rate', 'reconsideration', '糾錯率', '纠错率', 'Correction rate', 'rate', 'decided_on', true, 'lower'),
  entry('reconsideration.on_time_rate', 'reconsideration', '按期辦結率', '按期办结率', 'On-time decision rate', 'rate', 'decided_on', true, 'higher'),
  entry('enforcement.files_reviewed', 'enforcement_reviews', '評查案卷數', '评查案卷数', 'Case files reviewed', 'count', 'year', true, null),
  entry('enforcement.mean_score', 'enforcement_reviews', '案卷平均分', '案卷平均分', 'Mean case-file score', 'mean', 'year', true, 'higher'),
  entry('enforcement.pass_rate', 'enforcement_reviews', '案卷合格率', '案卷合格率', 'Case-file pass rate', 'rate', 'year', true, 'higher'),
  entry('enforcement.excellent_rate', 'enforcement_reviews', '案卷優秀率', '案卷优秀率', 'Case-file excellence rate', 'rate', 'year', true, 'higher'),
  entry('decisions.count', 'decisions', '重大行政決策數', '重大行政决策数', 'Major administrative decisions', 'count', 'year', true, null),
  entry('decisions.procedure_compliance_rate', 'decisions', '決策程序履行率', '决策程序履行率', 'Decision procedure compliance rate', 'rate', 'year', true, 'higher'),
  entry('safety.incidents', 'safety_incidents', '生產安全事故起數', '生产安全事故起数', 'Production-safety incidents', 'count', 'occurred_on', true, 'lower'),
  entry('safety.deaths', 'safety_incidents', '死亡人數', '死亡人数', 'Deaths', 'count', 'occurred_on', true, 'lower'),
  entry('safety.incidents_yoy', 'safety_incidents', '事故起數同比', '事故起数同比', 'Incidents, year on year', 'change', 'occurred_on', true, 'lower'),
  entry('safety.deaths_yoy', 'safety_incidents', '死亡人數同比', '死亡人数同比', 'Deaths, year on year', 'change', 'occurred_on', true, 'lower'),
  entry('safety.deaths_per_100m_gdp', 'safety_incidents', '億元GDP死亡率', '亿元GDP死亡率', 'Deaths per 100 million yuan of GDP', 'ratio', 'occurred_on', false, 'lower'),
  entry('safety.major_incidents', 'safety_incidents', '較大及以上事故數', '较大及以上事故数', 'Incidents graded major (较大) or worse', 'count', 'occurred_on', true, 'lower'),
  entry('business.indicator_score', 'business_environment', '營商環境指標得分', '营商环境指标得分', 'Business-environment indicator score', 'score', 'year', false, 'higher'),
  entry('business.dimension_score', 'business_environment', '一級指標得分', '一级指标得分', 'Business-environment dimension score', 'score', 'year', false, 'higher'),
  entry('business.score', 'business_environment', '營商環境總分', '营商环境总分', 'Business-environment score', 'score', 'year', false, 'higher'),
] as const satisfies readonly CatalogueEntry[];

/**
 * A catalogue id, e.g. `'litigation.loss_rate'`.
 *
 * @example
 * const id: IndicatorId = 'safety.deaths';
 */
export type IndicatorId = (typeof INDICATOR_CATALOGUE)[number]['id'];

/**
 * The catalogue ids in catalogue order.
 *
 * @example
 * INDICATOR_IDS[0]; // 'documents.issued'
 */
export const INDICATOR_IDS: readonly IndicatorId[] = INDICATOR_CATALOGUE.map((e) => e.id);

/**
 * Whether a string is a catalogue id.
 *
 * @example
 * isIndicatorId('safety.deaths'); // true
 * isIndicatorId('safety.dead'); // false
 */
export function isIndicatorId(id: string): id is IndicatorId {
  return (INDICATOR_IDS as readonly string[]).includes(id);
}

const ENTRIES: ReadonlyMap<string, CatalogueEntry> = new Map(INDICATOR_CATALOGUE.map((e) => [e.id, e]));

/**
 * The catalogue entry of an indicator id: its names, kind, dataset and the
 * direction in which it improves (`better`). The one lookup of the
 * catalogue — scoring, charts, the CLI and the dashboard all call it rather
 * than searching {@link INDICATOR_CATALOGUE}. Throws a RangeError for an id
 * outside the catalogue: callers hold ids that are typed, or that
 * `checkScheme` or {@link isIndicatorId} checked, so an unknown one is a
 * programmer error.
 *
 * @example
 * catalogueEntry('litigation.loss_rate').better; // 'lower'
 * catalogueEntry('litigation.lost_cases').kind; // 'count'
 * catalogueEntry('safety.deaths').name.en; // 'Deaths'
 */
export function catalogueEntry(id: IndicatorId): CatalogueEntry {
  const entry = ENTRIES.get(id);
  if (entry === undefined) throw new RangeError(`invalid indicator: ${JSON.stringify(id)} is not in the catalogue.`);
  return entry;
}
