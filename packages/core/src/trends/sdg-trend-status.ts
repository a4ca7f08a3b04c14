import type { Direction } from '../scoring/scheme.ts';
import { atLeast } from './at-least.ts';
import { knownPoints } from './known-points.ts';
import type { SeriesPoint } from './series-point.ts';

/**
 * The four trend statuses of the SDG Index trend dashboards (Sachs et al.,
 * Sustainable Development Report): on track (or target reached and
 * maintained), moderately improving, stagnating, worsening.
 *
 * @example
 * const status: TrendStatus = 'moderately_improving';
 */
export type TrendStatus = 'on_track' | 'moderately_improving' | 'stagnating' | 'worsening';

/**
 * The statuses, best first.
 *
 * @example
 * TREND_STATUSES[0]; // 'on_track'
 */
export const TREND_STATUSES = ['on_track', 'moderately_improving', 'stagnating', 'worsening'] as const satisfies readonly TrendStatus[];

/**
 * The arrow of a trend status, as the SDG Index dashboards draw them.
 *
 * @example
 * const arrow: TrendArrow = '➚';
 */
export type TrendArrow = '↑' | '➚' | '→' | '↓';

/**
 * The arrow of each status: ↑ on track, ➚ moderately improving, → stagnating,
 * ↓ worsening (the arrows of SDSN's own dashboard code, sdsna/sdgindex-starter
 * `helpers/trends.js`).
 *
 * @example
 * TREND_ARROWS.stagnating; // '→'
 */
export const TREND_ARROWS: Readonly<Record<TrendStatus, TrendArrow>> = {
  on_track: '↑',
  moderately_improving: '➚',
  stagnating: '→',
  worsening: '↓',
};

/**
 * What {@link sdgTrendStatus} compares a series with.
 *
 * @example
 * const options: SdgTrendOptions = { target: 0, targetYear: 2025, direction: 'lower' };
 */
export interface SdgTrendOptions {
  /** The value to reach (the SDG Index uses the green threshold). Required. */
  target: number;
  /** The year by which to reach it (the SDG Index uses 2030). Required. */
  targetYear: number;
  /** Which way is better. Required. */
  direction: Direction;
  /**
   * The first year of the window over which the observed yearly change is
   * measured (the SDG Index uses 2015, the year the SDGs were adopted).
   * Default: the first year of the series.
   */
  since?: number;
}

/**
 * A series' SDG-style trend: its status and arrow, and the two yearly
 * changes compared to reach them.
 *
 * @example
 * const trend: SdgTrend = { status: 'on_track', arrow: '↑', observed: 5, required: 5 };
 */
export interface SdgTrend {
  /** null when the window holds fewer than two known values: no trend can be read from one point. */
  status: TrendStatus | null;
  /** The status's arrow; null with the status. */
  arrow: TrendArrow | null;
  /**
   * The observed yearly change: (last − first) / (lastYear − firstYear) over
   * the known values of the window, in the indicator's unit per year, signed
   * as the values move (a falling count gives a negative number). Null with
   * fewer than two known values.
   */
  observed: number | null;
  /**
   * The yearly change still required: (target − latest) / (targetYear −
   * latestYear), signed the same way; once the target is passed it is the
   * slack per year that would still keep it. Null when the target year is
   * not after the latest known year, or the series has no known value.
   */
  required: number | null;
}

/**
 * The SDG Index trend status of a series against a target to reach by a
 * target year (Sachs et al., Sustainable Development Report, methods summary:
 * "SDG Trend Dashboards"; dashboards.sdgindex.org/chapters/methodology).
 *
 * The SDR compares the linear annual growth a country has shown since 2015
 * with the linear annual growth it needs to reach the goal by 2030, and draws
 * four arrows. Here, with improvement measured in the better `direction`
 * (values are negated first when lower is better):
 *
 * - observed = (last − first) / (lastYear − firstYear), over the known values
 *   from `since` (default: the start of the series) to the latest one;
 * - required = (target − latest) / (targetYear − latestYear);
 * - **on track** (↑) when observed ≥ required: at the observed pace the
 *   series reaches the target by the target year, or, once the target is
 *   reached, stays at or past it ("target reached and maintained");
 * - **moderately improving** (➚) when observed ≥ required / 2;
 * - **stagnating** (→) when 0 ≤ observed < required / 2;
 * - **worsening** (↓) when observed < 0, the wrong direction.
 *
 * Each boundary belongs to the better status (exactly the required pace is
 * on track, exactly half of it moderately improving), compared with a
 * relative tolerance of 1e-9 (`atLeast`) so that floating point cannot
 * move a pace off the boundary it sits on; likewise a first and last value
 * within that tolerance of each other count as no movement (observed 0).
 *
 * When the target year is not after the latest year, `required` is null: a
 * series at or past the target is on track while it does not worsen and
 * worsening otherwise; a series short of it can no longer make up the
 * required pace, so it is stagnating unless worsening (the limit of the rule
 * as the required pace grows without bound). With fewer than two known
 * values the status and arrow are null ("trend information unavailable").
 * A target, target year or `since` that is not a finite number is the
 * caller's mistake and throws a RangeError.
 *
 * @example
 * const incidents = [{ year: 2018, value: 42 }, { year: 2019, value: 29 }];
 * sdgTrendStatus(incidents, { target: 20, targetYear: 2021, direction: 'lower' });
 * // { status: 'on_track', arrow: '↑', observed: -13, required: -4.5 }
 * sdgTrendStatus(incidents, { target: 0, targetYear: 2021, direction: 'lower' });
 * // { status: 'moderately_improving', arrow: '➚', observed: -13, required: -14.5 }
 */
export function sdgTrendStatus(series: readonly SeriesPoint[], options: SdgTrendOptions): SdgTrend {
  const { target, targetYear, direction, since } = options;
  if (!Number.isFinite(target) || !Number.isFinite(targetYear) || (since !== undefined && !Number.isFinite(since))) {
    throw new RangeError(`sdgTrendStatus: target, targetYear and since must be finite numbers, got ${target}, ${targetYear} and ${since}.`);
  }
  const known = knownPoints(series).filter((p) => since === undefined || p.year >= since);
  const first = known[0];
  const latest = known[known.length - 1];
  if (first === undefined || latest === undefined) return { status: null, arrow: null, observed: null, required: null };
  const required = targetYear > latest.year ? (target - latest.value) / (targetYear - latest.year) : null;
  if (known.length < 2 || latest.year === first.year) return { status: null, arrow: null, observed: null, required };
  // A rounding-level difference (0.1 + 0.2 against 0.3) is no movement, not a trend.
  const moved = atLeast(latest.value, first.value) && atLeast(first.value, latest.value) ? 0 : latest.value - first.value;
  const observed = moved / (latest.year - first.year);
  const sign = direction === 'higher' ? 1 : -1;
  const status = classify(observed, required, atLeast(sign * latest.value, sign * target), sign);
  return { status, arrow: TREND_ARROWS[status], observed, required };
}

/** The status from the observed and required paces, with `sign` turning both into improvements. */
function classify(observed: number, required: number | null, reached: boolean, sign: 1 | -1): TrendStatus {
  const gain = sign * observed;
  if (required === null) {
    if (gain < 0) return 'worsening';
    return reached ? 'on_track' : 'stagnating';
  }
  const need = sign * required;
  if (atLeast(gain, need)) return 'on_track';
  if (gain < 0) return 'worsening';
  return atLeast(gain, need / 2) ? 'moderately_improving' : 'stagnating';
}
