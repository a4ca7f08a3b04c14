import type { ReconsiderationDecision, ReconsiderationRecord } from '../datasets/records.ts';
import type { Expr, FieldOf, DeclarationOf, IndicatorDeclaration } from './indicator-declaration.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { runDeclarations } from './run-declarations.ts';

type F = FieldOf<'reconsideration'>;

/**
 * Decisions that correct the respondent (纠错): 撤销, 变更, 确认违法, 责令履行, 确认无效.
 *
 * @example
 * CORRECTING_DECISIONS.has('撤销'); // true
 */
export const CORRECTING_DECISIONS: ReadonlySet<ReconsiderationDecision> = new Set(['撤销', '变更', '确认违法', '责令履行', '确认无效']);

/**
 * Decisions that end a case without a ruling on the merits: 终止, 调解, 和解.
 *
 * @example
 * NON_MERITS_DECISIONS.has('和解'); // true
 */
export const NON_MERITS_DECISIONS: ReadonlySet<ReconsiderationDecision> = new Set(['终止', '调解', '和解']);

/** The time limit of a case in calendar days from received_on. */
const LIMIT: Expr<F> = {
  if: { field: 'procedure', eq: 'simple' },
  then: { option: 'reconsiderationSimpleDays' },
  else: {
    add: [
      { option: 'reconsiderationDeadlineDays' },
      { if: { field: 'extended', eq: true }, then: { option: 'reconsiderationExtensionDays' }, else: 0 },
    ],
  },
};

const DECLARED = [
  {
    id: 'reconsideration.cases', dataset: 'reconsideration', compute: 'tally',
    name: { 'zh-Hant': '行政複議收案數', 'zh-Hans': '行政复议收案数', en: 'Administrative reconsideration cases received' },
    kind: 'count', better: null, year: ['received_on'],
    numerator: { count: true },
    denominator: null,
  },
  {
    id: 'reconsideration.correction_rate', dataset: 'reconsideration', compute: 'tally',
    name: { 'zh-Hant': '糾錯率', 'zh-Hans': '纠错率', en: 'Correction rate' },
    kind: 'rate', better: 'lower', year: ['decided_on'],
    numerator: { count: { field: 'decision', in: [...CORRECTING_DECISIONS] } },
    denominator: { count: { all: [{ field: 'decision', present: true }, { not: { field: 'decision', in: [...NON_MERITS_DECISIONS] } }] } },
  },
  {
    id: 'reconsideration.on_time_rate', dataset: 'reconsideration', compute: 'tally',
    name: { 'zh-Hant': '按期辦結率', 'zh-Hans': '按期办结率', en: 'On-time decision rate' },
    kind: 'rate', better: 'higher', year: ['decided_on'],
    numerator: { count: { daysBetween: [{ field: 'received_on' }, { field: 'decided_on' }], le: LIMIT } },
    denominator: { count: true },
  },
] as const satisfies readonly IndicatorDeclaration<F>[];

/**
 * The id of a reconsideration indicator, e.g. `'reconsideration.cases'`.
 *
 * @example
 * const id: ReconsiderationIndicatorId = 'reconsideration.cases';
 * @useDeclaredType
 */
export type ReconsiderationIndicatorId = (typeof DECLARED)[number]['id'];

/**
 * The declarations of the reconsideration.* indicators:
 *
 * - `reconsideration.cases` by year(received_on): cases.
 * - `reconsideration.correction_rate` by year(decided_on): correcting
 *   decisions / decisions on the merits (decided cases whose decision is
 *   neither blank nor 终止, 调解, 和解).
 * - `reconsideration.on_time_rate` by year(decided_on): cases decided within
 *   their limit / decided cases. The limit, in calendar days from received_on,
 *   is `reconsiderationSimpleDays` (30) for the simple procedure, whether
 *   extended or not, else `reconsiderationDeadlineDays` (60) plus
 *   `reconsiderationExtensionDays` (30) when extended; the last day of the
 *   limit is on time.
 *
 * @example
 * RECONSIDERATION_INDICATORS.map((d) => d.year[0]); // ['received_on', 'decided_on', 'decided_on']
 */
export const RECONSIDERATION_INDICATORS: readonly DeclarationOf<ReconsiderationIndicatorId>[] = DECLARED;

/**
 * The reconsideration.* rows of {@link RECONSIDERATION_INDICATORS}. Pending
 * cases (no decided_on) count only in the caseload. The two rates have a row
 * wherever a case was decided (correction_rate null when no decision was on
 * the merits).
 *
 * @example
 * reconsiderationIndicators(records.reconsideration, resolveIndicatorOptions())
 *   .filter((r) => r.indicator === 'reconsideration.on_time_rate' && r.unit === '*')
 *   .map((r) => [r.year, r.numerator, r.denominator]); // [[2018, 40, 42], [2019, 47, 48]]
 */
export function reconsiderationIndicators(records: readonly ReconsiderationRecord[], options: ResolvedIndicatorOptions): IndicatorRow[] {
  return runDeclarations(RECONSIDERATION_INDICATORS, { reconsideration: records as ReconsiderationRecord[] }, options);
}
