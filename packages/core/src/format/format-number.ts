import type { Lang } from '../messages/localized-text.ts';
import { NUMBER_LOCALES } from './number-locale.ts';

/**
 * Options of {@link formatNumber}.
 *
 * @example
 * const o: FormatNumberOptions = { digits: 1, sign: true };
 */
export interface FormatNumberOptions {
  /** At most this many decimals, trailing zeros dropped; default 2. */
  digits?: number;
  /** Print a plus sign before positive numbers; default false. */
  sign?: boolean;
  /** Group the digits as the language does (17,701); default true. */
  grouping?: boolean;
}

/**
 * A number as fazhi writes it in `lang`: rounded half away from zero to at
 * most `digits` decimals through the decimal text (1.005 → 1.01, not 1),
 * trailing zeros dropped, digits grouped by the language's number locale,
 * the minus sign U+2212 (−), never −0. Not-finite input prints as "—" (so
 * no label ever shows "NaN").
 *
 * @example
 * formatNumber(17701, 'zh-Hans'); // '17,701'
 * formatNumber(-12.345, 'en', { digits: 1 }); // '−12.3'
 * formatNumber(3, 'zh-Hant', { sign: true }); // '+3'
 * formatNumber(17701.5, 'en', { grouping: false }); // '17701.5'
 */
export function formatNumber(x: number, lang: Lang, options: FormatNumberOptions = {}): string {
  const { digits = 2, sign = false, grouping = true } = options;
  if (!Number.isFinite(x)) return '—';
  const locale = NUMBER_LOCALES[lang];
  const rounded = roundHalfAway(Math.abs(x), digits);
  if (rounded === 0) return '0';
  const [whole = '0', fraction = ''] = rounded.toFixed(digits).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const text = (grouping ? groupDigits(whole, locale.thousands, locale.grouping) : whole) + (trimmed === '' ? '' : locale.decimal + trimmed);
  if (x < 0) return `\u2212${text}`;
  return sign ? `+${text}` : text;
}

/** |x| rounded by shifting the decimal exponent, so 1.005 rounds to 1.01 (1.005 × 100 is 100.4999…). */
function roundHalfAway(x: number, digits: number): number {
  const shifted = Number(`${x}e${digits}`);
  if (!Number.isFinite(shifted)) return Math.round(x * 10 ** digits) / 10 ** digits;
  return Number(`${Math.round(shifted)}e-${digits}`);
}

function groupDigits(whole: string, separator: string, grouping: readonly number[]): string {
  const groups: string[] = [];
  let end = whole.length;
  let g = 0;
  while (end > 0) {
    const size = grouping[Math.min(g, grouping.length - 1)] ?? 3;
    groups.unshift(whole.slice(Math.max(0, end - size), end));
    end -= size;
    g += 1;
  }
  return groups.join(separator);
}
