import { openingYear, type ThinYear } from '@fazhi/charts';
import type { IndicatorRow } from '@fazhi/core';

/** The years `fazhi report` scores and compares, and the later years it passed over. */
export interface ReportYears {
  /** Ascending; the last is the year the report scores. */
  years: number[];
  /** The thin datasets of the years after the last one, when the years were not asked for (charts' openingYear). */
  passedOver: ThinYear[];
}

/**
 * The years of a report: those asked for (`--years`), else the opening year
 * of the dashboard — the latest year complete enough to score, by charts'
 * `openingYear` — and the year before it that has rows, so that a last
 * year holding only a few late cases is not the one scored.
 *
 * @example
 * reportYears(rows, null).years; // [2018, 2019]
 * reportYears(rows, [2019]).years; // [2019]
 */
export function reportYears(rows: readonly IndicatorRow[], asked: readonly number[] | null): ReportYears {
  if (asked !== null) return { years: [...asked], passedOver: [] };
  const opening = openingYear(rows);
  if (opening.year === null) return { years: [], passedOver: [] };
  const open = opening.year;
  const available = [...new Set(rows.map((r) => r.year))].filter((y) => y <= open).sort((a, b) => a - b);
  return { years: available.slice(-2), passedOver: opening.thin };
}
