import { formatNumber, type IndicatorRow } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';

/**
 * A rate's or mean's numerator and denominator as a tooltip prints them
 * ("9 / 64"), or "—" for a count (no denominator) or no row.
 *
 * @example
 * fractionText({ numerator: 9, denominator: 64 }, 'en'); // '9 / 64'
 * fractionText({ numerator: 1234, denominator: 5678 }, 'zh-Hans'); // '1,234 / 5,678'
 * fractionText({ numerator: 4, denominator: null }, 'en'); // '—'
 * fractionText(undefined, 'en'); // '—'
 */
export function fractionText(row: Pick<IndicatorRow, 'numerator' | 'denominator'> | undefined, lang: ChartLang): string {
  if (row === undefined || row.denominator === null) return '—';
  return `${formatNumber(row.numerator, lang)} / ${formatNumber(row.denominator, lang)}`;
}
