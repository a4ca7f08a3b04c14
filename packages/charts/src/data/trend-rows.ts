import { formatIndicatorChange, formatIndicatorValue, indicatorTrend, TRAFFIC_LIGHT_COLORS, trendStatusLabel, type IndicatorId, type IndicatorRow, type IndicatorTrend, type TrendStatus } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { fractionText } from './fraction-text.ts';
import type { RowSelection } from './row-selection.ts';
import { selectionPredicate } from './selection-predicate.ts';

/**
 * One year of a trend chart.
 *
 * @example
 * const p: TrendPoint = { year: 2019, value: 29, text: '29', fraction: '—', changeText: '−4' };
 */
export interface TrendPoint {
  /** The year, an integer. */
  year: number;
  /** The indicator's value; null when it could not be computed that year. */
  value: number | null;
  /** The value as printed ("—" when null). */
  text: string;
  /** Numerator / denominator as printed for the tooltip ("—" for a count or no row). */
  fraction: string;
  /** The change from the year before, as printed ("—" when either is missing). */
  changeText: string;
}

/**
 * The data of a trend chart.
 *
 * @example
 * trendRows(rows, { lang: 'en', indicator: 'safety.incidents', unit: '*', target: 20, targetYear: 2021 }).trend.arrow; // '↑'
 */
export interface TrendData {
  /** One point per year of the series, and of every year between (null when missing), up to the target year. */
  points: TrendPoint[];
  /** The years on the axis, ascending and contiguous. */
  years: number[];
  /** Core's trend of the indicator (status, arrow, change …). */
  trend: IndicatorTrend;
  /** The status's label in the language, with its arrow ("↑ On track or target maintained"); null without a status. */
  statusText: string | null;
  /** The colour of the status (the traffic lights: on track green … worsening red); null without a status. */
  statusColor: string | null;
  /** The target as printed ("20"), null without one. */
  targetText: string | null;
}

/**
 * Options of {@link trendRows}.
 *
 * @example
 * const o: TrendRowsOptions = { lang: 'zh-Hant', indicator: 'safety.deaths', unit: '*' };
 */
export interface TrendRowsOptions {
  /** The language of labels and numbers. */
  lang: ChartLang;
  /** The indicator. */
  indicator: IndicatorId;
  /** The unit (`*` for the jurisdiction). */
  unit: string;
  /** The value to reach by `targetYear`; default: none (no target line, no status). */
  target?: number;
  /** The year by which to reach `target`; default: none (no status). */
  targetYear?: number;
  /** Which row when an indicator has several per unit × year; default: none. */
  select?: RowSelection;
}

/** The status colours: SDG dashboards colour the arrows like the lights. */
const STATUS_LIGHT: Readonly<Record<TrendStatus, string>> = {
  on_track: TRAFFIC_LIGHT_COLORS.green,
  moderately_improving: TRAFFIC_LIGHT_COLORS.yellow,
  stagnating: TRAFFIC_LIGHT_COLORS.orange,
  worsening: TRAFFIC_LIGHT_COLORS.red,
};

/**
 * The points of a trend chart and core's {@link indicatorTrend} of the
 * series (status and arrow when a target and target year are given). Years
 * between the first and the last (or the target year) without a row are
 * points with a null value, so the axis has no holes and the line breaks
 * there.
 *
 * @example
 * const d = trendRows(rows, { lang: 'zh-Hans', indicator: 'safety.incidents', unit: '*', target: 20, targetYear: 2021 });
 * d.points.map((p) => p.year); // [2018, 2019, 2020, 2021]
 * d.statusText; // '↑ 达成目标或进度达标'
 */
export function trendRows(rows: readonly IndicatorRow[], options: TrendRowsOptions): TrendData {
  const { lang, indicator, unit, target, targetYear } = options;
  const select = selectionPredicate(options.select);
  const trend = indicatorTrend(rows, indicator, unit, {
    ...(select === undefined ? {} : { select }),
    ...(target === undefined ? {} : { target }),
    ...(targetYear === undefined ? {} : { targetYear }),
  });
  const known = new Map(trend.series.map((p) => [p.year, p.value]));
  const first = trend.series[0]?.year;
  const last = Math.max(trend.series[trend.series.length - 1]?.year ?? -Infinity, target === undefined ? -Infinity : targetYear ?? -Infinity);
  const years: number[] = [];
  if (first !== undefined) for (let y = first; y <= last; y += 1) years.push(y);
  const rowOf = new Map(rows.filter((r) => r.indicator === indicator && r.unit === unit && (select === undefined || select(r))).map((r) => [r.year, r]));
  const points = years.map((year) => {
    const value = known.get(year) ?? null;
    const before = known.get(year - 1) ?? null;
    return {
      year, value, text: formatIndicatorValue(indicator, value, lang),
      fraction: fractionText(rowOf.get(year), lang),
      changeText: formatIndicatorChange(indicator, value === null || before === null ? null : value - before, lang),
    };
  });
  return {
    points,
    years,
    trend,
    statusText: trend.status === null ? null : `${trend.arrow ?? ''} ${trendStatusLabel(trend.status)[lang]}`,
    statusColor: trend.status === null ? null : STATUS_LIGHT[trend.status],
    targetText: target === undefined ? null : formatIndicatorValue(indicator, target, lang),
  };
}
