/**
 * One year of an indicator's series: the year and the value, or null when the
 * value could not be computed that year (a rate whose denominator is 0). A
 * series is an array of these, one per year, sorted by year.
 *
 * @example
 * const series: SeriesPoint[] = [{ year: 2018, value: 42 }, { year: 2019, value: 29 }];
 */
export interface SeriesPoint {
  /** The calendar year. */
  year: number;
  /** The indicator's value that year; null when it could not be computed. */
  value: number | null;
}

/**
 * One month of a monthly series (month 1–12), e.g. safety incidents by the
 * month of `occurred_on`.
 *
 * @example
 * const march: MonthlyPoint = { year: 2019, month: 3, value: 2 };
 */
export interface MonthlyPoint {
  /** The calendar year. */
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
  /** The value that month; null when unknown. */
  value: number | null;
}
