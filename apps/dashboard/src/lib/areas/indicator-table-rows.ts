import { unitLabel } from '@fazhi/charts';
import { catalogueEntry, compareCodePoints, compareUnits, formatIndicatorChange, formatIndicatorValue, type IndicatorId, type IndicatorRow, type Lang } from '@fazhi/core';
import { formatValue } from '../i18n/format.ts';

/**
 * One line of an area's indicator table: an indicator of a unit in a year,
 * its numerator, denominator and value, and its change from the year before
 * — as numbers (for export and sorting) and as printed.
 *
 * @example
 * const row: IndicatorTableRow = { key: 'litigation.lost_cases|*||', indicator: 'litigation.lost_cases', label: '败诉案件数', unit: '*', unitLabel: '全区',
 *   year: 2019, numerator: 9, denominator: null, value: 9, numeratorText: '9', denominatorText: '—', valueText: '9', change: 2, changeText: '+2' };
 */
export interface IndicatorTableRow {
  /** Unique within the table: indicator, unit, dimension and item. */
  key: string;
  indicator: IndicatorId;
  /** The indicator's catalogue name, with the business dimension and item when the row has them. */
  label: string;
  /** The unit as in the data (`*` for the jurisdiction), and as printed. */
  unit: string;
  unitLabel: string;
  year: number;
  numerator: number;
  denominator: number | null;
  value: number | null;
  numeratorText: string;
  denominatorText: string;
  valueText: string;
  /** Value − the year before's value of the same indicator, unit, dimension and item; null when either is missing. */
  change: number | null;
  changeText: string;
}

/**
 * Options of {@link indicatorTableRows}.
 *
 * @example
 * const o: IndicatorTableOptions = { lang: 'en', indicators: ['litigation.lost_cases'], year: 2019, unit: null };
 */
export interface IndicatorTableOptions {
  lang: Lang;
  /** The indicators, in table order. */
  indicators: readonly IndicatorId[];
  /** The year shown. */
  year: number;
  /** One unit only; null = the jurisdiction first, then every unit. */
  unit: string | null;
}

/**
 * The lines of an indicator table: for each indicator in the order given,
 * the rows of the year (the jurisdiction first, then the units in code-point
 * order; business rows by dimension and item), values formatted as the
 * charts print them (rates as percentages, changes of rates in percentage
 * points), never "NaN". The result does not depend on the order of `rows`.
 *
 * @example
 * indicatorTableRows(rows, { lang: 'zh-Hans', indicators: ['litigation.lost_cases'], year: 2019, unit: '*' })[0]?.changeText; // '+2'
 */
export function indicatorTableRows(rows: readonly IndicatorRow[], options: IndicatorTableOptions): IndicatorTableRow[] {
  const { lang, indicators, year, unit } = options;
  const wanted = new Set<string>(indicators);
  const keyOf = (r: IndicatorRow) => `${r.indicator}|${r.unit}|${r.dimension ?? ''}|${r.item ?? ''}`;
  const previous = new Map<string, IndicatorRow>();
  const current: IndicatorRow[] = [];
  for (const r of rows) {
    if (!wanted.has(r.indicator) || (unit !== null && r.unit !== unit)) continue;
    if (r.year === year) current.push(r);
    else if (r.year === year - 1) previous.set(keyOf(r), r);
  }
  const order = new Map(indicators.map((id, i) => [id as string, i]));
  current.sort((a, b) =>
    (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0)
    || compareUnits(a.unit, b.unit)
    || compareCodePoints(a.dimension ?? '', b.dimension ?? '')
    || compareCodePoints(a.item ?? '', b.item ?? ''));
  return current.map((r) => {
    const indicator = r.indicator as IndicatorId;
    const before = previous.get(keyOf(r))?.value ?? null;
    const change = r.value === null || before === null ? null : r.value - before;
    const detail = [r.dimension, r.item].filter((d): d is string => d !== undefined).join(' / ');
    const name = catalogueEntry(indicator).name[lang];
    return {
      key: keyOf(r),
      indicator,
      label: detail === '' ? name : `${name}（${detail}）`,
      unit: r.unit,
      unitLabel: unitLabel(r.unit, lang),
      year: r.year,
      numerator: r.numerator,
      denominator: r.denominator,
      value: r.value,
      numeratorText: formatValue(r.numerator, lang),
      denominatorText: formatValue(r.denominator, lang),
      valueText: formatIndicatorValue(indicator, r.value, lang),
      change,
      changeText: formatIndicatorChange(indicator, change, lang),
    };
  });
}
