import { catalogueEntry, isIndicatorId, JURISDICTION, type DatasetId, type IndicatorRow } from '@fazhi/core';

/**
 * Options of {@link openingYear}.
 *
 * @example
 * const options: OpeningYearOptions = { minShare: 0.25 };
 */
export interface OpeningYearOptions {
  /**
   * A dataset's year is thin when it holds fewer records than this share of
   * the median of the dataset's earlier years. Default 0.5.
   */
  minShare?: number;
}

/**
 * A year whose records of one dataset fall short of the dataset's earlier years.
 *
 * @example
 * const thin: ThinYear = { year: 2022, dataset: 'litigation', records: 12, typical: 170 };
 */
export interface ThinYear {
  year: number;
  dataset: DatasetId;
  /** The dataset's records that year (see {@link openingYear} for how they are counted). */
  records: number;
  /** The median of the dataset's records in its earlier years. */
  typical: number;
}

/**
 * The year a page or report opens on, and why a later year was passed over.
 *
 * @example
 * const opening: OpeningYear = { year: 2021, thin: [{ year: 2022, dataset: 'litigation', records: 12, typical: 170 }] };
 */
export interface OpeningYear {
  /** The latest year whose data is complete enough to score; null when there are no rows. */
  year: number | null;
  /** The thin datasets of the years after `year`, by year then dataset. */
  thin: ThinYear[];
}

/**
 * The latest year whose data is complete enough to score: a year is thin
 * when one of its datasets holds fewer records than half (`minShare`) the
 * median of that dataset's earlier years (a dataset without any record that
 * year counts 0); the opening year is the latest year that is not thin
 * (the first year has no earlier years and is never thin). A dataset's
 * records in a year are read from the jurisdiction's rows of its indicators:
 * the most of a count's numerator and a rate's or mean's denominator, so an
 * export whose last year holds only a few late decisions opens on the year
 * before. Changes, ratios and scores (the business file, the GDP ratio) do
 * not count. Row order does not matter.
 *
 * @example
 * openingYear(rows).year; // 2019
 * openingYear(rows).thin; // []
 * const late = [...rows, { indicator: 'litigation.cases', unit: '*', year: 2020, numerator: 3, denominator: null, value: 3 }];
 * openingYear(late).year; // 2019
 * openingYear(late).thin.find((t) => t.dataset === 'litigation')?.records; // 3
 * openingYear(late).thin.every((t) => t.year === 2020); // true
 */
export function openingYear(rows: readonly IndicatorRow[], options: OpeningYearOptions = {}): OpeningYear {
  const { minShare = 0.5 } = options;
  const volumes = datasetVolumes(rows);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const thinOf = (year: number): ThinYear[] => {
    const thin: ThinYear[] = [];
    for (const [dataset, byYear] of [...volumes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const earlier = [...byYear].filter(([y, n]) => y < year && n > 0).map(([, n]) => n);
      if (earlier.length === 0) continue;
      const typical = median(earlier);
      const records = byYear.get(year) ?? 0;
      if (records < minShare * typical) thin.push({ year, dataset, records, typical });
    }
    return thin;
  };
  const thin: ThinYear[] = [];
  for (let i = years.length - 1; i >= 0; i--) {
    const year = years[i]!;
    const found = thinOf(year);
    if (found.length === 0) return { year, thin: thin.sort((a, b) => a.year - b.year) };
    thin.push(...found);
  }
  return { year: years[0] ?? null, thin: [] };
}

/** Records per dataset and year, read from the jurisdiction's rows. */
function datasetVolumes(rows: readonly IndicatorRow[]): Map<DatasetId, Map<number, number>> {
  const volumes = new Map<DatasetId, Map<number, number>>();
  for (const row of rows) {
    if (row.unit !== JURISDICTION || !isIndicatorId(row.indicator)) continue;
    const entry = catalogueEntry(row.indicator);
    const records = entry.kind === 'count' ? row.numerator : entry.kind === 'rate' || entry.kind === 'mean' ? row.denominator : null;
    if (records === null || !entry.additive) continue;
    let byYear = volumes.get(entry.dataset);
    if (byYear === undefined) volumes.set(entry.dataset, (byYear = new Map()));
    byYear.set(row.year, Math.max(byYear.get(row.year) ?? 0, records));
  }
  return volumes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
