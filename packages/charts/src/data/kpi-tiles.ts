import { catalogueEntry, formatIndicatorChange, formatIndicatorValue, INDICATOR_IDS, indicatorTrend, type Better, type IndicatorId, type IndicatorRow, type TrafficLight, type TrafficLightThresholds, type TrendArrow } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { indicatorChangeVerdict, type ChangeVerdict } from './change-verdict.ts';

/**
 * One small tile of the dashboard: an indicator's value in a year, its
 * change from the year before, the arrow and the traffic light. Data only:
 * the dashboard draws it.
 *
 * @example
 * const tile: KpiTile = { indicator: 'safety.incidents', label: '生产安全事故起数', value: 29, formatted: '29', change: -13,
 *   changeFormatted: '−13', verdict: 'better', arrow: '↑', light: null, better: 'lower' };
 */
export interface KpiTile {
  /** The indicator. */
  indicator: IndicatorId;
  /** Its catalogue name in the language. */
  label: string;
  /** Its value in the year; null without a row or a value. */
  value: number | null;
  /** The value as printed ("14.1%", "17,701", "—"). */
  formatted: string;
  /** Value − the year before's; null when either is missing. */
  change: number | null;
  /** The change as printed ("+3", "−2.5个百分点", "—"). */
  changeFormatted: string;
  /**
   * The change for the better, the worse, the same (it prints as 0) or none
   * (no change known, or no better direction), by {@link indicatorChangeVerdict}:
   * the arrow without a target, the dashboard's light without a requirement
   * and its ▲ ▼ ＝ glyph all follow it.
   */
  verdict: ChangeVerdict;
  /** With a target: the SDG status arrow (core's indicatorTrend). Without: ↑ changed for the better, ↓ for the worse, → unchanged; null when the indicator has no better direction or there is no change. */
  arrow: TrendArrow | null;
  /** With thresholds: the traffic light of the value; null otherwise or without a value. */
  light: TrafficLight | null;
  /** The catalogue's direction of improvement. */
  better: Better | null;
}

/**
 * A target of one indicator, for the tile's status arrow and light.
 *
 * @example
 * const t: KpiTarget = { target: 20, targetYear: 2021, thresholds: { green: 20, red: 40 } };
 */
export interface KpiTarget {
  /** The value to reach. */
  target: number;
  /** The year by which to reach it. */
  targetYear: number;
  /** Traffic-light thresholds of the value; default: none (no light). */
  thresholds?: TrafficLightThresholds;
}

/**
 * Options of {@link kpiTiles}.
 *
 * @example
 * const o: KpiTilesOptions = { lang: 'zh-Hans', year: 2019, indicators: ['safety.incidents', 'litigation.loss_rate'] };
 */
export interface KpiTilesOptions {
  /** The language of labels and numbers. */
  lang: ChartLang;
  /** The year. */
  year: number;
  /** The unit; default `*` (the whole jurisdiction). */
  unit?: string;
  /** The indicators, in this order; default: every catalogue indicator with one row for the unit in the year (not the business indicator and dimension scores, which have several), in catalogue order. */
  indicators?: readonly IndicatorId[];
  /** Targets by indicator, for status arrows and lights; default: none. */
  targets?: Readonly<Partial<Record<IndicatorId, KpiTarget>>>;
}

const VERDICT_ARROWS: Readonly<Record<ChangeVerdict, TrendArrow | null>> = { better: '↑', worse: '↓', same: '→', none: null };

/**
 * The KPI tiles of a unit in a year: value, change from the year before,
 * arrow and light per indicator, formatted for the language. Throws a
 * RangeError when an indicator asked for has several rows per unit × year.
 *
 * @example
 * kpiTiles(rows, { lang: 'en', year: 2019, indicators: ['safety.incidents'] });
 * // [{ indicator: 'safety.incidents', label: 'Production-safety incidents', value: 29, formatted: '29', change: -13, changeFormatted: '−13', verdict: 'better', arrow: '↑', light: null, better: 'lower' }]
 */
export function kpiTiles(rows: readonly IndicatorRow[], options: KpiTilesOptions): KpiTile[] {
  const { lang, year, unit = '*', targets = {} } = options;
  const counts = new Map<string, number>();
  for (const r of rows) if (r.unit === unit && r.year === year) counts.set(r.indicator, (counts.get(r.indicator) ?? 0) + 1);
  const indicators = options.indicators ?? INDICATOR_IDS.filter((id) => counts.get(id) === 1);
  return indicators.map((indicator) => {
    const entry = catalogueEntry(indicator);
    const goal = targets[indicator];
    const trend = indicatorTrend(rows, indicator, unit, {
      year,
      ...(goal === undefined ? {} : { target: goal.target, targetYear: goal.targetYear }),
      ...(goal?.thresholds === undefined ? {} : { thresholds: goal.thresholds }),
    });
    const value = trend.series.find((p) => p.year === year)?.value ?? null;
    const previous = trend.series.find((p) => p.year === year - 1)?.value ?? null;
    const change = value === null || previous === null ? null : value - previous;
    const verdict = indicatorChangeVerdict(indicator, change);
    return {
      indicator,
      label: entry.name[lang],
      value,
      formatted: formatIndicatorValue(indicator, value, lang),
      change,
      changeFormatted: formatIndicatorChange(indicator, change, lang),
      verdict,
      arrow: goal === undefined ? VERDICT_ARROWS[verdict] : trend.arrow,
      light: value === null ? null : trend.light,
      better: entry.better,
    };
  });
}
