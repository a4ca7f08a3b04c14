import type { IndicatorId } from './catalogue.ts';
import type { IndicatorRow } from './indicator-row.ts';
import { rateValue } from './rate-value.ts';
import type { TallyEntry } from './unit-year-tally.ts';

/**
 * How one indicator reads the slots of a {@link UnitYearTally} bucket.
 *
 * @example
 * const lossRate: TallyIndicator = {
 *   id: 'litigation.loss_rate', present: 1,
 *   numerator: (c) => c[2]!, denominator: (c) => c[1]!,
 * };
 */
export interface TallyIndicator {
  id: IndicatorId;
  /** The slot counting the records that give this indicator a row: a unit × year where it is 0 has no row. */
  present: number;
  numerator: (counts: Float64Array) => number;
  /** null for counts (value = numerator); otherwise value = numerator / denominator, null when it is 0. */
  denominator: ((counts: Float64Array) => number) | null;
}

/**
 * Turns tallied buckets into indicator rows: for each indicator in the given
 * order, one row per bucket whose `present` slot is non-zero, in the order of
 * `entries`.
 *
 * @example
 * tallyRows(tally.entries(), [{ id: 'documents.issued', present: 0, numerator: (c) => c[0]!, denominator: null }]);
 */
export function tallyRows(entries: readonly TallyEntry[], indicators: readonly TallyIndicator[]): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const { id, present, numerator, denominator } of indicators) {
    for (const { unit, year, counts } of entries) {
      if (counts[present] === 0) continue;
      const num = numerator(counts);
      if (denominator === null) {
        rows.push({ indicator: id, unit, year, numerator: num, denominator: null, value: num });
      } else {
        const den = denominator(counts);
        rows.push({ indicator: id, unit, year, numerator: num, denominator: den, value: rateValue(num, den) });
      }
    }
  }
  return rows;
}
