import { unitLabel, type PlannedAreaChart } from '@fazhi/charts';
import type { Lang } from '@fazhi/core';
import type { EvidenceQuery } from './evidence-query.ts';

/**
 * A mark of a chart whose records can be listed: what it says ("苏州工业园区司法局 ·
 * 2019: 3") and the row behind it.
 *
 * @example
 * const mark: ChartMarkRecords = { label: '全区 · 2019: 9', query: { indicator: 'litigation.lost_cases', unit: '*', year: 2019 } };
 */
export interface ChartMarkRecords {
  label: string;
  query: EvidenceQuery;
}

/**
 * The marks of an area chart whose records can be opened: a comparison's
 * bars with a value (unit × year), a trend's points with a value (its unit
 * and dimension, per year); none for a monthly chart (a month is no
 * indicator row).
 *
 * @example
 * chartRecords(areaCharts(areaPlan('litigation').charts, input)[0]!, 'en')[0]?.query;
 * // { indicator: 'litigation.lost_cases', unit: '苏州工业园区…', year: 2018 }
 */
export function chartRecords(chart: PlannedAreaChart, lang: Lang): ChartMarkRecords[] {
  if (chart.kind === 'yearly') {
    return chart.data().bars.filter((b) => b.value !== null).map((b) => ({
      label: `${b.label} · ${b.year}: ${b.text}`, query: { indicator: chart.indicator, unit: b.unit, year: b.year },
    }));
  }
  if (chart.kind === 'trend') {
    const unit = chart.unit;
    return chart.data().points.filter((p) => p.value !== null).map((p) => ({
      label: `${unitLabel(unit, lang)}${chart.dimension === null ? '' : ` · ${chart.dimension}`} · ${p.year}: ${p.text}`,
      query: { indicator: chart.indicator, unit, year: p.year, ...(chart.dimension === null ? {} : { dimension: chart.dimension }) },
    }));
  }
  return [];
}

/**
 * The mark of `marks` a clicked datum stands for: the same year, and the
 * same unit when the datum names one (a trend's points do not: the chart
 * has one unit). Null when none matches.
 *
 * @example
 * markOfDatum(marks, { unit: '*', year: 2019, value: 9 })?.query.year; // 2019
 */
export function markOfDatum(marks: readonly ChartMarkRecords[], datum: Readonly<Record<string, unknown>>): ChartMarkRecords | null {
  const year = datum['year'];
  const unit = datum['unit'];
  return marks.find((m) => m.query.year === year && (typeof unit !== 'string' || m.query.unit === unit)) ?? null;
}
