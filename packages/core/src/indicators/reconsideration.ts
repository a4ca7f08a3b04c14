import { yearOf, daysBetween } from '../values/calendar-date.ts';
import type { ReconsiderationDecision, ReconsiderationRecord } from '../datasets/records.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { tallyRows } from './tally-rows.ts';
import { UnitYearTally } from './unit-year-tally.ts';

const CASES = 0;
const DECIDED = 1;
const MERITS = 2;
const CORRECTED = 3;
const ON_TIME = 4;
const WIDTH = 5;

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

/**
 * The reconsideration.* indicators:
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
 * Pending cases (no decided_on) count only in the caseload. The two rates
 * have a row wherever a case was decided (correction_rate null when no
 * decision was on the merits).
 *
 * @example
 * reconsiderationIndicators(records.reconsideration, resolveIndicatorOptions())
 *   .filter((r) => r.indicator === 'reconsideration.on_time_rate' && r.unit === '*')
 *   .map((r) => [r.year, r.numerator, r.denominator]); // [[2018, 40, 42], [2019, 47, 48]]
 */
export function reconsiderationIndicators(records: readonly ReconsiderationRecord[], options: ResolvedIndicatorOptions): IndicatorRow[] {
  const { reconsiderationDeadlineDays, reconsiderationExtensionDays, reconsiderationSimpleDays } = options;
  const tally = new UnitYearTally(WIDTH);
  const delta = new Float64Array(WIDTH);
  for (const r of records) {
    delta.fill(0);
    delta[CASES] = 1;
    tally.add(r.unit, yearOf(r.received_on), delta);
    if (r.decided_on === null) continue;
    delta.fill(0);
    delta[DECIDED] = 1;
    if (r.decision !== null && !NON_MERITS_DECISIONS.has(r.decision)) {
      delta[MERITS] = 1;
      if (CORRECTING_DECISIONS.has(r.decision)) delta[CORRECTED] = 1;
    }
    const limit = r.procedure === 'simple'
      ? reconsiderationSimpleDays
      : reconsiderationDeadlineDays + (r.extended ? reconsiderationExtensionDays : 0);
    if (daysBetween(r.received_on, r.decided_on) <= limit) delta[ON_TIME] = 1;
    tally.add(r.unit, yearOf(r.decided_on), delta);
  }
  return tallyRows(tally.entries(), [
    { id: 'reconsideration.cases', present: CASES, numerator: (c) => c[CASES]!, denominator: null },
    { id: 'reconsideration.correction_rate', present: DECIDED, numerator: (c) => c[CORRECTED]!, denominator: (c) => c[MERITS]! },
    { id: 'reconsideration.on_time_rate', present: DECIDED, numerator: (c) => c[ON_TIME]!, denominator: (c) => c[DECIDED]! },
  ]);
}
