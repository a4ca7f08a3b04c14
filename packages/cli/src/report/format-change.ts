import { COUNT_NOUNS, formatScoreNumber, isPercentIndicator, yearOverYear, type IndicatorId, type Lang } from '@fazhi/core';
import { reportMessages } from '../messages.ts';

/** A number with its sign always shown: `+5`, `−2.5` (a true minus), `±0`. */
function signed(x: number): string {
  const text = formatScoreNumber(x);
  if (text === '0') return '±0';
  return x > 0 ? `+${text}` : text;
}

/**
 * The change of an indicator from one year to the next as a report writes
 * it: percentage points for rates (`+5 個百分點`), the measure word and the
 * relative change for counts (`−2 件，−18.18%`), the plain difference for
 * means, ratios and scores (`+2.5`). Null when either value is null.
 *
 * @example
 * formatChange('documents.filing_rate', 1, 0.95, 'zh-Hans'); // '+5 个百分点'
 * formatChange('litigation.lost_cases', 9, 11, 'zh-Hant');   // '−2 件，−18.18%'
 * formatChange('litigation.lost_cases', 9, 11, 'en');        // '−2, −18.18%'
 */
export function formatChange(indicator: IndicatorId, current: number | null, previous: number | null, lang: Lang): string | null {
  const { change, percent } = yearOverYear(current, previous);
  if (change === null) return null;
  if (isPercentIndicator(indicator)) return reportMessages.percentagePoints(signed(change * 100))[lang];
  const noun = COUNT_NOUNS[indicator];
  const measure = noun === undefined || lang === 'en' ? '' : ` ${noun.measure[lang]}`;
  const relative = noun === undefined || percent === null ? '' : `${lang === 'en' ? ', ' : '，'}${signed(percent * 100)}%`;
  return `${signed(change)}${measure}${relative}`;
}
