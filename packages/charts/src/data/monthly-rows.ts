import { formatIndicatorChange, formatIndicatorValue, monthlySafetySeries, sameMonthLastYear, type IndicatorId, type SafetyIncidentRecord, type SafetyMeasure } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { monthLabel } from '../locale/month-label.ts';
import { indicatorChangeVerdict, type ChangeVerdict } from './change-verdict.ts';

/**
 * One bar of the monthly comparison: a month of the year or of the year before.
 *
 * @example
 * const bar: MonthlyBar = { year: 2019, month: 3, label: '3月', value: 2, text: '2' };
 */
export interface MonthlyBar {
  /** The year (the chosen one or the one before). */
  year: number;
  /** The month, 1–12. */
  month: number;
  /** The month as printed (3月, Mar). */
  label: string;
  /** Incidents or deaths that month (null only if core's series has none). */
  value: number | null;
  /** The value as printed. */
  text: string;
}

/**
 * A month of the chosen year against the same month of the year before (同比).
 *
 * @example
 * const c: MonthlyChange = { month: 3, label: '3月', change: -3, text: '−3', verdict: 'better' };
 */
export interface MonthlyChange {
  /** The month, 1–12. */
  month: number;
  /** The month as printed. */
  label: string;
  /** This year's value − last year's; null when either year is not in the data. */
  change: number | null;
  /** The change as printed ("+2", "−3", "0", "—"). */
  text: string;
  /** Fewer incidents or deaths are better. */
  verdict: ChangeVerdict;
}

const MEASURE_INDICATORS = { incidents: 'safety.incidents', deaths: 'safety.deaths' } as const satisfies Record<SafetyMeasure, IndicatorId>;

/**
 * The data of a monthly comparison chart.
 *
 * @example
 * monthlyComparisonRows(records.safety_incidents, { lang: 'en', year: 2019, measure: 'incidents' }).months[0]; // 'Jan'
 */
export interface MonthlyComparisonData {
  /** The twelve month labels, January first. */
  months: string[];
  /** The year before and the year, those the data covers. */
  years: number[];
  /** One bar per month of each year the data covers. */
  bars: MonthlyBar[];
  /** One change per month of the year. */
  changes: MonthlyChange[];
}

/**
 * Options of {@link monthlyComparisonRows}.
 *
 * @example
 * const o: MonthlyComparisonRowsOptions = { lang: 'zh-Hans', year: 2019, measure: 'deaths' };
 */
export interface MonthlyComparisonRowsOptions {
  /** The language of labels and numbers. */
  lang: ChartLang;
  /** The year; the year before is its comparison. */
  year: number;
  /** Incidents or their deaths. */
  measure: SafetyMeasure;
  /** One unit's incidents; default: the whole jurisdiction (every record). */
  unit?: string;
}

/**
 * The months of a year and of the year before, from safety-incident records
 * through core's `monthlySafetySeries` (every month of every year the records
 * cover, 0 for a month without incidents) and `sameMonthLastYear`, printed
 * and judged (`indicatorChangeVerdict`) as the measure's indicator
 * (`safety.incidents`, `safety.deaths`). A year the records do not cover
 * has no bars, and its changes are "—".
 *
 * @example
 * const d = monthlyComparisonRows(records.safety_incidents, { lang: 'zh-Hans', year: 2019, measure: 'incidents' });
 * d.bars.filter((b) => b.year === 2019).length; // 12
 */
export function monthlyComparisonRows(records: readonly SafetyIncidentRecord[], options: MonthlyComparisonRowsOptions): MonthlyComparisonData {
  const { lang, year, measure, unit } = options;
  if (!Number.isInteger(year)) throw new RangeError(`invalid year: ${JSON.stringify(year)} is not an integer.`);
  // A month's count is read as the year's indicator (safety.incidents or safety.deaths): printed and judged as it is.
  const indicator = MEASURE_INDICATORS[measure];
  const series = monthlySafetySeries(records, measure, unit).filter((p) => p.year === year || p.year === year - 1);
  const bars = series.map((p) => ({ year: p.year, month: p.month, label: monthLabel(p.month, lang), value: p.value, text: formatIndicatorValue(indicator, p.value, lang) }));
  const compared = new Map(sameMonthLastYear(series).filter((p) => p.year === year).map((p) => [p.month, p.change]));
  const changes: MonthlyChange[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const change = compared.get(month) ?? null;
    changes.push({
      month, label: monthLabel(month, lang), change,
      text: formatIndicatorChange(indicator, change, lang),
      verdict: indicatorChangeVerdict(indicator, change),
    });
  }
  const years = [year - 1, year].filter((y) => series.some((p) => p.year === y));
  return { months: changes.map((c) => c.label), years, bars, changes };
}
