import type { CalendarDate } from '../values/calendar-date.ts';

/**
 * Calendar days from `earlier` to `later` (later − earlier), like
 * `daysBetween` in values/calendar-date.ts but computed from the digits with
 * integer arithmetic (proleptic Gregorian calendar), with no substring or
 * Date: the deadline indicators call it once per record on millions of
 * records. Both dates must be `YYYY-MM-DD`.
 *
 * @example
 * elapsedDays('2019-01-01', '2019-01-31'); // 30
 * elapsedDays('2020-02-28', '2020-03-01'); // 2 (leap year)
 */
export function elapsedDays(earlier: CalendarDate, later: CalendarDate): number {
  return civilDay(later) - civilDay(earlier);
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
function civilDay(s: string): number {
  const year = (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
  const month = (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48);
  const day = (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48);
  // Counting years from March puts the leap day at the end of the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
