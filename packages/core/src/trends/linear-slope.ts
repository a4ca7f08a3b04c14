import { knownPoints } from './known-points.ts';
import type { SeriesPoint } from './series-point.ts';

/**
 * The least-squares slope of a series' known values against the year: the
 * average change per year of the straight line that fits them best,
 * Σ(x − x̄)(y − ȳ) / Σ(x − x̄)². Null values are skipped; null when fewer than
 * two values are known (or they all fall in one year).
 *
 * @example
 * linearSlope([{ year: 2017, value: 10 }, { year: 2018, value: 12 }, { year: 2019, value: 14 }]); // 2
 * linearSlope([{ year: 2019, value: 10 }]); // null
 */
export function linearSlope(series: readonly SeriesPoint[]): number | null {
  const known = knownPoints(series);
  if (known.length < 2) return null;
  let sumX = 0;
  let sumY = 0;
  for (const p of known) {
    sumX += p.year;
    sumY += p.value;
  }
  const meanX = sumX / known.length;
  const meanY = sumY / known.length;
  // Centred sums: years near 2019 squared would lose the fraction otherwise.
  let sxy = 0;
  let sxx = 0;
  for (const p of known) {
    const dx = p.year - meanX;
    sxy += dx * (p.value - meanY);
    sxx += dx * dx;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return Number.isFinite(slope) ? slope : null;
}
