/**
 * One computed indicator for one unit × year: the public contract of
 * `fazhi indicators --format json` (INDICATORS.md).
 *
 * @example
 * const row: IndicatorRow = {
 *   indicator: 'litigation.loss_rate', unit: '*', year: 2019, numerator: 9, denominator: 64, value: 0.140625,
 * };
 */
export interface IndicatorRow {
  /** Catalogue id, e.g. `litigation.loss_rate`. */
  indicator: string;
  /** Canonical unit name, or `*` for the whole jurisdiction. */
  unit: string;
  /** The calendar year the records belong to (see the catalogue's `yearBy`). */
  year: number;
  /** The count (for counts), the rate's numerator, or the sum behind a mean. */
  numerator: number;
  /** null for counts. */
  denominator: number | null;
  /** numerator / denominator for rates (null when the denominator is 0); numerator for counts. Never NaN. */
  value: number | null;
  /** Business rows: the dimension (一級指標). */
  dimension?: string;
  /** Business indicator scores: the indicator's name (二級指標). */
  item?: string;
}

/**
 * The unit id of the whole jurisdiction; its rows also count records whose unit is blank.
 *
 * @example
 * rows.filter((r) => r.unit === JURISDICTION).length; // 112 (the park's fixture, 2018 and 2019)
 */
export const JURISDICTION = '*';
