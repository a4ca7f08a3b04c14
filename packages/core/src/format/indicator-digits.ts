import type { IndicatorKind } from '../indicators/catalogue.ts';

/**
 * How many decimals an indicator's value shows by its kind — of the
 * percentage for rates and year-on-year changes (0.140625 → 14.1%) — in
 * every label, table and sentence that prints one: counts whole, rates,
 * changes, means and scores to one decimal, ratios (deaths per 億元 of GDP,
 * small numbers) to four. The one table of it; {@link formatIndicatorValue}
 * and {@link formatIndicatorChange} read it.
 *
 * @example
 * INDICATOR_DIGITS.rate; // 1
 * INDICATOR_DIGITS.ratio; // 4
 */
export const INDICATOR_DIGITS: Readonly<Record<IndicatorKind, number>> = { count: 0, rate: 1, change: 1, mean: 1, score: 1, ratio: 4 };
