import type { Lang, RobustnessReport } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import { robustnessRanksSpec } from '../specs/robustness-ranks-spec.ts';
import { robustnessSobolSpec } from '../specs/robustness-sobol-spec.ts';
import { chartName } from './chart-name.ts';

/**
 * A robustness chart resolved against an analysis: its file name, its kind,
 * and the builder of its vega-lite specification (called when drawn).
 *
 * @example
 * const chart: PlannedRobustnessChart = { kind: 'ranks', name: 'robustness-ranks-2019', spec: () => robustnessRanksSpec(report.units, { lang: 'en', year: 2019, runs: 1000 }) };
 */
export interface PlannedRobustnessChart {
  kind: 'ranks' | 'sobol';
  name: string;
  spec: () => TopLevelSpec;
}

/**
 * The charts of a robustness analysis, in order — the dashboard's
 * Robustness view and the robustness section of `fazhi report`: the rank
 * intervals (`robustness-ranks-<year>`, when the Monte Carlo ran and a unit
 * has a rank) and the Sobol indices on the mean absolute rank shift
 * (`robustness-sobol-<year>`, when the sensitivity analysis ran and the
 * shift varied). Empty for a scheme without uncertain inputs.
 *
 * @example
 * robustnessCharts(report, { lang: 'en' }).map((c) => c.name); // ['robustness-ranks-2019', 'robustness-sobol-2019']
 */
export function robustnessCharts(report: RobustnessReport, options: { lang: Lang }): PlannedRobustnessChart[] {
  const { lang } = options;
  const { year, uncertainty, sensitivity } = report;
  const charts: PlannedRobustnessChart[] = [];
  if (uncertainty !== null && report.units.some((u) => u.nominalRank !== null || u.low !== null)) {
    charts.push({ kind: 'ranks', name: chartName('robustness', 'ranks', year), spec: () => robustnessRanksSpec(report.units, { lang, year, runs: uncertainty.runs }) });
  }
  const shift = sensitivity?.meanAbsoluteShift ?? null;
  if (sensitivity != null && shift !== null) {
    charts.push({ kind: 'sobol', name: chartName('robustness', 'sobol', year), spec: () => robustnessSobolSpec(report.inputs.map((i) => i.name), shift, { lang, n: sensitivity.n }) });
  }
  return charts;
}
