import { formatNumber, type UnitScore } from '@fazhi/core';
import type { ChartLang } from '../chart-base.ts';
import { CHART_MESSAGES } from '../locale/chart-messages.ts';
import { scoresOfYear } from './scores-of-year.ts';
import { unitLabel } from './unit-label.ts';

/**
 * One segment of a unit's composition bar: a dimension's share of the total
 * earned (positive, right of zero) or lost (negative, left of zero).
 *
 * @example
 * const s: CompositionSegment = { unit: '唯亭街道', label: '唯亭街道', dimension: 'safety', dimensionName: '安全生产', part: 'earned', partLabel: '得分', value: 24, order: 5 };
 */
export interface CompositionSegment {
  /** The unit as in the data. */
  unit: string;
  /** The unit as printed. */
  label: string;
  /** The dimension's id in the scheme. */
  dimension: string;
  /** The dimension's name in the language. */
  dimensionName: string;
  /** Points earned or lost. */
  part: 'earned' | 'lost';
  /** The part as printed in the legend (得分 / 失分). */
  partLabel: string;
  /** Points on the total's scale: earned ≥ 0, lost ≤ 0. */
  value: number;
  /** The dimension's position in the scheme, for stacking in scheme order. */
  order: number;
}

/**
 * The total printed at the end of a unit's bar.
 *
 * @example
 * const t: CompositionTotal = { unit: '唯亭街道', label: '唯亭街道', total: 74, x: 74, text: '74' };
 */
export interface CompositionTotal {
  /** The unit as in the data. */
  unit: string;
  /** The unit as printed. */
  label: string;
  /** The unit's total; null when not computable. */
  total: number | null;
  /** Where the text sits: the end of the earned segments. */
  x: number;
  /** The total as printed, "—" when not computable, with 否決 / Vetoed when a veto failed the unit. */
  text: string;
}

/**
 * The data of a composition chart.
 *
 * @example
 * compositionSegments(scores, { lang: 'en', year: 2019 }).dimensions; // ['Normative document filing', …]
 */
export interface CompositionData {
  /** The units as printed, top to bottom (by rank). */
  labels: string[];
  /** The dimensions' names, in scheme order. */
  dimensions: string[];
  /** Two segments (earned, lost) per unit × dimension with data. */
  segments: CompositionSegment[];
  /** One total per unit. */
  totals: CompositionTotal[];
}

/**
 * Each unit's total broken down by dimension, with the points lost shown as
 * such. Every dimension with data gets an earned and a lost segment on the
 * scale of the total: its points earned over its points possible, times its
 * share of the points (index schemes: of the weights) of the dimensions with
 * data, times the points the total is out of. The earned segments of a unit
 * without bonus or veto therefore add up to its total (the same rescaling
 * the total makes for items without data), and earned plus lost to the full
 * points. A unit whose total is not computable is not rescaled (its
 * segments are shares of the whole scheme's points or weights). Dimensions
 * without data get no segment. Units follow the ranking;
 * the jurisdiction is left out unless it is the only unit.
 *
 * @example
 * const d = compositionSegments(scores, { lang: 'zh-Hans', year: 2019 });
 * d.totals.find((t) => t.unit === '苏州工业园区管理委员会')?.text; // '80'
 */
export function compositionSegments(scores: readonly UnitScore[], options: { lang: ChartLang; year: number }): CompositionData {
  const { lang, year } = options;
  const units = scoresOfYear(scores, year);
  const dimensionNames = new Map<string, string>();
  for (const s of units) for (const d of s.dimensions) if (!dimensionNames.has(d.dimension)) dimensionNames.set(d.dimension, d.name[lang]);
  const order = new Map([...dimensionNames.keys()].map((id, i) => [id, i]));
  const segments: CompositionSegment[] = [];
  const totals: CompositionTotal[] = [];
  for (const s of units) {
    const label = unitLabel(s.unit, lang);
    const index = s.items.some((i) => i.weight !== null);
    const scored = s.dimensions.filter((d) => d.earned !== null && d.possible !== null && d.possible > 0);
    const size = (d: (typeof scored)[number]) => (index ? d.weight : d.possible ?? 0);
    // A unit without a total is not rescaled: its bar shows the raw points of the whole scheme, so little data looks like little.
    const sizes = s.total === null ? s.dimensions.reduce((sum, d) => sum + d.weight, 0) : scored.reduce((sum, d) => sum + size(d), 0);
    const full = s.possible ?? 100;
    let end = 0;
    for (const d of scored) {
      const share = sizes === 0 ? 0 : (size(d) / sizes) * full;
      const earned = ((d.earned ?? 0) / (d.possible ?? 1)) * share;
      const dimensionName = dimensionNames.get(d.dimension) ?? d.dimension;
      const at = order.get(d.dimension) ?? 0;
      segments.push(
        { unit: s.unit, label, dimension: d.dimension, dimensionName, part: 'earned', partLabel: CHART_MESSAGES.points[lang], value: earned, order: at },
        { unit: s.unit, label, dimension: d.dimension, dimensionName, part: 'lost', partLabel: CHART_MESSAGES.pointsLost[lang], value: Math.min(0, earned - share), order: at },
      );
      end += Math.max(0, earned);
    }
    const number = s.total === null ? '—' : formatNumber(s.total, lang);
    totals.push({ unit: s.unit, label, total: s.total, x: end, text: s.failed ? `${number} ${CHART_MESSAGES.failed[lang]}` : number });
  }
  return { labels: units.map((s) => unitLabel(s.unit, lang)), dimensions: [...dimensionNames.values()], segments, totals };
}
