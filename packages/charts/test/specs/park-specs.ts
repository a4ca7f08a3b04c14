import type { TopLevelSpec } from 'vega-lite';
import type { ChartLang } from '../../src/chart-base.ts';
import { compositionSpec } from '../../src/specs/composition-spec.ts';
import { heatmapSpec } from '../../src/specs/heatmap-spec.ts';
import { monthlyComparisonSpec } from '../../src/specs/monthly-comparison-spec.ts';
import { rankHistory } from '../../src/data/rank-history.ts';
import { rankHistorySpec } from '../../src/specs/rank-history-spec.ts';
import { rankingSpec } from '../../src/specs/ranking-spec.ts';
import { trendSpec } from '../../src/specs/trend-spec.ts';
import { yearlyComparisonSpec } from '../../src/specs/yearly-comparison-spec.ts';
import type { Park } from '../fixtures/park.ts';

/** A named way to build one chart of the park in a language. */
export interface ParkChart {
  name: string;
  build: (park: Park, lang: ChartLang) => TopLevelSpec;
}

/** Every chart builder, with the options the annual report uses and the edge cases (one year, no target, items, select). */
export const PARK_CHARTS: readonly ParkChart[] = [
  { name: 'yearly lost cases', build: (p, lang) => yearlyComparisonSpec(p.rows, { lang, indicator: 'litigation.lost_cases', years: [2018, 2019] }) },
  { name: 'yearly loss rate', build: (p, lang) => yearlyComparisonSpec(p.rows, { lang, indicator: 'litigation.loss_rate', years: [2019, 2018] }) },
  { name: 'yearly one year', build: (p, lang) => yearlyComparisonSpec(p.rows, { lang, indicator: 'reconsideration.cases', years: [2019] }) },
  { name: 'yearly jurisdiction only', build: (p, lang) => yearlyComparisonSpec(p.rows, { lang, indicator: 'safety.deaths_per_100m_gdp', years: [2018, 2019] }) },
  {
    name: 'yearly business dimension',
    build: (p, lang) => yearlyComparisonSpec(p.rows, { lang, indicator: 'business.dimension_score', years: [2018, 2019], select: { dimension: '开办企业' }, units: ['*'] }),
  },
  { name: 'trend with target', build: (p, lang) => trendSpec(p.rows, { lang, indicator: 'safety.incidents', unit: '*', target: 20, targetYear: 2021 }) },
  { name: 'trend without target', build: (p, lang) => trendSpec(p.rows, { lang, indicator: 'litigation.loss_rate', unit: '苏州工业园区劳动和社会保障局' }) },
  { name: 'monthly incidents', build: (p, lang) => monthlyComparisonSpec(p.incidents, { lang, year: 2019, measure: 'incidents' }) },
  { name: 'monthly deaths first year', build: (p, lang) => monthlyComparisonSpec(p.incidents, { lang, year: 2018, measure: 'deaths' }) },
  { name: 'ranking total', build: (p, lang) => rankingSpec(p.scores, { lang, year: 2019, requirement: 70 }) },
  { name: 'ranking total without requirement', build: (p, lang) => rankingSpec(p.scores, { lang, year: 2018 }) },
  { name: 'ranking item', build: (p, lang) => rankingSpec(p.scores, { lang, year: 2019, item: 'head-appearance', scheme: p.scheme }) },
  { name: 'heatmap', build: (p, lang) => heatmapSpec(p.scores, { lang, year: 2019 }) },
  { name: 'heatmap with scheme names', build: (p, lang) => heatmapSpec(p.scores, { lang, year: 2018, scheme: p.scheme }) },
  { name: 'composition', build: (p, lang) => compositionSpec(p.scores, { lang, year: 2019 }) },
  { name: 'rank history', build: (p, lang) => rankHistorySpec(rankHistory(p.scores, '唯亭街道'), { lang, unit: '唯亭街道' }) },
  { name: 'rank history of the jurisdiction', build: (p, lang) => rankHistorySpec(rankHistory(p.scores, '*'), { lang, unit: '*' }) },
];
