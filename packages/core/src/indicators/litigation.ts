import type { LitigationRecord } from '../datasets/records.ts';
import type { FieldOf, DeclarationOf, IndicatorDeclaration, Predicate } from './indicator-declaration.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { runDeclarations } from './run-declarations.ts';

type F = FieldOf<'litigation'>;
const LOST: Predicate<F> = { field: 'lost', eq: true };
/** The head-appearance base: cases with a hearing, or cases whose head was notified (`headAppearanceBase`). */
const APPEARANCE_BASE: Predicate<F> = {
  any: [
    { all: [{ option: 'headAppearanceBase', eq: 'hearings' }, { field: 'hearing_held', eq: true }] },
    { all: [{ option: 'headAppearanceBase', eq: 'notified' }, { field: 'head_notified', eq: 'yes' }] },
  ],
};

const DECLARED = [
  {
    id: 'litigation.cases', dataset: 'litigation', compute: 'tally',
    name: { 'zh-Hant': '行政訴訟收案數', 'zh-Hans': '行政诉讼收案数', en: 'Administrative litigation cases filed' },
    kind: 'count', better: null, year: ['filed_on'],
    numerator: { count: true },
    denominator: null,
  },
  {
    id: 'litigation.concluded', dataset: 'litigation', compute: 'tally',
    name: { 'zh-Hant': '審結數', 'zh-Hans': '审结数', en: 'Cases concluded' },
    kind: 'count', better: null, year: ['concluded_on'],
    numerator: { count: true },
    denominator: null,
  },
  {
    id: 'litigation.lost_cases', dataset: 'litigation', compute: 'tally',
    name: { 'zh-Hant': '敗訴案件數', 'zh-Hans': '败诉案件数', en: 'Cases lost' },
    kind: 'count', better: 'lower', year: ['concluded_on'],
    numerator: { count: LOST },
    denominator: null,
  },
  {
    id: 'litigation.loss_rate', dataset: 'litigation', compute: 'tally',
    name: { 'zh-Hant': '敗訴率', 'zh-Hans': '败诉率', en: 'Loss rate' },
    kind: 'rate', better: 'lower', year: ['concluded_on'],
    numerator: { count: LOST },
    denominator: { count: { any: [{ option: 'lossRateIncludesWithdrawals', eq: true }, LOST, { field: 'withdrawn', ne: true }] } },
  },
  {
    id: 'litigation.head_appearance_rate', dataset: 'litigation', compute: 'tally',
    name: { 'zh-Hant': '負責人出庭應訴率', 'zh-Hans': '负责人出庭应诉率', en: 'Rate of agency heads appearing in court' },
    kind: 'rate', better: 'higher', year: ['heard_on', 'concluded_on', 'filed_on'],
    numerator: { count: { all: [APPEARANCE_BASE, { field: 'head_appeared', eq: 'yes' }] } },
    denominator: { count: { all: [APPEARANCE_BASE, { field: 'head_appeared', ne: 'na' }] } },
  },
] as const satisfies readonly IndicatorDeclaration<F>[];

/**
 * The id of a litigation indicator, e.g. `'litigation.cases'`.
 *
 * @example
 * const id: LitigationIndicatorId = 'litigation.cases';
 * @useDeclaredType
 */
export type LitigationIndicatorId = (typeof DECLARED)[number]['id'];

/**
 * The declarations of the litigation.* indicators. One record can count in
 * up to three years:
 *
 * - `litigation.cases` by year(filed_on): cases (a case without filed_on is
 *   not in any year's caseload).
 * - `litigation.concluded`, `litigation.lost_cases`, `litigation.loss_rate` by
 *   year(concluded_on): a pending case (no concluded_on) is neither concluded
 *   nor lost. loss_rate = lost / concluded; with `lossRateIncludesWithdrawals`
 *   false, withdrawals (准予撤诉) that are not flagged lost leave the
 *   denominator.
 * - `litigation.head_appearance_rate` by year(heard_on), else
 *   year(concluded_on), else year(filed_on): with base `'hearings'`, cases with
 *   a hearing; with `'notified'`, cases whose head was notified (flag yes); the
 *   numerator is those of them where head_appeared = yes. head_appeared = `na`
 *   leaves the case out of both; a blank head_appeared counts as not appeared.
 *
 * @example
 * LITIGATION_INDICATORS.find((d) => d.id === 'litigation.head_appearance_rate')?.year; // ['heard_on', 'concluded_on', 'filed_on']
 */
export const LITIGATION_INDICATORS: readonly DeclarationOf<LitigationIndicatorId>[] = DECLARED;

/**
 * The litigation.* rows of {@link LITIGATION_INDICATORS}. A row exists where
 * at least one case falls in its year by its rule; head_appearance_rate rows
 * exist for every case year even when no case had a hearing (value null).
 *
 * @example
 * const rows = litigationIndicators(records.litigation, resolveIndicatorOptions());
 * rows.find((r) => r.indicator === 'litigation.lost_cases' && r.unit === '苏州工业园区劳动和社会保障局' && r.year === 2019)?.value; // 4
 * rows.find((r) => r.indicator === 'litigation.head_appearance_rate' && r.unit === '*' && r.year === 2019)?.value; // 0.5 (23 of 46 hearings)
 */
export function litigationIndicators(records: readonly LitigationRecord[], options: ResolvedIndicatorOptions): IndicatorRow[] {
  return runDeclarations(LITIGATION_INDICATORS, { litigation: records as LitigationRecord[] }, options);
}
