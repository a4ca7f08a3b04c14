import type { CalendarDate } from '../values/calendar-date.ts';

/**
 * The year of a `YYYY-MM-DD` date, like `yearOf` in values/calendar-date.ts
 * but read from the four digits without a substring: the indicators call it
 * up to three times per record on millions of records.
 *
 * @example
 * calendarYear('2019-05-10'); // 2019
 */
export function calendarYear(date: CalendarDate): number {
  return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
}
