import type { Lang, UnitScore } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import { rankHistory, type RankHistoryPoint } from '../data/rank-history.ts';
import { rankHistorySpec } from '../specs/rank-history-spec.ts';
import { chartName } from './chart-name.ts';

/**
 * A department page's chart resolved against the scores: its file name, its
 * kind, the rows it is drawn from, and the builder of its specification.
 *
 * @example
 * const chart: PlannedDepartmentChart = departmentCharts(scores, '唯亭街道', { lang: 'en' })[0]!;
 * chart.name; // 'history-唯亭街道'
 */
export interface PlannedDepartmentChart {
  kind: 'rank-history';
  name: string;
  history: RankHistoryPoint[];
  spec: () => TopLevelSpec;
}

/**
 * Options of {@link departmentCharts}.
 *
 * @example
 * const o: DepartmentChartsOptions = { lang: 'en' };
 */
export interface DepartmentChartsOptions {
  lang: Lang;
}

/**
 * The charts of a department page: the unit's total and rank over the years
 * it was scored (`history-<unit>`, {@link rankHistorySpec}); none for a unit
 * never scored.
 *
 * @example
 * departmentCharts(scores, '唯亭街道', { lang: 'zh-Hans' }).map((c) => c.history.length); // [2]
 * departmentCharts(scores, '甲', { lang: 'zh-Hans' }); // []
 */
export function departmentCharts(scores: readonly UnitScore[], unit: string, options: DepartmentChartsOptions): PlannedDepartmentChart[] {
  const history = rankHistory(scores, unit);
  if (history.length === 0) return [];
  return [{ kind: 'rank-history', name: chartName('history', unit), history, spec: () => rankHistorySpec(history, { lang: options.lang, unit }) }];
}
