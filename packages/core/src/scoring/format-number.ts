import { formatNumber } from '../format/format-number.ts';

/**
 * A number as explanations show it: rounded half away from zero to at most
 * `digits` decimals (default 2), trailing zeros dropped, no digit grouping,
 * and the minus sign U+2212 (−) rather than a hyphen. Rounding goes through
 * the decimal text, so 1.005 shows as 1.01 and 4.775 as 4.78. A result that
 * rounds to zero shows as 0 (never −0). Non-finite input, which no sentence
 * should contain, shows as ∞, −∞ or — (NaN) rather than as "NaN".
 *
 * @example
 * formatScoreNumber(94.11764705882354); // '94.12'
 * formatScoreNumber(-6); // '−6'
 * formatScoreNumber(2.5, 0); // '3'
 * formatScoreNumber(0.30000000000000004); // '0.3'
 * formatScoreNumber(98.22968, 5); // '98.22968'
 */
export function formatScoreNumber(x: number, digits = 2): string {
  if (Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  // Ungrouped, a number reads the same in the three languages (decimal point ".", minus sign −).
  return formatNumber(x, 'en', { digits, grouping: false });
}
