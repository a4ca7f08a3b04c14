import { catalogueEntry, compareCodePoints, formatIndicatorChange, formatIndicatorValue, INDICATOR_IDS, isIndicatorId, type IndicatorId, type IndicatorRow, type Lang } from '@fazhi/core';
import { scoresMessages as m } from '../i18n/scores-messages.ts';

/**
 * One indicator of a unit, printed for the department page.
 *
 * @example
 * const line: UnitIndicatorLine = { key: 'litigation.lost_cases', indicator: 'litigation.lost_cases', name: '败诉案件数', value: '3', lastYear: '1', change: '+2' };
 */
export interface UnitIndicatorLine {
  /** A key unique within the list (the indicator, and for business rows its dimension and item). */
  key: string;
  /** The catalogue id. */
  indicator: string;
  /** The indicator's catalogue name, with the business dimension and item when there are. */
  name: string;
  /** This year's value as printed ("—" without one). */
  value: string;
  /** Last year's value as printed ("—" without one). */
  lastYear: string;
  /** The change from last year with its sign (rates in percentage points); "—" without both. */
  change: string;
}

/**
 * A unit's own indicator values of a year with last year's beside them, in
 * catalogue order (business rows then by dimension and item), printed in
 * `lang`. Indicators unknown to the catalogue are left out. Empty when the
 * unit has no row that year.
 *
 * @example
 * unitIndicatorRows(app.data.rows, '唯亭街道', 2019, 'en').find((l) => l.indicator === 'litigation.lost_cases')?.value; // '3'
 */
export function unitIndicatorRows(rows: readonly IndicatorRow[], unit: string, year: number, lang: Lang): UnitIndicatorLine[] {
  const keyOf = (r: IndicatorRow) => [r.indicator, r.dimension ?? '', r.item ?? ''].join('\u0000');
  const previous = new Map(rows.filter((r) => r.unit === unit && r.year === year - 1).map((r) => [keyOf(r), r]));
  const order = new Map(INDICATOR_IDS.map((id, i) => [id as string, i]));
  return rows
    .filter((r): r is IndicatorRow & { indicator: IndicatorId } => r.unit === unit && r.year === year && isIndicatorId(r.indicator))
    .sort((a, b) => (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) || compareCodePoints(a.dimension ?? '', b.dimension ?? '') || compareCodePoints(a.item ?? '', b.item ?? ''))
    .map((r) => {
      const id = r.indicator;
      const last = previous.get(keyOf(r))?.value ?? null;
      const detail = [r.dimension, r.item].filter((d) => d !== undefined && d !== '').join(' · ');
      const name = catalogueEntry(id).name[lang];
      return {
        key: keyOf(r), indicator: id, name: detail === '' ? name : m.qualified(name, detail)[lang],
        value: formatIndicatorValue(id, r.value, lang),
        lastYear: formatIndicatorValue(id, last, lang),
        change: r.value === null || last === null ? '—' : formatIndicatorChange(id, r.value - last, lang),
      };
    });
}
