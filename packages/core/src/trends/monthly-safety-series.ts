import type { SafetyIncidentRecord } from '../datasets/records.ts';
import { monthOf, yearOf } from '../values/calendar-date.ts';
import type { MonthlyPoint } from './series-point.ts';

/**
 * What a monthly safety series counts: the number of incidents or the deaths
 * in them.
 *
 * @example
 * const measure: SafetyMeasure = 'deaths';
 */
export type SafetyMeasure = 'incidents' | 'deaths';

/**
 * Production-safety incidents (or their deaths) per month of `occurred_on`,
 * for the whole jurisdiction (`unit` undefined: every record, those with a
 * blank unit included, as the `*` rows of the indicators count them) or for
 * one unit (records whose unit is exactly `unit`).
 *
 * The series covers all twelve months of every year in which any of the
 * given records occurred (the years the data covers, not only the unit's),
 * with 0 for a month without incidents, so a unit that had none in a year
 * the data covers shows zeros rather than nothing. Sorted by year and month;
 * months and years are read from the date's digits, never through `Date`,
 * so the time zone cannot move an incident into another month.
 *
 * @example
 * monthlySafetySeries(records.safety_incidents, 'incidents');
 * // [{ year: 2018, month: 1, value: 5 }, { year: 2018, month: 2, value: 3 }, …]
 * monthlySafetySeries(records.safety_incidents, 'deaths', '唯亭街道');
 */
export function monthlySafetySeries(
  records: readonly SafetyIncidentRecord[],
  measure: SafetyMeasure,
  unit?: string,
): MonthlyPoint[] {
  const years = new Set<number>();
  const totals = new Map<number, number>();
  for (const r of records) {
    const year = yearOf(r.occurred_on);
    years.add(year);
    if (unit !== undefined && r.unit !== unit) continue;
    const key = year * 12 + monthOf(r.occurred_on) - 1;
    totals.set(key, (totals.get(key) ?? 0) + (measure === 'incidents' ? 1 : r.deaths));
  }
  const series: MonthlyPoint[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    for (let month = 1; month <= 12; month++) {
      series.push({ year, month, value: totals.get(year * 12 + month - 1) ?? 0 });
    }
  }
  return series;
}
