import { compareUnits, formatIndicatorChange, formatIndicatorValue, JURISDICTION, type IndicatorId, type IndicatorRow } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { indicatorChangeVerdict, type ChangeVerdict } from './change-verdict.ts';
import { fractionText } from './fraction-text.ts';
import { indicatorValues } from './indicator-values.ts';
import type { RowSelection } from './row-selection.ts';
import { unitLabel } from './unit-label.ts';

/**
 * One bar of the yearly comparison: a unit's value in a year.
 *
 * @example
 * const bar: YearlyBar = { unit: '*', label: '全区', year: 2019, value: 0.14, x: 0.14, text: '14%', fraction: '9 / 64', changeText: '−2个百分点' };
 */
export interface YearlyBar {
  /** The unit as in the data (`*` for the jurisdiction). */
  unit: string;
  /** The unit as printed. */
  label: string;
  /** The year, an integer. */
  year: number;
  /** The indicator's value; null when the unit has no row or no value that year. */
  value: number | null;
  /** Where the value's text sits: the value, or 0 when it is null. */
  x: number;
  /** The value as printed ("—" when null). */
  text: string;
  /** Numerator / denominator as printed for the tooltip ("—" for a count or no row). */
  fraction: string;
  /** The change from the unit's value of the year before, as printed ("—" when either is missing). */
  changeText: string;
}

/**
 * The change of a unit's value from one chosen year to the next.
 *
 * @example
 * const c: YearlyChange = { unit: '*', label: '全区', period: '2018→2019', from: 2018, to: 2019, change: -0.02, text: '−2个百分点', verdict: 'better' };
 */
export interface YearlyChange {
  /** The unit as in the data. */
  unit: string;
  /** The unit as printed. */
  label: string;
  /** "2018→2019". */
  period: string;
  /** The earlier year. */
  from: number;
  /** The later year. */
  to: number;
  /** Value in `to` − value in `from`; null when either is missing. */
  change: number | null;
  /** The change as printed ("+3", "−2.5个百分点", "—"). */
  text: string;
  /** Whether the change is for the better, by the catalogue's `better`. */
  verdict: ChangeVerdict;
}

/**
 * The data of a yearly comparison chart.
 *
 * @example
 * yearlyComparisonRows(rows, { lang: 'en', indicator: 'litigation.lost_cases', years: [2018, 2019] }).units[0]; // '苏州工业园区劳动和社会保障局'
 */
export interface YearlyComparisonData {
  /** The units' printed labels, in chart order (best value of the last year first). */
  labels: string[];
  /** The units, in chart order. */
  units: string[];
  /** The years, ascending. */
  years: number[];
  /** One bar per unit × year. */
  bars: YearlyBar[];
  /** One change per unit × consecutive pair of years. */
  changes: YearlyChange[];
}

/**
 * Options of {@link yearlyComparisonRows}.
 *
 * @example
 * const o: YearlyComparisonRowsOptions = { lang: 'zh-Hans', indicator: 'litigation.loss_rate', years: [2018, 2019] };
 */
export interface YearlyComparisonRowsOptions {
  /** The language of labels and numbers. */
  lang: ChartLang;
  /** The indicator. */
  indicator: IndicatorId;
  /** The years to compare (any order, duplicates ignored). */
  years: readonly number[];
  /** The units to show, in this order; default: every unit with a row in one of the years, except the jurisdiction when there are others, ordered by the last year's value, largest first. */
  units?: readonly string[];
  /** Which row to show when there are several per unit × year; default: none (then there must be one). */
  select?: RowSelection;
}

/**
 * The bars and change labels of a yearly comparison, from indicator rows:
 * one bar per unit × year (null values kept, printed "—"), one change per
 * unit from each chosen year to the next, judged by
 * {@link indicatorChangeVerdict} (a change that prints as 0 is `same`).
 * The result does not depend on the order of `rows`.
 *
 * @example
 * const data = yearlyComparisonRows(rows, { lang: 'zh-Hans', indicator: 'litigation.lost_cases', years: [2018, 2019] });
 * data.changes.find((c) => c.unit === '苏州工业园区劳动和社会保障局')?.text; // '+2' (2 lost cases in 2018, 4 in 2019)
 */
export function yearlyComparisonRows(rows: readonly IndicatorRow[], options: YearlyComparisonRowsOptions): YearlyComparisonData {
  const { lang, indicator, select = {} } = options;
  const years = [...new Set(options.years)].sort((a, b) => a - b);
  for (const y of years) if (!Number.isInteger(y)) throw new RangeError(`invalid years: ${JSON.stringify(y)} is not an integer year.`);
  const values = indicatorValues(rows, indicator, select);
  const valueOf = (unit: string, year: number): number | null => values.get(unit)?.get(year)?.value ?? null;
  const units = options.units === undefined ? defaultUnits(values, years, valueOf) : [...new Set(options.units)];
  const bars: YearlyBar[] = [];
  const changes: YearlyChange[] = [];
  for (const unit of units) {
    const label = unitLabel(unit, lang);
    for (const year of years) {
      const value = valueOf(unit, year);
      const before = valueOf(unit, year - 1);
      bars.push({
        unit, label, year, value, x: value ?? 0, text: formatIndicatorValue(indicator, value, lang),
        fraction: fractionText(values.get(unit)?.get(year), lang),
        changeText: formatIndicatorChange(indicator, value === null || before === null ? null : value - before, lang),
      });
    }
    for (let i = 1; i < years.length; i += 1) {
      const from = years[i - 1]!;
      const to = years[i]!;
      const a = valueOf(unit, from);
      const b = valueOf(unit, to);
      const change = a === null || b === null ? null : b - a;
      changes.push({
        unit, label, period: `${from}→${to}`, from, to, change,
        text: formatIndicatorChange(indicator, change, lang),
        verdict: indicatorChangeVerdict(indicator, change),
      });
    }
  }
  return { labels: units.map((u) => unitLabel(u, lang)), units, years, bars, changes };
}

function defaultUnits(values: Map<string, Map<number, IndicatorRow>>, years: readonly number[], valueOf: (unit: string, year: number) => number | null): string[] {
  const present = [...values.keys()].filter((u) => years.some((y) => values.get(u)?.has(y)));
  const units = present.some((u) => u !== JURISDICTION) ? present.filter((u) => u !== JURISDICTION) : present;
  const last = years[years.length - 1];
  const key = (u: string) => (last === undefined ? null : valueOf(u, last));
  return units.sort((a, b) => {
    const va = key(a);
    const vb = key(b);
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      return vb - va;
    }
    return compareUnits(a, b);
  });
}
