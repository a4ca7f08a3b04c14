import { type TrendData } from '@fazhi/charts';
import { catalogueEntry, formatIndicatorChange, type IndicatorId, type Lang } from '@fazhi/core';
import type { Text } from '../i18n/lang.ts';
import { viewsMessages as m } from '../i18n/views-messages.ts';
import { valueWords } from './value-words.ts';

/**
 * A trend chart in words, from the data it is drawn from (charts'
 * `trendRows`): the indicator, whose trend (`unitName`, already in the
 * language) and over which years, the value of every year with one, the
 * change of the last from the one before, and the requirement when there is
 * one. `detail` qualifies the indicator's name (a business dimension).
 *
 * @example
 * trendDescription(data, 'litigation.head_appearance_rate', '全区', 'zh-Hans');
 * // '负责人出庭应诉率，全区，2018—2019 年走势：2018 年 41.2%；2019 年 60.3%；较 2018 年 +19.1个百分点；要求 80%。'
 */
export function trendDescription(data: TrendData, indicator: IndicatorId, unitName: string, lang: Lang, detail?: string): string {
  const name = catalogueEntry(indicator).name;
  const subject: Text = detail === undefined ? name : { 'zh-Hant': `${name['zh-Hant']}（${detail}）`, 'zh-Hans': `${name['zh-Hans']}（${detail}）`, en: `${name.en} (${detail})` };
  const known = data.points.filter((p) => p.value !== null) as { year: number; value: number }[];
  const lead = m.trendLead(subject, unitName, known.map((p) => p.year));
  const parts: Text[] = known.map((p) => m.yearValue(p.year, valueWords(indicator, p.value, lang)));
  const last = known[known.length - 1];
  const before = known[known.length - 2];
  if (last !== undefined && before !== undefined) parts.push(m.trendChange(formatIndicatorChange(indicator, last.value - before.value, lang), before.year));
  if (data.targetText !== null) parts.push(m.target(data.targetText));
  return m.sentence(lead, parts)[lang];
}
