import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { CHART_LANGS, type ChartLang } from '../../src/chart-base.ts';
import { compositionSpec } from '../../src/specs/composition-spec.ts';
import { heatmapSpec } from '../../src/specs/heatmap-spec.ts';
import { monthlyComparisonSpec } from '../../src/specs/monthly-comparison-spec.ts';
import { rankingSpec } from '../../src/specs/ranking-spec.ts';
import { trendSpec } from '../../src/specs/trend-spec.ts';
import { yearlyComparisonSpec } from '../../src/specs/yearly-comparison-spec.ts';
import { allStrings, compileWarnings, schemaErrors } from '../support/check-spec.ts';

const EMPTY: readonly [string, (lang: ChartLang) => TopLevelSpec][] = [
  ['yearlyComparisonSpec', (lang) => yearlyComparisonSpec([], { lang, indicator: 'litigation.loss_rate', years: [2018, 2019] })],
  ['trendSpec', (lang) => trendSpec([], { lang, indicator: 'safety.incidents', unit: '*', target: 20, targetYear: 2021 })],
  ['monthlyComparisonSpec', (lang) => monthlyComparisonSpec([], { lang, year: 2019, measure: 'deaths' })],
  ['rankingSpec', (lang) => rankingSpec([], { lang, year: 2019, requirement: 60 })],
  ['heatmapSpec', (lang) => heatmapSpec([], { lang, year: 2019 })],
  ['compositionSpec', (lang) => compositionSpec([], { lang, year: 2019 })],
];

describe.each(EMPTY)('%s of no data', (_, build) => {
  it.each(CHART_LANGS)('in %s is still a valid spec that compiles without a warning and prints no NaN or null', (lang) => {
    const spec = build(lang);
    expect(schemaErrors(spec)).toEqual([]);
    expect(compileWarnings(spec)).toEqual([]);
    expect(allStrings(spec).filter((s) => /NaN|null|undefined/.test(s))).toEqual([]);
  });
});
