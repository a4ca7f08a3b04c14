import type { CalendarDate } from './calendar-date.ts';

/** Days from 1899-12-30 (Excel's day 0 in the 1900 system, after its 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25_569;

/**
 * The calendar date of an Excel serial day number in the 1900 date system
 * (43595 → 2019-05-10). The fraction (time of day) is dropped. Computed in
 * UTC, so it never depends on the machine's time zone. Returns null for
 * non-finite or non-positive serials.
 *
 * @example
 * excelSerialToDate(43595); // '2019-05-10'
 */
export function excelSerialToDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const ms = (Math.floor(serial) - EXCEL_EPOCH_OFFSET) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
