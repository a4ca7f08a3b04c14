import type { ParseFailure } from './parse-failure.ts';
import { isBlank } from './is-blank.ts';

/**
 * Options of {@link parseNumber}.
 *
 * @example
 * parseNumber('95%', { percent: 'rate' }); // 0.95
 */
export interface ParseNumberOptions {
  /**
   * How `100%` reads: `'rate'` → 1 (a fraction), `'percentage'` → 100 (the
   * column holds percentage points). Default `'percentage'`.
   */
  percent?: 'rate' | 'percentage';
  /**
   * Unit suffixes this column may carry, stripped when present (`人`,
   * `萬元`, …; compare after NFKC, either script listed). Default none: any
   * suffix is a failure.
   */
  suffixes?: readonly string[];
}

const APPROX = /^(?:約|约|大约|大約|approx\.?|~|≈)\s*/i;
const NUMBER = /^[+-]?(?:\d+(?:,\d{3})*|\d*)(?:\.\d+)?$/;
const LEADING_NUMBER = /^[+-]?[\d,]*\.?\d+[^\d.,]+$/;
const FORMAT: ParseFailure = Object.freeze({ failure: 'format' });
const SUFFIX: ParseFailure = Object.freeze({ failure: 'unit-suffix' });

/**
 * Reads a number from a cell: `4,311`, `１００` (full width), `100%`,
 * `3人`, `12.5萬元` (suffix stripped when the column allows it), `約19.2%`.
 * Blank (`''`, `—`, `-`, `/`, `無`, `N/A`) → null; XLSX numbers pass through.
 *
 * @example
 * parseNumber('4,311');                        // 4311
 * parseNumber('100%', { percent: 'rate' });    // 1
 * parseNumber('12.5萬元', { suffixes: ['萬元', '万元'] }); // 12.5
 * parseNumber('3人');                          // { failure: 'unit-suffix' }
 */
export function parseNumber(raw: string | number | null | undefined, options: ParseNumberOptions = {}): number | null | ParseFailure {
  if (raw == null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : FORMAT;
  if (isBlank(raw)) return null;
  const { percent = 'percentage', suffixes = [] } = options;
  let text = raw.normalize('NFKC').trim().replace(APPROX, '').replace(/\s+/g, '');
  let isPercent = false;
  if (text.endsWith('%')) {
    isPercent = true;
    text = text.slice(0, -1);
  } else if (!isPlainNumber(text)) {
    // The longest matching suffix wins, so 人次 is not read as 次 after a stray 人.
    let suffix: string | undefined;
    for (const s of suffixes) if (text.endsWith(s.normalize('NFKC')) && (suffix === undefined || s.length > suffix.length)) suffix = s;
    if (suffix === undefined) return LEADING_NUMBER.test(text) ? SUFFIX : FORMAT;
    text = text.slice(0, text.length - suffix.normalize('NFKC').length);
  }
  if (!isPlainNumber(text)) return FORMAT;
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n)) return FORMAT;
  return isPercent && percent === 'rate' ? n / 100 : n;
}

function isPlainNumber(text: string): boolean {
  return text !== '' && text !== '.' && text !== '+' && text !== '-' && NUMBER.test(text);
}
