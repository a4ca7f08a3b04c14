import { compositionSegments } from '@fazhi/charts';
import { formatNumber, type Lang, type UnitScore } from '@fazhi/core';
import { scoresMessages as m } from '../i18n/scores-messages.ts';

/**
 * The composition chart in words: how many units' totals are broken down by
 * dimension, and the dimension with the most points lost over all units (on
 * the chart's scale; the first in scheme order on a tie), from the same
 * segments the chart draws.
 *
 * @example
 * describeComposition(scores, 2019, 'zh-Hans'); // '2019 年 27 个单位的总分按维度分解。失分最多的维度是“行政应诉”，各单位合计失 120.5 分。'
 */
export function describeComposition(scores: readonly UnitScore[], year: number, lang: Lang): string {
  const data = compositionSegments(scores, { lang, year });
  const text = m.describe.composition(String(year), formatNumber(data.labels.length, lang))[lang];
  const lost = new Map<string, number>();
  for (const s of data.segments) if (s.part === 'lost') lost.set(s.dimensionName, (lost.get(s.dimensionName) ?? 0) + -s.value);
  let worst: [string, number] | null = null;
  for (const d of data.dimensions) {
    const points = lost.get(d) ?? 0;
    if (points > 0 && (worst === null || points > worst[1])) worst = [d, points];
  }
  return worst === null ? text : `${text}${lang === 'en' ? ' ' : ''}${m.describe.compositionLost(worst[0], formatNumber(worst[1], lang, { digits: 1 }))[lang]}`;
}
