/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP
 * "CSV injection"): `=`, `+`, `-`, `@`, and tab and carriage return, which
 * some spreadsheets skip before looking for one of the others.
 *
 * @example
 * FORMULA_TRIGGERS.includes('='); // true
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

/**
 * One CSV cell, safe to open in Excel or LibreOffice:
 * - null and undefined give an empty cell;
 * - a finite number is written as a number (`-3`, `0.25`), unescaped: it
 *   comes from a JavaScript number formatted by `String`, so it can hold only
 *   digits, one sign, a point and an exponent, never a formula; a spreadsheet
 *   must still be able to add up a column of changes such as `-2.58`;
 * - a non-finite number (NaN, ±Infinity) gives an empty cell;
 * - a boolean is written `true` / `false`;
 * - a string whose first character is in {@link FORMULA_TRIGGERS} gets a `'`
 *   in front of it (OWASP's rule), so `=HYPERLINK(…)` stays text; a string
 *   such as `"-1"` is escaped too: only typed numbers pass as numbers;
 * - then RFC 4180 quoting: a cell containing `"`, `,`, a line break or a
 *   tab, or beginning or ending with white space (which some readers trim),
 *   is wrapped in double quotes, inner quotes doubled.
 *
 * Every CSV that fazhi writes goes through it: `fazhi indicators` and
 * `fazhi score --format csv`, the report's `results.csv` and the dashboard's
 * exports.
 *
 * @example
 * escapeCsvCell('=1+2');          // "'=1+2"
 * escapeCsvCell(-2.5);            // '-2.5'
 * escapeCsvCell('-2.5');          // "'-2.5"
 * escapeCsvCell('劳保局, "一审"'); // '"劳保局, ""一审"""'
 * escapeCsvCell(' 司法局');       // '" 司法局"'
 * escapeCsvCell(null);            // ''
 */
export function escapeCsvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const first = value.charAt(0);
  const text = (FORMULA_TRIGGERS as readonly string[]).includes(first) ? `'${value}` : value;
  return /[",\r\n\t]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
