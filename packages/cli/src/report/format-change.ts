import { catalogueEntry, COUNT_NOUNS, formatIndicatorChange, formatNumber, INDICATOR_DIGITS, isPercentKind, yearOverYear, type IndicatorId, type Lang } from '@fazhi/core';

/** "±0" for a change that prints as 0, so that the sentence still reads as a change. */
const signedZero = (text: string): string => (/^0(?![.\d])/.test(text) ? `±${text}` : text);

/**
 * The change of an indicator from one year to the next as a report writes
 * it, by core's `formatIndicatorChange` (the digits of the indicator's kind)
 * in the long words of a sentence: percentage points for rates
 * (`+5 個百分點`), the measure word and the relative change (to the digits
 * of a year-on-year change) for counts (`−2 件，−18.2%`), the plain
 * difference for means, ratios and scores (`+2.5`); no change as `±0`. Null
 * when either value is null.
 *
 * @example
 * formatChange('documents.filing_rate', 1, 0.95, 'zh-Hans'); // '+5 个百分点'
 * formatChange('litigation.lost_cases', 9, 11, 'zh-Hant');   // '−2 件，−18.2%'
 * formatChange('litigation.lost_cases', 9, 11, 'en');        // '−2, −18.2%'
 */
export function formatChange(indicator: IndicatorId, current: number | null, previous: number | null, lang: Lang): string | null {
  const { change, percent } = yearOverYear(current, previous);
  if (change === null) return null;
  const text = signedZero(formatIndicatorChange(indicator, change, lang, { words: 'long' }));
  if (isPercentKind(catalogueEntry(indicator).kind)) return text;
  const noun = COUNT_NOUNS[indicator];
  const measure = noun === undefined || lang === 'en' ? '' : ` ${noun.measure[lang]}`;
  const relative = noun === undefined || percent === null
    ? ''
    : `${lang === 'en' ? ', ' : '，'}${signedZero(formatNumber(percent * 100, lang, { digits: INDICATOR_DIGITS.change, sign: true }))}%`;
  return `${text}${measure}${relative}`;
}
