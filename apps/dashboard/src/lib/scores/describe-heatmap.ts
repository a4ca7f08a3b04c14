import { heatmapCells, type SchemeNames } from '@fazhi/charts';
import { formatNumber, type Lang, type UnitScore } from '@fazhi/core';
import { scoresMessages as m } from '../i18n/scores-messages.ts';

/**
 * The unit × item heatmap in words: how many units and items, how many
 * cells met, near, missed or without data, and the item missed by the most
 * units (the first in scheme order on a tie), from the same cells the chart
 * draws.
 *
 * @example
 * describeHeatmap(scores, 2019, 'en', scheme);
 * // '2019, 15 units × 20 items: 120 cells met, 10 near, 30 missed, 140 without data. The item missed most often is "Heads appearing in court" (9 units).'
 */
export function describeHeatmap(scores: readonly UnitScore[], year: number, lang: Lang, scheme?: SchemeNames): string {
  const data = heatmapCells(scores, { lang, year, ...(scheme === undefined ? {} : { scheme }) });
  const count = { met: 0, near: 0, missed: 0, none: 0 };
  const missedBy = new Map<string, number>();
  for (const c of data.cells) {
    if (c.status === 'met' || c.status === 'near' || c.status === 'none') count[c.status] += 1;
    else if (c.status === 'missed') {
      count.missed += 1;
      missedBy.set(c.itemLabel, (missedBy.get(c.itemLabel) ?? 0) + 1);
    }
  }
  const n = (x: number) => formatNumber(x, lang);
  const text = m.describe.heatmap(String(year), n(data.labels.length), n(data.items.length), n(count.met), n(count.near), n(count.missed), n(count.none))[lang];
  let worst: [string, number] | null = null;
  for (const item of data.items) {
    const missed = missedBy.get(item) ?? 0;
    if (missed > 0 && (worst === null || missed > worst[1])) worst = [item, missed];
  }
  return worst === null ? text : `${text}${lang === 'en' ? ' ' : ''}${m.describe.heatmapWorst(worst[0], n(worst[1]))[lang]}`;
}
