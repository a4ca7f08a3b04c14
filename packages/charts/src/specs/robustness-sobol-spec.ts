import { formatNumber, type LocalizedText, type SobolIndex } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartBase } from '../chart-base.ts';
import { VEGA_LITE_SCHEMA } from '../encode/vega-lite-schema.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { CHART_TITLES } from '../locale/chart-titles.ts';
import { chartConfig } from '../theme/chart-config.ts';
import { CATEGORY_COLORS } from '../theme/palette.ts';

/**
 * Options of {@link robustnessSobolSpec}.
 *
 * @example
 * const o: RobustnessSobolOptions = { lang: 'en', n: 1024 };
 */
export interface RobustnessSobolOptions extends ChartBase {
  /** The Sobol analysis's base runs N, for the title. */
  n: number;
}

/**
 * What moves the ranks (the sensitivity analysis of `robustnessAnalysis`):
 * per uncertain input, in the order given, two bars — its first-order and
 * its total Sobol index on the mean absolute rank shift — each with its
 * bootstrap 95% interval as a line. Indices are printed with two decimals;
 * a first-order estimate a little below 0 is drawn as it is. 36 px per input
 * high, 360 px wide by default.
 *
 * @example
 * robustnessSobolSpec(report.inputs.map((i) => i.name), report.sensitivity.meanAbsoluteShift, { lang: 'en', n: 1024 });
 */
export function robustnessSobolSpec(inputs: readonly LocalizedText[], indices: readonly SobolIndex[], options: RobustnessSobolOptions): TopLevelSpec {
  const { lang } = options;
  const first = CHART_MESSAGES.sobolFirst[lang];
  const total = CHART_MESSAGES.sobolTotal[lang];
  const digits = (x: number): string => formatNumber(Math.round(x * 100) / 100, lang);
  const values = indices.flatMap((s, i) => {
    const input = inputs[i]?.[lang] ?? String(i + 1);
    const row = (measure: string, value: number, interval: [number, number] | null) => ({
      input, measure, value, low: interval?.[0] ?? null, high: interval?.[1] ?? null,
      text: digits(value), intervalText: interval === null ? '—' : `${digits(interval[0])}–${digits(interval[1])}`,
    });
    return [row(first, s.first, s.firstInterval), row(total, s.total, s.totalInterval)];
  });
  const y = { field: 'input', type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 }, scale: { domain: inputs.slice(0, indices.length).map((n, i) => n[lang] ?? String(i + 1)) } } as const;
  const yOffset = { field: 'measure', type: 'nominal', sort: [first, total] } as const;
  const x = { type: 'quantitative', title: CHART_MESSAGES.sobolIndex[lang], scale: { domainMax: 1, nice: false } } as const;
  const tooltip = [
    { field: 'input', type: 'nominal', title: CHART_MESSAGES.uncertainInput[lang] },
    { field: 'measure', type: 'nominal', title: CHART_MESSAGES.sobolIndex[lang] },
    { field: 'text', type: 'nominal', title: ' ' },
    { field: 'intervalText', type: 'nominal', title: CHART_MESSAGES.sobolInterval[lang] },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: options.title ?? CHART_TITLES.robustnessSobol(formatNumber(options.n, lang))[lang] },
    config: chartConfig(lang),
    width: options.width ?? 360,
    height: options.height ?? Math.max(1, inputs.length) * 36,
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y, yOffset, x: { field: 'value', ...x },
          color: { field: 'measure', type: 'nominal', title: null, scale: { domain: [first, total], range: [CATEGORY_COLORS[0], CATEGORY_COLORS[1]] } },
          tooltip,
        },
      },
      { transform: [{ filter: { field: 'low', valid: true } }], mark: { type: 'rule', color: '#333' }, encoding: { y, yOffset, x: { field: 'low', ...x }, x2: { field: 'high' }, tooltip } },
    ],
  } as TopLevelSpec;
}
