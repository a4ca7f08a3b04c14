import { catalogueEntry, type IndicatorId } from '../indicators/catalogue.ts';
import type { IndicatorRow } from '../indicators/indicator-row.ts';
import type { Direction } from '../scoring/scheme.ts';
import { compoundAnnualGrowth } from './compound-annual-growth.ts';
import { indicatorSeries } from './indicator-series.ts';
import { knownPoints } from './known-points.ts';
import { linearSlope } from './linear-slope.ts';
import { sdgTrendStatus, type TrendArrow, type TrendStatus } from './sdg-trend-status.ts';
import type { SeriesPoint } from './series-point.ts';
import { trafficLight, type TrafficLight, type TrafficLightThresholds } from './traffic-light.ts';
import { yearOverYear } from './year-over-year.ts';

/**
 * Options of {@link indicatorTrend}. Without a target and target year there is
 * no status; without thresholds no light.
 *
 * @example
 * const options: IndicatorTrendOptions = { year: 2019, target: 20, targetYear: 2021, thresholds: { green: 20, red: 40 } };
 */
export interface IndicatorTrendOptions {
  /** Keeps only some of the indicator's rows (business rows: one dimension or item). Default: every row of the indicator and unit. */
  select?: (row: IndicatorRow) => boolean;
  /** The year to report as of; later years are ignored. Default: the last year of the series. */
  year?: number;
  /** Which way is better. Default: the catalogue's `better`; when that is null, no status and no light. */
  direction?: Direction;
  /** The value to reach by `targetYear`, for the status arrow. Default: none (no status). */
  target?: number;
  /** The year by which to reach `target`. Default: none (no status). */
  targetYear?: number;
  /** First year of the window of the observed yearly change. Default: the first year of the series. */
  since?: number;
  /** Traffic-light thresholds, applied to the latest value. Default: none (no light). */
  thresholds?: TrafficLightThresholds;
}

/**
 * Everything trend-like about one indicator of one unit, as of a year.
 *
 * @example
 * const t: IndicatorTrend = indicatorTrend(rows, 'safety.deaths', '*');
 * t.latest; // { year: 2019, value: 26 }
 */
export interface IndicatorTrend {
  /** The catalogue id asked for. */
  indicator: IndicatorId;
  /** The unit asked for (`*` for the jurisdiction). */
  unit: string;
  /** The direction used: the override, else the catalogue's; null when neither gives one. */
  direction: Direction | null;
  /** The series up to the as-of year, sorted by year. */
  series: SeriesPoint[];
  /** The last known value at or before the as-of year; null when there is none. */
  latest: {
    /** The year of the latest known value. */
    year: number;
    /** The latest known value. */
    value: number;
  } | null;
  /** The value of the year before `latest` (null when that year has no row or a null value). */
  previous: number | null;
  /** latest − previous. */
  change: number | null;
  /** (latest − previous) / |previous| as a fraction; null when previous is 0 or missing. */
  percent: number | null;
  /** Compound annual growth over the series (see {@link compoundAnnualGrowth}). */
  cagr: number | null;
  /** Least-squares slope per year over the series (see {@link linearSlope}). */
  slope: number | null;
  /** SDG trend status; null without target, target year or direction, or with fewer than two known values. */
  status: TrendStatus | null;
  /** The status's arrow (↑ ➚ → ↓); null with the status. */
  arrow: TrendArrow | null;
  /** Observed yearly change used for the status (see {@link sdgTrendStatus}); null when no status was asked for. */
  observed: number | null;
  /** Required yearly change used for the status; null when no status was asked for. */
  required: number | null;
  /** Traffic light of the latest value; null without thresholds, direction or latest value. */
  light: TrafficLight | null;
}

/**
 * The trend of an indicator for a unit from indicator rows: latest value,
 * change and relative change from the year before, compound annual growth,
 * linear slope and, when the options give a target and target year or
 * traffic-light thresholds, the SDG-style status arrow and light.
 *
 * The better direction comes from the catalogue (`better`) unless
 * `options.direction` overrides it. Indicators whose `better` is null
 * (documents issued, cases filed: more is neither better nor worse) get no
 * status and no light (null) unless a direction is given, since neither can
 * be judged without one.
 *
 * @example
 * indicatorTrend(rows, 'safety.incidents', '*', { target: 20, targetYear: 2021, thresholds: { green: 20, red: 40 } });
 * // { latest: { year: 2019, value: 29 }, previous: 42, change: -13, percent: -0.3095…,
 * //   status: 'on_track', arrow: '↑', light: 'yellow', … }
 */
export function indicatorTrend(
  rows: readonly IndicatorRow[],
  indicator: IndicatorId,
  unit: string,
  options: IndicatorTrendOptions = {},
): IndicatorTrend {
  const { select, year, target, targetYear, since, thresholds } = options;
  const direction = options.direction ?? catalogueEntry(indicator).better;
  const full = indicatorSeries(rows, indicator, unit, select);
  const series = year === undefined ? full : full.filter((p) => p.year <= year);
  const known = knownPoints(series);
  const latest = known[known.length - 1] ?? null;
  const previousPoint = latest === null ? undefined : series.find((p) => p.year === latest.year - 1);
  const previous = previousPoint?.value ?? null;
  const { change, percent } = yearOverYear(latest?.value ?? null, previous);
  const trend = direction !== null && target !== undefined && targetYear !== undefined
    ? sdgTrendStatus(series, since === undefined ? { target, targetYear, direction } : { target, targetYear, direction, since })
    : null;
  return {
    indicator,
    unit,
    direction,
    series,
    latest,
    previous,
    change,
    percent,
    cagr: compoundAnnualGrowth(series),
    slope: linearSlope(series),
    status: trend?.status ?? null,
    arrow: trend?.arrow ?? null,
    observed: trend?.observed ?? null,
    required: trend?.required ?? null,
    light: direction !== null && thresholds !== undefined ? trafficLight(latest?.value ?? null, thresholds, direction) : null,
  };
}
