import {
  catalogueEntry, COUNT_NOUNS, formatIndicatorValue, JURISDICTION,
  type IndicatorId, type IndicatorRow, type Lang,
} from '@fazhi/core';
import { reportMessages } from '../messages.ts';
import { formatChange } from './format-change.ts';

/**
 * An indicator's name as it reads inside a sentence: the catalogue's name,
 * with a lower-case first letter in English ("filing rate").
 *
 * @example
 * indicatorName('documents.filing_rate', 'en'); // 'filing rate'
 * indicatorName('documents.filing_rate', 'zh-Hant'); // '報備率'
 */
export function indicatorName(indicator: IndicatorId, lang: Lang): string {
  const name = catalogueEntry(indicator).name[lang];
  return lang === 'en' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/**
 * An indicator's value as a sentence shows it: core's `formatIndicatorValue`
 * (a percentage for rates, a number otherwise), with the measure word after
 * counts in Chinese (`9 件`); for a null value (a rate of nothing), "not
 * applicable".
 *
 * @example
 * formatValue('litigation.lost_cases', 9, 'zh-Hans'); // '9 件'
 * formatValue('documents.filing_rate', 0.955, 'en');  // '95.5%'
 */
export function formatValue(indicator: IndicatorId, value: number | null, lang: Lang): string {
  if (value === null) return reportMessages.notApplicable()[lang];
  const noun = COUNT_NOUNS[indicator];
  const text = formatIndicatorValue(indicator, value, lang);
  return noun === undefined || lang === 'en' ? text : `${text} ${noun.measure[lang]}`;
}

/**
 * The generated paragraph of a report section: the jurisdiction's (`*`)
 * value of each of `indicators` in the last of `years`, each with its change
 * from the year before it in `years` when that year has a value, e.g.
 * "2019 年，报备率 100%（较 2018 年 +5 个百分点）；败诉案件数 9 件（较 2018 年 −2 件，−18.2%）。".
 * Rows broken down by dimension or item (business scores) are left to the
 * table. Returns null when the year has no value for any of them.
 *
 * @example
 * sectionParagraph(rows, ['documents.filing_rate'], [2018, 2019], 'en');
 * // 'In 2019: filing rate 100% (+5 percentage points on 2018).'
 */
export function sectionParagraph(
  rows: readonly IndicatorRow[],
  indicators: readonly IndicatorId[],
  years: readonly number[],
  lang: Lang,
): string | null {
  const year = years[years.length - 1];
  if (year === undefined) return null;
  const previous = years.length > 1 ? years[years.length - 2]! : null;
  const find = (indicator: string, y: number) => rows.find((r) =>
    r.indicator === indicator && r.unit === JURISDICTION && r.year === y && r.dimension === undefined && r.item === undefined);
  const parts: string[] = [];
  for (const indicator of indicators) {
    const row = find(indicator, year);
    if (row === undefined) continue;
    let part = `${indicatorName(indicator, lang)} ${formatValue(indicator, row.value, lang)}`;
    if (previous !== null) {
      const change = formatChange(indicator, row.value, find(indicator, previous)?.value ?? null, lang);
      if (change !== null) part += reportMessages.comparedWith(previous, change)[lang];
    }
    parts.push(part);
  }
  if (parts.length === 0) return null;
  return `${reportMessages.paragraphStart(year)[lang]}${parts.join(reportMessages.paragraphJoin()[lang])}${reportMessages.paragraphEnd()[lang]}`;
}
