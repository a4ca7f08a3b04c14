import { JURISDICTION, schemeText } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';

/**
 * A unit's name as a chart prints it: the jurisdiction `*` by its name in the
 * language, every other unit in the reader's script — Traditional in
 * zh-Hant, Simplified in zh-Hans (core's OpenCC conversion, as scheme
 * names are converted), as in the data in English. The data's own spelling
 * stays in the rows (`unit`), for drilling down and for exports.
 *
 * @example
 * unitLabel('*', 'zh-Hans'); // '全区'
 * unitLabel('苏州工业园区司法局', 'zh-Hant'); // '蘇州工業園區司法局'
 * unitLabel('蘇州工業園區司法局', 'zh-Hans'); // '苏州工业园区司法局'
 * unitLabel('苏州工业园区司法局', 'en'); // '苏州工业园区司法局'
 */
export function unitLabel(unit: string, lang: ChartLang): string {
  if (unit === JURISDICTION) return CHART_MESSAGES.jurisdiction[lang];
  return lang === 'en' ? unit : schemeText(unit, lang);
}
