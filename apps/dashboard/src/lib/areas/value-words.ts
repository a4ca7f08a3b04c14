import { COUNT_NOUNS, formatIndicatorValue, type IndicatorId, type Lang } from '@fazhi/core';

/**
 * An indicator's value as a sentence says it, in the language: counts with
 * their measure word ("4 件", "4 lost cases"), everything else as the charts
 * print it ("14.1%", "88.5"); null as "—".
 *
 * @example
 * valueWords('litigation.lost_cases', 4, 'zh-Hans'); // '4 件'
 * valueWords('litigation.lost_cases', 1, 'en'); // '1 lost case'
 * valueWords('litigation.loss_rate', 0.140625, 'en'); // '14.1%'
 */
export function valueWords(indicator: IndicatorId, value: number | null, lang: Lang): string {
  const text = formatIndicatorValue(indicator, value, lang);
  const noun = COUNT_NOUNS[indicator];
  if (value === null || noun === undefined) return text;
  if (lang === 'en') return `${text} ${noun.en[value === 1 ? 0 : 1]}`;
  return `${text} ${noun.measure[lang]}`;
}
