import { unitLabel } from '@fazhi/charts';
import { formatNumber, type Lang } from '@fazhi/core';
import { scoresMessages as m } from '../i18n/scores-messages.ts';
import type { RankingTableRow } from './ranking-table-rows.ts';

/**
 * The ranking chart in words: the first three units (ties included: every
 * unit sharing the third rank is named) and the last, with their totals,
 * how many units were ranked and how many could not be scored.
 *
 * @example
 * describeRanking(rankingTableRows(scores, 2019), 2019, 'zh-Hans');
 * // '2019 年总分排名：第 1 名苏州工业园区科技和信息化局 100.5 分，…，末位苏州工业园区不动产登记中心 65.33 分。共 15 个单位参与排名，另有 12 个单位数据不足无法计分。'
 */
export function describeRanking(rows: readonly RankingTableRow[], year: number, lang: Lang): string {
  const ranked = rows.filter((r) => r.rank !== null && r.total !== null);
  if (ranked.length === 0) return m.describe.noneRanked(String(year))[lang];
  const total = (r: RankingTableRow) => formatNumber(r.total ?? 0, lang);
  const top = ranked.filter((r) => (r.rank ?? Infinity) <= 3);
  const entries = top.map((r) => m.describe.rankingEntry(formatNumber(r.rank ?? 0, lang), unitLabel(r.unit, lang), total(r))[lang]);
  const last = ranked.at(-1);
  if (last !== undefined && !top.includes(last)) entries.push(m.describe.rankingLast(unitLabel(last.unit, lang), total(last))[lang]);
  const unscored = rows.length - ranked.length;
  return m.describe.ranking(String(year), entries.join(m.describe.listSeparator[lang]), formatNumber(ranked.length, lang), formatNumber(unscored, lang))[lang];
}
