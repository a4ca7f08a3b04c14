import type { Lang, UnitScore } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { SchemeNames } from '../data/item-labels.ts';
import { scoresOfYear } from '../data/scores-of-year.ts';
import { compositionSpec } from '../specs/composition-spec.ts';
import { heatmapSpec } from '../specs/heatmap-spec.ts';
import { rankingSpec } from '../specs/ranking-spec.ts';
import { chartName } from './chart-name.ts';

/**
 * A department-score chart resolved against the scores: its file name, its
 * kind, and the builder of its vega-lite specification (called when drawn).
 *
 * @example
 * const chart: PlannedScoreChart = { kind: 'ranking', name: 'ranking-total-2019', spec: () => rankingSpec(scores, { lang: 'en', year: 2019 }) };
 */
export interface PlannedScoreChart {
  kind: 'ranking' | 'heatmap' | 'composition';
  name: string;
  spec: () => TopLevelSpec;
}

/**
 * Options of {@link scoreCharts}.
 *
 * @example
 * const o: ScoreChartsOptions = { lang: 'zh-Hant', year: 2019 };
 */
export interface ScoreChartsOptions {
  lang: Lang;
  /** The year scored. */
  year: number;
  /** The scheme the scores come from, for its item names; default: items named after their indicators. */
  scheme?: SchemeNames;
}

/**
 * The department-score charts of a year, in order — the ranking view of the
 * dashboard and the scores section of `fazhi report`: the ranking by total
 * (`ranking-total-<year>`, when a unit has a total), the units × items
 * heatmap (`heatmap-items-<year>`) and the composition of the totals by
 * dimension (`composition-dimensions-<year>`), both when a unit was scored
 * that year. Empty when none was.
 *
 * @example
 * scoreCharts(scores, { lang: 'en', year: 2019 }).map((c) => c.name); // ['ranking-total-2019', 'heatmap-items-2019', 'composition-dimensions-2019']
 * scoreCharts(scores, { lang: 'en', year: 2030 }); // []
 */
export function scoreCharts(scores: readonly UnitScore[], options: ScoreChartsOptions): PlannedScoreChart[] {
  const { lang, year, scheme } = options;
  const shown = scoresOfYear(scores, year);
  const named = scheme === undefined ? {} : { scheme };
  const charts: PlannedScoreChart[] = [];
  if (shown.some((s) => s.total !== null)) {
    charts.push({ kind: 'ranking', name: chartName('ranking', 'total', year), spec: () => rankingSpec(scores, { lang, year, ...named }) });
  }
  if (shown.length > 0) {
    charts.push(
      { kind: 'heatmap', name: chartName('heatmap', 'items', year), spec: () => heatmapSpec(scores, { lang, year, ...named }) },
      { kind: 'composition', name: chartName('composition', 'dimensions', year), spec: () => compositionSpec(scores, { lang, year }) },
    );
  }
  return charts;
}
