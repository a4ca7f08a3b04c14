/**
 * `@fazhi/charts`: the annual report's charts as vega-lite specifications,
 * built from `@fazhi/core`'s results in three phases — `data/` (result
 * tables to flat, formatted chart rows), `encode/` (encodings and titles),
 * `specs/` (one builder per chart) — and `plan/`, the one plan of which
 * charts the report's sections, the dashboard's views and a department page
 * show, under which file names; with the words and time formats in
 * `locale/` (numbers and values are printed by `@fazhi/core`'s
 * `formatNumber` and `formatIndicatorValue`) and the look in `theme/`.
 * Nothing here renders; Node renders with `@fazhi/charts/render`, browsers
 * with vega-embed.
 *
 * @example
 * import { yearlyComparisonSpec } from '@fazhi/charts';
 * const spec = yearlyComparisonSpec(rows, { lang: 'zh-Hans', indicator: 'litigation.lost_cases', years: [2018, 2019] });
 *
 * @module
 */

// The charts.
export { CHART_LANGS, type ChartBase, type ChartLang } from './chart-base.ts';
export { yearlyComparisonSpec, type YearlyComparisonOptions } from './specs/yearly-comparison-spec.ts';
export { trendSpec, type TrendOptions } from './specs/trend-spec.ts';
export { monthlyComparisonSpec, type MonthlyComparisonOptions } from './specs/monthly-comparison-spec.ts';
export { rankingSpec, type RankingOptions } from './specs/ranking-spec.ts';
export { heatmapSpec, type HeatmapOptions } from './specs/heatmap-spec.ts';
export { compositionSpec, type CompositionOptions } from './specs/composition-spec.ts';
export { rankHistorySpec, type RankHistoryOptions } from './specs/rank-history-spec.ts';
export { robustnessRanksSpec, type RobustnessRanksOptions } from './specs/robustness-ranks-spec.ts';
export { robustnessSobolSpec, type RobustnessSobolOptions } from './specs/robustness-sobol-spec.ts';
export { kpiTiles, type KpiTarget, type KpiTile, type KpiTilesOptions } from './data/kpi-tiles.ts';

// The plan: which charts an area (a report section, a dashboard view), the scores and a department page show, and their names.
export { AREA_IDS, AREA_PLANS, areaPlan, type AreaChart, type AreaId, type AreaPlan } from './plan/area-plans.ts';
export { OVERVIEW_CHARTS } from './plan/overview-charts.ts';
export { reportIndicators } from './plan/report-indicators.ts';
export { areaCharts, type AreaChartsInput, type PlannedAreaChart } from './plan/area-charts.ts';
export { scoreCharts, type PlannedScoreChart, type ScoreChartsOptions } from './plan/score-charts.ts';
export { departmentCharts, type DepartmentChartsOptions, type PlannedDepartmentChart } from './plan/department-charts.ts';
export { comparedYears } from './plan/compared-years.ts';
export { openingYear, type OpeningYear, type OpeningYearOptions, type ThinYear } from './plan/opening-year.ts';
export { chartName } from './plan/chart-name.ts';
export { schemeRequirements, type IndicatorRequirement } from './plan/scheme-requirements.ts';
export { robustnessCharts, type PlannedRobustnessChart } from './plan/robustness-charts.ts';

// Phase 1: result tables → chart rows.
export { yearlyComparisonRows, type YearlyBar, type YearlyChange, type YearlyComparisonData, type YearlyComparisonRowsOptions } from './data/yearly-comparison-rows.ts';
export { trendRows, type TrendData, type TrendPoint, type TrendRowsOptions } from './data/trend-rows.ts';
export { monthlyComparisonRows, type MonthlyBar, type MonthlyChange, type MonthlyComparisonData, type MonthlyComparisonRowsOptions } from './data/monthly-rows.ts';
export { rankingRows, type RankingBar, type RankingRowsOptions } from './data/ranking-rows.ts';
export { heatmapCells, type HeatmapCell, type HeatmapData } from './data/heatmap-cells.ts';
export { compositionSegments, type CompositionData, type CompositionSegment, type CompositionTotal } from './data/composition-segments.ts';
export { rankHistory, type RankHistoryPoint } from './data/rank-history.ts';
export { changeVerdict, CHANGE_VERDICTS, indicatorChangeVerdict, type ChangeVerdict } from './data/change-verdict.ts';
export { SCORE_STATUSES, scoreStatusInk, scoreStatusLabel, scoreStatusScale, type ScoreStatus } from './data/score-status.ts';
export { indicatorValues } from './data/indicator-values.ts';
export type { RowSelection } from './data/row-selection.ts';
export { selectionPredicate } from './data/selection-predicate.ts';
export { selectionText } from './data/selection-text.ts';
export { scoresOfYear } from './data/scores-of-year.ts';
export { itemLabels, type SchemeNames } from './data/item-labels.ts';
export { unitLabel } from './data/unit-label.ts';

// Phase 2: encodings.
export { chartTitle } from './encode/chart-title.ts';
export { estimateTextWidth } from './encode/estimate-text-width.ts';
export { valueAxis } from './encode/value-axis.ts';
export { verdictColor } from './encode/verdict-color.ts';
export { VEGA_LITE_SCHEMA } from './encode/vega-lite-schema.ts';
export type { LayerView, UnitView, ViewSpec } from './encode/view-spec.ts';

// Words and numbers.
export { CHART_MESSAGES, type ChartMessageKey } from './locale/chart-messages.ts';
export { CHART_TITLES } from './locale/chart-titles.ts';
export { axisFormat } from './locale/axis-format.ts';
export { monthLabel } from './locale/month-label.ts';
export { TIME_LOCALES, type TimeLocale } from './locale/time-locale.ts';

// The look.
export { chartConfig } from './theme/chart-config.ts';
export { FONT_STACK, fontStackFor } from './theme/font-stack.ts';
export { CATEGORY_COLORS, STATUS_COLORS } from './theme/palette.ts';
