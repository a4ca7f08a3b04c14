import { knownPoints } from './known-points.ts';
import type { SeriesPoint } from './series-point.ts';

/**
 * The compound annual growth rate between the first and the last known value
 * of a series: (last / first) ^ (1 / (lastYear − firstYear)) − 1, as a
 * fraction (0.05 = 5 % a year). Null values are skipped. Null when fewer than
 * two values are known, when the first value is 0 or negative (growth from
 * nothing, or through a change of sign, has no compound rate), or when the
 * last value is negative. A last value of 0 gives −1 (−100 %).
 *
 * @example
 * compoundAnnualGrowth([{ year: 2017, value: 100 }, { year: 2019, value: 121 }]); // 0.1 (up to rounding)
 * compoundAnnualGrowth([{ year: 2018, value: 0 }, { year: 2019, value: 5 }]); // null
 */
export function compoundAnnualGrowth(series: readonly SeriesPoint[]): number | null {
  const known = knownPoints(series);
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined || known.length < 2) return null;
  const years = last.year - first.year;
  if (years <= 0 || first.value <= 0 || last.value < 0) return null;
  const rate = (last.value / first.value) ** (1 / years) - 1;
  return Number.isFinite(rate) ? rate : null;
}
