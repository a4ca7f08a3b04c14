import { formatNumber } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBase } from '../chart-base.ts';
import type { RankHistoryPoint } from '../data/rank-history.ts';
import { unitLabel } from '../data/unit-label.ts';
import { VEGA_LITE_SCHEMA } from '../encode/vega-lite-schema.ts';
import { markTooltip } from '../encode/mark-tooltip.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { CHART_TITLES } from '../locale/chart-titles.ts';
import { chartConfig } from '../theme/chart-config.ts';
import { CATEGORY_COLORS } from '../theme/palette.ts';

/**
 * Options of {@link rankHistorySpec}.
 *
 * @example
 * const o: RankHistoryOptions = { lang: 'en', unit: '唯亭街道' };
 */
export interface RankHistoryOptions extends ChartBase {
  /** The unit, for the title. */
  unit: string;
}

/**
 * A unit's total and rank over the years (the department page): two panels
 * over the same years (ordinal integers) — the total as a line with its
 * values printed ("否决" after a vetoed total), and the rank as a line whose
 * axis runs from the most units ranked at the bottom to 1 at the top,
 * labelled "3 / 15" (left out when the unit was never ranked, as the
 * jurisdiction). A year without a total (or rank) breaks its line. Each
 * panel is 80 px per year wide, at least 240.
 *
 * @example
 * rankHistorySpec(rankHistory(scores, '唯亭街道'), { lang: 'zh-Hans', unit: '唯亭街道' }).title; // { text: '唯亭街道 · 历年总分与排名' }
 */
export function rankHistorySpec(history: readonly RankHistoryPoint[], options: RankHistoryOptions): TopLevelSpec {
  const { lang } = options;
  const years = history.map((p) => p.year);
  const width = options.width ?? Math.max(240, 80 * years.length);
  const height = options.height ?? 140;
  const values = history.map((p) => ({
    year: p.year, total: p.total, rank: p.rank,
    totalText: p.total === null ? '—' : formatNumber(p.total, lang) + (p.failed ? ` ${CHART_MESSAGES.failed[lang]}` : ''),
    rankText: p.rank === null ? '—' : `${formatNumber(p.rank, lang)} / ${formatNumber(p.ranked, lang)}`,
  }));
  const maxRank = Math.max(1, ...history.map((p) => p.ranked));
  const x = { field: 'year', type: 'ordinal', title: CHART_MESSAGES.year[lang], scale: { domain: years }, axis: { labelAngle: 0 } } as const;
  const tooltip = markTooltip([['year', CHART_MESSAGES.year[lang]], ['totalText', CHART_MESSAGES.total[lang]], ['rankText', CHART_MESSAGES.rank[lang]]]);
  const panel = (field: 'total' | 'rank', text: 'totalText' | 'rankText', y: Record<string, unknown>, color: string) => ({
    width,
    height,
    layer: [
      { transform: [{ filter: { field, valid: true } }], mark: { type: 'line', color, strokeWidth: 2, point: { size: 50, filled: true, color } }, encoding: { x, y: { field, type: 'quantitative', ...y }, tooltip } },
      { transform: [{ filter: { field, valid: true } }], mark: { type: 'text', dy: -10, fontSize: 11 }, encoding: { x, y: { field, type: 'quantitative', ...y }, text: { field: text, type: 'nominal' }, tooltip } },
    ],
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: options.title ?? CHART_TITLES.rankHistory(unitLabel(options.unit, lang))[lang] },
    config: chartConfig(lang),
    data: { values },
    vconcat: [
      panel('total', 'totalText', { title: CHART_MESSAGES.total[lang], scale: { zero: false, nice: true }, axis: { format: '~g' } }, CATEGORY_COLORS[0]),
      // A unit never ranked (the jurisdiction) gets no rank panel: an empty axis would read as missing data.
      ...(history.some((p) => p.rank !== null)
        ? [panel('rank', 'rankText', { title: CHART_MESSAGES.rank[lang], scale: { domain: [maxRank, 1], nice: false }, axis: { tickMinStep: 1, format: 'd' } }, CATEGORY_COLORS[1])]
        : []),
    ],
  } as TopLevelSpec;
}
