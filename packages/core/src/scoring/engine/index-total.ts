import type { LocalizedText } from '../../messages/localized-text.ts';
import { weightedArithmeticMean } from '../aggregate/weighted-arithmetic-mean.ts';
import { weightedGeometricMean } from '../aggregate/weighted-geometric-mean.ts';
import { coverageReason } from './points-total.ts';
import { engineMessages } from './engine-messages.ts';

/**
 * One dimension of an index-mode scheme, as the total sees it.
 *
 * @example
 * const d: IndexDimension = { name, weight: 1, items: [{ score: 94.1, weight: 1 }, { score: null, weight: 1 }] };
 */
export interface IndexDimension {
  name: LocalizedText;
  weight: number;
  /** The items' scores (null: excluded for want of data) and weights within the dimension. */
  items: readonly { score: number | null; weight: number }[];
}

/**
 * An index-mode total and the dimension scores it came from.
 *
 * @example
 * indexTotal([{ name, weight: 1, items: [{ score: 80, weight: 1 }] }], {}).total; // 80
 */
export interface IndexTotal {
  /** Each dimension's score (null without data or when its mean is not computable), in input order. */
  dimensions: (number | null)[];
  /** Share of the weights with data: Σ over dimensions of (its weight share) × (its items' weight share with data). */
  coverage: number;
  total: number | null;
  notComputable: LocalizedText | null;
}

/**
 * Options of {@link indexTotal}.
 *
 * @example
 * const options: IndexTotalOptions = { aggregation: 'geometric', offset: 1, minCoverage: 0.5 };
 */
export interface IndexTotalOptions {
  /** How item scores form a dimension score and dimension scores the total. Default `arithmetic`. */
  aggregation?: 'arithmetic' | 'geometric';
  /** Geometric only: added before the mean and subtracted after. Default none. */
  offset?: number;
  /** Least share of the weights with data for a total. Default 0.6. */
  minCoverage?: number;
}

/**
 * The total of an index-mode scheme (composite index) for one unit × year:
 * a dimension's score is the weighted mean (arithmetic or geometric) of its
 * items with a score; the total is the weighted mean of the dimensions with a
 * score. Items and dimensions without data drop out of their mean (never
 * counted as 0); coverage is the share of the weights that had data, and
 * below `minCoverage` the total is null with the reason. A geometric mean
 * that meets a zero score without an offset makes its dimension (and so the
 * total) not computable, with the reason.
 *
 * @example
 * indexTotal([
 *   { name: a, weight: 1, items: [{ score: 94.11765, weight: 1 }, { score: 98.99497, weight: 1 }] },
 *   { name: b, weight: 1, items: [{ score: 50, weight: 1 }] },
 * ], {}).total; // (96.55631 + 50) / 2
 */
export function indexTotal(dimensions: readonly IndexDimension[], options: IndexTotalOptions = {}): IndexTotal {
  const { aggregation = 'arithmetic', offset, minCoverage = 0.6 } = options;
  const mean = (values: number[], weights: number[]): { value: number | null; reason: LocalizedText | null } => {
    if (values.length === 0) return { value: null, reason: null };
    if (aggregation === 'arithmetic') return { value: weightedArithmeticMean(values, weights), reason: null };
    const g = weightedGeometricMean(values, weights, offset);
    return g.ok ? { value: g.value, reason: null } : { value: null, reason: g.reason };
  };

  const scores: (number | null)[] = [];
  let refused: LocalizedText | null = null;
  let coverage = 0;
  const dimensionWeights = dimensions.reduce((sum, d) => sum + d.weight, 0);
  for (const dimension of dimensions) {
    const present = dimension.items.filter((i): i is { score: number; weight: number } => i.score !== null);
    const itemWeights = dimension.items.reduce((sum, i) => sum + i.weight, 0);
    const presentWeights = present.reduce((sum, i) => sum + i.weight, 0);
    if (dimensionWeights > 0 && itemWeights > 0) coverage += (dimension.weight / dimensionWeights) * (presentWeights / itemWeights);
    const { value, reason } = mean(present.map((i) => i.score), present.map((i) => i.weight));
    if (reason !== null && refused === null) refused = engineMessages.dimensionNotComputable(dimension.name, reason);
    scores.push(value);
  }
  if (refused !== null) return { dimensions: scores, coverage, total: null, notComputable: refused };
  if (coverage < minCoverage - 1e-12 || dimensionWeights <= 0) {
    return { dimensions: scores, coverage, total: null, notComputable: coverageReason(coverage, minCoverage) };
  }
  const scored = dimensions.map((d, i) => ({ weight: d.weight, score: scores[i] ?? null })).filter((d): d is { weight: number; score: number } => d.score !== null);
  const { value, reason } = mean(scored.map((d) => d.score), scored.map((d) => d.weight));
  return { dimensions: scores, coverage, total: value, notComputable: reason ?? (value === null ? coverageReason(coverage, minCoverage) : null) };
}
