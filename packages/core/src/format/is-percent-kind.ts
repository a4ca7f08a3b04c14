import type { IndicatorKind } from '../indicators/catalogue.ts';

/**
 * true when an indicator of this kind is shown as a percentage: rates and
 * year-on-year changes (which are relative).
 *
 * @example
 * isPercentKind('rate'); // true
 * isPercentKind('count'); // false
 */
export function isPercentKind(kind: IndicatorKind): boolean {
  return kind === 'rate' || kind === 'change';
}
