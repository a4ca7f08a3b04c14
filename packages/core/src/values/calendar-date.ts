/**
 * A calendar date with no time zone, written `YYYY-MM-DD`.
 *
 * Records carry dates as these strings, never as `Date` objects, so the year
 * of a record never depends on the machine's time zone.
 *
 * @example
 * const d: CalendarDate = '2019-05-10';
 */
export type CalendarDate = string;

/**
 * The calendar year of a date (`'2019-05-10'` → 2019).
 *
 * @example
 * yearOf('2019-05-10'); // 2019
 */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The calendar month (1–12) of a date (`'2019-05-10'` → 5).
 *
 * @example
 * monthOf('2019-05-10'); // 5
 */
export function monthOf(date: CalendarDate): number {
  return Number(date.slice(5, 7));
}

/**
 * Days since 1970-01-01 of a calendar date, computed in UTC so that it does
 * not depend on the machine's time zone.
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 */
export function dayNumber(date: CalendarDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * Calendar days from `earlier` to `later` (later − earlier); negative when
 * `later` comes first.
 *
 * @example
 * daysBetween('2019-01-01', '2019-01-31'); // 30
 */
export function daysBetween(earlier: CalendarDate, later: CalendarDate): number {
  return dayNumber(later) - dayNumber(earlier);
}
