/**
 * Renders the park's charts (fixtures/sip-2019 scored with
 * schemes/sip-example-2019.yaml) to PNG and SVG in every chart language, so a
 * person can look at them: `pnpm --filter @fazhi/charts preview [OUT_DIR]`
 * (default /tmp/charts-preview).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { JURISDICTION } from '@fazhi/core';
import { CHART_LANGS, compositionSpec, heatmapSpec, monthlyComparisonSpec, rankingSpec, trendSpec, yearlyComparisonSpec, type ChartLang } from '../src/index.ts';
import { renderSvg, svgToPng } from '../src/render/index.ts';
import { park } from '../test/fixtures/park.ts';

const out = process.argv[2] ?? '/tmp/charts-preview';
mkdirSync(out, { recursive: true });
const { rows, incidents, scores } = await park();
const years = [2018, 2019];

const charts: Record<string, (lang: ChartLang) => TopLevelSpec> = {
  'yearly-head-appearance-rate': (lang) => yearlyComparisonSpec(rows, { lang, indicator: 'litigation.head_appearance_rate', years }),
  'yearly-lost-cases': (lang) => yearlyComparisonSpec(rows, { lang, indicator: 'litigation.lost_cases', years }),
  'yearly-filing-rate': (lang) => yearlyComparisonSpec(rows, { lang, indicator: 'documents.filing_rate', years }),
  'yearly-enforcement-mean-score': (lang) => yearlyComparisonSpec(rows, { lang, indicator: 'enforcement.mean_score', years }),
  'trend-safety-incidents': (lang) => trendSpec(rows, { lang, indicator: 'safety.incidents', unit: JURISDICTION, target: 20, targetYear: 2021 }),
  'trend-loss-rate': (lang) => trendSpec(rows, { lang, indicator: 'litigation.loss_rate', unit: JURISDICTION }),
  'monthly-safety-incidents': (lang) => monthlyComparisonSpec(incidents, { lang, year: 2019, measure: 'incidents' }),
  'ranking-total': (lang) => rankingSpec(scores, { lang, year: 2019, requirement: 80 }),
  'ranking-filing-rate': (lang) => rankingSpec(scores, { lang, year: 2019, item: 'filing-rate' }),
  'heatmap-2019': (lang) => heatmapSpec(scores, { lang, year: 2019 }),
  'composition-2019': (lang) => compositionSpec(scores, { lang, year: 2019 }),
  'monthly-safety-deaths': (lang) => monthlyComparisonSpec(incidents, { lang, year: 2019, measure: 'deaths' }),
};

for (const [name, build] of Object.entries(charts)) {
  for (const lang of CHART_LANGS) {
    const svg = await renderSvg(build(lang), { lang });
    const file = join(out, `${name}.${lang}`);
    writeFileSync(`${file}.svg`, svg);
    writeFileSync(`${file}.png`, svgToPng(svg, { lang }));
    process.stderr.write(`${file}.png\n`);
  }
}
