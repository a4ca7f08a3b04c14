import { unitLabel, type RankHistoryPoint } from '@fazhi/charts';
import { formatNumber, type Lang } from '@fazhi/core';
import { scoresMessages as m } from '../i18n/scores-messages.ts';

/**
 * A unit's history chart in words: each year's total and rank ("2019 年 74 分（第 13 名 / 15）"),
 * oldest first; "not ranked" or "not computable" where so.
 *
 * @example
 * describeRankHistory(rankHistory(scores, '唯亭街道'), '唯亭街道', 'en'); // '唯亭街道, total and rank by year: 2018: 70 (12 of 16); 2019: 74 (13 of 15).'
 */
export function describeRankHistory(history: readonly RankHistoryPoint[], unit: string, lang: Lang): string {
  const label = unitLabel(unit, lang);
  if (history.length === 0) return m.describe.historyNone(label)[lang];
  const entries = history.map((p) => {
    if (p.total === null) return m.describe.historyEntryNone(String(p.year))[lang];
    const rank = p.rank === null ? m.notRanked[lang] : m.rankOf(formatNumber(p.rank, lang), formatNumber(p.ranked, lang))[lang];
    return m.describe.historyEntry(String(p.year), formatNumber(p.total, lang), rank)[lang];
  });
  return m.describe.history(label, entries.join(m.describe.listSeparator[lang]))[lang];
}
