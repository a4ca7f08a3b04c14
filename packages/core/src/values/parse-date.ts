import type { CalendarDate } from './calendar-date.ts';
import { excelSerialToDate } from './excel-serial-to-date.ts';
import type { ParseFailure } from './parse-failure.ts';
import { isBlank } from './is-blank.ts';

/**
 * Earliest plausible year of a record (the founding of the PRC); earlier years are typing errors.
 *
 * @example
 * parseDate('1948-12-31'); // { failure: 'year-range' }
 */
export const MIN_YEAR = 1949;
/**
 * Latest plausible year of a record.
 *
 * @example
 * parseDate('2101-01-01'); // { failure: 'year-range' }
 */
export const MAX_YEAR = 2100;

const NUMERIC = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*(?:日|号|號)?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const CHINESE = /^([〇○零一二三四五六七八九]{4})年([〇○零一二三四五六七八九十]{1,3})月([〇○零一二三四五六七八九十]{1,4})[日号號]$/;

const DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const FORMAT: ParseFailure = Object.freeze({ failure: 'format' });
const IMPOSSIBLE: ParseFailure = Object.freeze({ failure: 'impossible-date' });
const YEAR_RANGE: ParseFailure = Object.freeze({ failure: 'year-range' });

/**
 * Reads a calendar date from a cell: `2019-05-10`, `2019/5/10`,
 * `2019.5.10`, `2019年5月10日`, full-width digits, `二〇一九年五月十日`,
 * `20190510`, a trailing time of day (dropped, the date read as written), an Excel serial number
 * (43595, XLSX numeric cells) or a `Date` from an XLSX date cell (read in
 * UTC, as the XLSX reader creates it, so no time-zone drift). Blank → null.
 * Impossible dates (2019-02-30) and years outside 1949–2100 are failures.
 *
 * @example
 * parseDate('二〇一九年五月十日'); // '2019-05-10'
 * parseDate(43595);               // '2019-05-10'
 * parseDate('2019-02-30');        // { failure: 'impossible-date' }
 */
export function parseDate(raw: string | number | Date | null | undefined): CalendarDate | null | ParseFailure {
  if (raw == null) return null;
  if (typeof raw === 'number') {
    const d = excelSerialToDate(raw);
    return d === null ? FORMAT : checkYear(d);
  }
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return FORMAT;
    return make(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
  }
  if (isBlank(raw)) return null;
  const text = raw.normalize('NFKC').trim();
  let m = NUMERIC.exec(text) ?? COMPACT.exec(text);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  m = CHINESE.exec(text);
  if (m) {
    const y = [...(m[1] as string)].reduce((acc, ch) => acc * 10 + (DIGIT[ch] ?? 0), 0);
    const mo = chineseNumber(m[2] as string);
    const d = chineseNumber(m[3] as string);
    if (mo === null || d === null) return FORMAT;
    return make(y, mo, d);
  }
  return FORMAT;
}

/** 十 → 10, 十一 → 11, 二十 → 20, 三十一 → 31, 五 → 5, 〇五 → 5. */
function chineseNumber(s: string): number | null {
  const ten = s.indexOf('十');
  if (ten === -1) {
    let n = 0;
    for (const ch of s) {
      const d = DIGIT[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  if (s.indexOf('十', ten + 1) !== -1) return null;
  const tens = ten === 0 ? 1 : DIGIT[s.slice(0, ten)];
  const unitsText = s.slice(ten + 1);
  const units = unitsText === '' ? 0 : DIGIT[unitsText];
  if (tens === undefined || units === undefined || ten > 1 || unitsText.length > 1) return null;
  return tens * 10 + units;
}

function make(y: number, m: number, d: number): CalendarDate | ParseFailure {
  if (y < MIN_YEAR || y > MAX_YEAR) return YEAR_RANGE;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return IMPOSSIBLE;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function checkYear(date: CalendarDate): CalendarDate | ParseFailure {
  const y = Number(date.slice(0, 4));
  return y < MIN_YEAR || y > MAX_YEAR ? YEAR_RANGE : date;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
