import { yearOf } from '../values/calendar-date.ts';
import type { LitigationRecord } from '../datasets/records.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { tallyRows } from './tally-rows.ts';
import { UnitYearTally } from './unit-year-tally.ts';

const CASES = 0;
const CONCLUDED = 1;
const LOST = 2;
const WITHDRAWN = 3;
const APPEARANCE_CASES = 4;
const HEARINGS = 5;
const HEARINGS_APPEARED = 6;
const NOTIFIED = 7;
const NOTIFIED_APPEARED = 8;
const WIDTH = 9;

/**
 * The litigation.* indicators. One record can count in up to three years:
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
 * A row exists where at least one case falls in its year by its rule;
 * head_appearance_rate rows exist for every case year even when no case had
 * a hearing (value null).
 *
 * @example
 * const rows = litigationIndicators(records.litigation, resolveIndicatorOptions());
 * rows.find((r) => r.indicator === 'litigation.lost_cases' && r.unit === '苏州工业园区劳动和社会保障局' && r.year === 2019)?.value; // 4
 * rows.find((r) => r.indicator === 'litigation.head_appearance_rate' && r.unit === '*' && r.year === 2019)?.value; // 0.5 (23 of 46 hearings)
 */
export function litigationIndicators(records: readonly LitigationRecord[], options: ResolvedIndicatorOptions): IndicatorRow[] {
  const { lossRateIncludesWithdrawals, headAppearanceBase } = options;
  const tally = new UnitYearTally(WIDTH);
  const delta = new Float64Array(WIDTH);
  for (const r of records) {
    const filedYear = r.filed_on === null ? null : yearOf(r.filed_on);
    const concludedYear = r.concluded_on === null ? null : yearOf(r.concluded_on);
    const appearanceYear = r.heard_on !== null ? yearOf(r.heard_on) : (concludedYear ?? filedYear);

    if (filedYear !== null) {
      delta.fill(0);
      delta[CASES] = 1;
      tally.add(r.unit, filedYear, delta);
    }
    if (concludedYear !== null) {
      delta.fill(0);
      delta[CONCLUDED] = 1;
      if (r.lost) delta[LOST] = 1;
      else if (r.withdrawn) delta[WITHDRAWN] = 1;
      tally.add(r.unit, concludedYear, delta);
    }
    if (appearanceYear !== null) {
      delta.fill(0);
      delta[APPEARANCE_CASES] = 1;
      if (r.head_appeared !== 'na') {
        const appeared = r.head_appeared === 'yes' ? 1 : 0;
        if (r.hearing_held) {
          delta[HEARINGS] = 1;
          delta[HEARINGS_APPEARED] = appeared;
        }
        if (r.head_notified === 'yes') {
          delta[NOTIFIED] = 1;
          delta[NOTIFIED_APPEARED] = appeared;
        }
      }
      tally.add(r.unit, appearanceYear, delta);
    }
  }
  const [base, appeared] = headAppearanceBase === 'hearings' ? [HEARINGS, HEARINGS_APPEARED] : [NOTIFIED, NOTIFIED_APPEARED];
  return tallyRows(tally.entries(), [
    { id: 'litigation.cases', present: CASES, numerator: (c) => c[CASES]!, denominator: null },
    { id: 'litigation.concluded', present: CONCLUDED, numerator: (c) => c[CONCLUDED]!, denominator: null },
    { id: 'litigation.lost_cases', present: CONCLUDED, numerator: (c) => c[LOST]!, denominator: null },
    {
      id: 'litigation.loss_rate',
      present: CONCLUDED,
      numerator: (c) => c[LOST]!,
      denominator: lossRateIncludesWithdrawals ? (c) => c[CONCLUDED]! : (c) => c[CONCLUDED]! - c[WITHDRAWN]!,
    },
    { id: 'litigation.head_appearance_rate', present: APPEARANCE_CASES, numerator: (c) => c[appeared]!, denominator: (c) => c[base]! },
  ]);
}
