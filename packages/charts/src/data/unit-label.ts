import { JURISDICTION } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';

/**
 * A unit's name as a chart prints it: the jurisdiction `*` by its name in the
 * language, every other unit as in the data.
 *
 * @example
 * unitLabel('*', 'zh-Hans'); // '全区'
 * unitLabel('苏州工业园区司法局', 'en'); // '苏州工业园区司法局'
 */
export function unitLabel(unit: string, lang: ChartLang): string {
  return unit === JURISDICTION ? CHART_MESSAGES.jurisdiction[lang] : unit;
}
