import type { Scheme } from '@fazhi/core';

/** Within this of each other two sums of points count as equal (as the scheme check does). */
const TOLERANCE = 1e-9;

/** A dimension's points against the sum of its items' points (bonus items aside). */
export interface DimensionPoints {
  id: string;
  /** The dimension's points; null when absent or emptied. */
  points: number | null;
  /** The sum of its items' points; null when an item's points are absent or emptied. */
  itemSum: number | null;
  /** True when both are known and equal. */
  matches: boolean;
}

/**
 * The sums of points of a points-method scheme, for the editor to show next
 * to the scheme's total: per dimension, its points and its items' sum; the sum
 * of the dimensions' points against the scheme's `total` (null when the scheme
 * has none: the sum is then the total).
 */
export interface PointsSummary {
  dimensions: DimensionPoints[];
  /** The sum of the dimensions' points; null when one is absent or emptied. */
  dimensionSum: number | null;
  /** The scheme's `total`, or null when it does not set one. */
  total: number | null;
  /** True when the dimensions' sum is known and matches the total (any sum matches when the total is not set). */
  totalMatches: boolean;
  /** True when every dimension matches and so does the total. */
  matches: boolean;
}

/**
 * The sums of points of a scheme being edited, or null for an index-method
 * scheme (weights need not add up to anything). Fields the user emptied
 * (null) or typed wrongly make the sums that include them null, never NaN.
 *
 * @example
 * pointsSummary(scheme)?.dimensions[0]; // { id: 'documents', points: 15, itemSum: 15, matches: true }
 */
export function pointsSummary(scheme: Scheme): PointsSummary | null {
  if ((scheme.method ?? 'points') !== 'points') return null;
  const dimensions = scheme.dimensions.map((dimension): DimensionPoints => {
    const points = finite(dimension.points);
    const itemSum = sum(dimension.items.filter((item) => item.rule.type !== 'bonus').map((item) => finite(item.points)));
    return { id: dimension.id, points, itemSum, matches: points !== null && itemSum !== null && Math.abs(points - itemSum) <= TOLERANCE };
  });
  const dimensionSum = sum(dimensions.map((d) => d.points));
  const total = scheme.total === undefined ? null : finite(scheme.total);
  const totalMatches = scheme.total === undefined ? dimensionSum !== null : total !== null && dimensionSum !== null && Math.abs(total - dimensionSum) <= TOLERANCE;
  return { dimensions, dimensionSum, total, totalMatches, matches: totalMatches && dimensions.every((d) => d.matches) };
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function sum(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const value of values) {
    if (value === null) return null;
    total += value;
  }
  return total;
}
