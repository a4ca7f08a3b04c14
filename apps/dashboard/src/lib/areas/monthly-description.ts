import type { MonthlyComparisonData } from '@fazhi/charts';
import type { Lang } from '@fazhi/core';
import type { Text } from '../i18n/lang.ts';
import { viewsMessages as m } from '../i18n/views-messages.ts';
import { valueWords } from './value-words.ts';

/**
 * A monthly safety chart in words, from the data it is drawn from (charts'
 * `monthlyComparisonRows`): the measure, whose incidents (`unitName`, in the
 * language) and the year; the year's total and the year before's; the month
 * (or months) with the most; in how many months there were fewer and more than in the
 * same month a year before.
 *
 * @example
 * monthlyDescription(data, 'incidents', '全区', 2019, 'zh-Hans');
 * // '生产安全事故起数，全区，2019 年逐月与上年同月比较：全年 29 起，上年 42 起；最多在 3月（5 起）；8 个月少于上年同月，3 个月多于上年同月。'
 */
export function monthlyDescription(data: MonthlyComparisonData, measure: 'incidents' | 'deaths', unitName: string, year: number, lang: Lang): string {
  const indicator = measure === 'incidents' ? 'safety.incidents' : 'safety.deaths';
  const lead = m.monthlyLead(m.monthlyMeasure[measure], unitName, year);
  const parts: Text[] = [];
  const total = (y: number) => {
    const bars = data.bars.filter((b) => b.year === y && b.value !== null);
    return bars.length === 0 ? null : bars.reduce((sum, b) => sum + (b.value ?? 0), 0);
  };
  const now = total(year);
  if (now !== null) {
    const previous = total(year - 1);
    parts.push(m.monthlyTotals(year, valueWords(indicator, now, lang), previous === null ? null : valueWords(indicator, previous, lang)));
    const bars = data.bars.filter((b) => b.year === year && b.value !== null);
    const peak = Math.max(...bars.map((b) => b.value ?? 0));
    const months = bars.filter((b) => b.value === peak).sort((a, b) => a.month - b.month).map((b) => b.label);
    if (peak > 0) parts.push(m.monthlyPeak(months.join(lang === 'en' ? ', ' : '、'), valueWords(indicator, peak, lang)));
    const compared = data.changes.filter((c) => c.change !== null);
    if (compared.length > 0) parts.push(m.monthlyVerdicts(compared.filter((c) => c.change! < 0).length, compared.filter((c) => c.change! > 0).length));
  }
  return m.sentence(lead, parts)[lang];
}
