/**
 * One computed indicator for one unit × year: the public contract of
 * `fazhi indicators --format json` (INDICATORS.md).
 */
export interface IndicatorRow {
  /** Catalogue id, e.g. `litigation.loss_rate`. */
  indicator: string;
  /** Canonical unit name, or `*` for the whole jurisdiction. */
  unit: string;
  year: number;
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

/** The unit id of the whole jurisdiction. */
export const JURISDICTION = '*';
