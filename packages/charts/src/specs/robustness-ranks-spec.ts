import { formatNumber, type UnitRobustness } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBase } from '../chart-base.ts';
import { unitLabel } from '../data/unit-label.ts';
import { VEGA_LITE_SCHEMA } from '../encode/vega-lite-schema.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { CHART_TITLES } from '../locale/chart-titles.ts';
import { chartConfig } from '../theme/chart-config.ts';
import { CATEGORY_COLORS } from '../theme/palette.ts';

/**
 * Options of {@link robustnessRanksSpec}.
 *
 * @example
 * const o: RobustnessRanksOptions = { lang: 'en', year: 2019, runs: 10000 };
 */
export interface RobustnessRanksOptions extends ChartBase {
  /** The year analysed, for the title. */
  year: number;
  /** The Monte Carlo runs so far, for the title. */
  runs: number;
}

/**
 * How certain each unit's rank is (the uncertainty analysis of
 * `robustnessAnalysis`): one line per unit, in the order given (nominal rank
 * first), from the 5th to the 95th percentile of its rank over the runs,
 * with a tick at the median rank and a dot at the rank under the scheme as
 * written; rank 1 on the left. A unit neither ranked nominally nor in any
 * run is left out. 18 px per unit high, 420 px wide by default.
 *
 * @example
 * robustnessRanksSpec(report.units, { lang: 'en', year: 2019, runs: 10000 }).title; // { text: 'How certain each rank is, 2019 (10,000 runs)' }
 */
export function robustnessRanksSpec(units: readonly UnitRobustness[], options: RobustnessRanksOptions): TopLevelSpec {
  const { lang } = options;
  const shown = units.filter((u) => u.nominalRank !== null || u.low !== null);
  const rank = (r: number | null): string => (r === null ? '—' : formatNumber(r, lang));
  const values = shown.map((u) => ({
    unit: unitLabel(u.unit, lang), nominal: u.nominalRank, median: u.medianRank, low: u.low, high: u.high,
    nominalText: rank(u.nominalRank), medianText: rank(u.medianRank), intervalText: u.low === null ? '—' : `${rank(u.low)}–${rank(u.high)}`,
  }));
  const maxRank = Math.max(1, ...shown.flatMap((u) => [u.nominalRank ?? 1, u.high ?? 1]));
  const y = { field: 'unit', type: 'nominal', sort: null, title: null, scale: { domain: values.map((v) => v.unit) } } as const;
  const x = { type: 'quantitative' as const, title: CHART_MESSAGES.rank[lang], scale: { domain: [1, maxRank], nice: false }, axis: { tickMinStep: 1, format: 'd' } };
  const tooltip = [
    { field: 'unit', type: 'nominal', title: CHART_MESSAGES.unit[lang] },
    { field: 'nominalText', type: 'nominal', title: CHART_MESSAGES.nominalRank[lang] },
    { field: 'medianText', type: 'nominal', title: CHART_MESSAGES.medianRank[lang] },
    { field: 'intervalText', type: 'nominal', title: CHART_MESSAGES.rankInterval[lang] },
  ];
  // Each layer names its series in a field, so that one colour scale (and one legend) covers the three marks.
  const series = (label: string) => ({ calculate: JSON.stringify(label), as: 'series' });
  const color = { field: 'series', type: 'nominal', title: null, scale: { domain: [CHART_MESSAGES.rankInterval[lang], CHART_MESSAGES.medianRank[lang], CHART_MESSAGES.nominalRank[lang]], range: [CATEGORY_COLORS[0], CATEGORY_COLORS[1], CATEGORY_COLORS[7]] } } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: options.title ?? CHART_TITLES.robustnessRanks(options.year, formatNumber(options.runs, lang))[lang] },
    config: chartConfig(lang),
    width: options.width ?? 420,
    height: options.height ?? Math.max(1, values.length) * 18,
    data: { values },
    layer: [
      { transform: [{ filter: { field: 'low', valid: true } }, series(CHART_MESSAGES.rankInterval[lang])], mark: { type: 'rule', strokeWidth: 3 }, encoding: { y, x: { field: 'low', ...x }, x2: { field: 'high' }, color, tooltip } },
      { transform: [{ filter: { field: 'median', valid: true } }, series(CHART_MESSAGES.medianRank[lang])], mark: { type: 'tick', thickness: 2, size: 14 }, encoding: { y, x: { field: 'median', ...x }, color, tooltip } },
      { transform: [{ filter: { field: 'nominal', valid: true } }, series(CHART_MESSAGES.nominalRank[lang])], mark: { type: 'point', filled: true, size: 45 }, encoding: { y, x: { field: 'nominal', ...x }, color, tooltip } },
    ],
  } as TopLevelSpec;
}
