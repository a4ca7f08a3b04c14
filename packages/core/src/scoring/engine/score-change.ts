import type { ScoredItem, UnitScore } from '../unit-score.ts';

function difference(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

/**
 * The change of a unit's result from its previous year's result under the
 * same scheme: total difference (this year − last year) and rank difference
 * (last year's rank − this year's, so positive = moved up), each null when
 * either side is null; null as a whole without a previous result.
 *
 * @example
 * totalChange({ total: 92, rank: 2 }, { total: 88, rank: 5 }); // { total: 4, rank: 3 }
 * totalChange({ total: 92, rank: 2 }, undefined);             // null
 */
export function totalChange(
  current: Pick<UnitScore, 'total' | 'rank'>,
  previous: Pick<UnitScore, 'total' | 'rank'> | undefined,
): UnitScore['change'] {
  if (previous === undefined) return null;
  return { total: difference(current.total, previous.total), rank: difference(previous.rank, current.rank) };
}

/**
 * The change of one item from the previous year's result: value and points
 * (or score) differences, each null when either side is null; null as a
 * whole without a previous result for the item.
 *
 * @example
 * itemChange({ value: 4, earned: 2 }, { value: 1, earned: 8 }); // { value: 3, earned: -6 }
 */
export function itemChange(
  current: Pick<ScoredItem, 'value' | 'earned'>,
  previous: Pick<ScoredItem, 'value' | 'earned'> | undefined,
): ScoredItem['change'] {
  if (previous === undefined) return null;
  return { value: difference(current.value, previous.value), earned: difference(current.earned, previous.earned) };
}
