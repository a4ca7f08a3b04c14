import type { YearlyComparisonData } from '@fazhi/charts';
import { catalogueEntry, type IndicatorId, type Lang } from '@fazhi/core';
import type { Text } from '../i18n/lang.ts';
import { viewsMessages as m } from '../i18n/views-messages.ts';
import { valueWords } from './value-words.ts';

/**
 * A yearly comparison chart in words, from the data it is drawn from
 * (charts' `yearlyComparisonRows`): the indicator and years, in the last
 * year the highest and the lowest unit (or how many are tied), and from the
 * year before how many units improved, worsened or stayed (rose and fell,
 * for an indicator without a better direction). One unit: its value in each
 * year. Nothing is canned: every name and number comes from the data.
 *
 * @example
 * yearlyDescription(data, 'litigation.lost_cases', 'zh-Hans');
 * // '败诉案件数，按单位，2018—2019 年比较：2019 年最高：苏州工业园区劳动和社会保障局 4 件；最低：11 个单位并列 0 件；与 2018 年相比 …。'
 */
export function yearlyDescription(data: YearlyComparisonData, indicator: IndicatorId, lang: Lang): string {
  const entry = catalogueEntry(indicator);
  const lead = m.yearlyLead(entry.name, data.years);
  const last = data.years[data.years.length - 1];
  const parts: Text[] = [];
  if (last === undefined) return m.sentence(lead, parts)[lang];
  if (data.units.length === 1) {
    const values = data.bars.map((b) => m.yearValue(b.year, valueWords(indicator, b.value, lang))[lang]);
    parts.push(m.yearlyOneUnit(data.labels[0] ?? '', values.join(lang === 'en' ? ', ' : '，')));
    return m.sentence(lead, parts)[lang];
  }
  const latest = data.bars.filter((b) => b.year === last && b.value !== null) as { label: string; value: number }[];
  if (latest.length > 0) {
    const values = latest.map((b) => b.value);
    const high = Math.max(...values);
    const low = Math.min(...values);
    const at = (v: number) => latest.filter((b) => b.value === v);
    const who = (v: number): Text => {
      const tied = at(v);
      const words = valueWords(indicator, v, lang);
      return tied.length === 1 ? m.unitValue(tied[0]!.label, words) : m.tiedValue(tied.length, words);
    };
    parts.push(high === low ? m.yearlyAll(last, valueWords(indicator, high, lang), latest.length) : m.yearlyHighLow(last, who(high)[lang], who(low)[lang]));
  }
  const from = data.years[data.years.length - 2];
  if (from !== undefined) {
    const changes = data.changes.filter((c) => c.to === last && c.change !== null);
    if (changes.length > 0) {
      if (entry.better === null) {
        // Without a better direction the verdict is only ever 'same' (prints as 0) or 'none': count rises and falls.
        const up = changes.filter((c) => c.verdict !== 'same' && c.change! > 0).length;
        const down = changes.filter((c) => c.verdict !== 'same' && c.change! < 0).length;
        parts.push(m.yearlyDirections(from, up, down, changes.length - up - down));
      } else {
        const count = (v: string) => changes.filter((c) => c.verdict === v).length;
        parts.push(m.yearlyVerdicts(from, count('better'), count('worse'), count('same')));
      }
    }
  }
  return m.sentence(lead, parts)[lang];
}
