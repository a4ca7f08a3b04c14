import { resolveDirection, type Direction, type IndicatorId, type Scheme } from '@fazhi/core';

/**
 * A required value of an indicator and the direction that meets it.
 *
 * @example
 * const r: IndicatorRequirement = { value: 0.8, direction: 'higher' };
 */
export interface IndicatorRequirement {
  value: number;
  direction: Direction;
}

/**
 * The higher-level requirements of a scheme by indicator (e.g. the
 * province's 80% for agency heads appearing in court), the targets the
 * charts draw on a trend and the dashboard's tiles are lit by: the first
 * item of an indicator that has one gives it, its direction by core's
 * `resolveDirection` (the item's, else the indicator's better direction,
 * else `higher`, as the engine reads it). Items narrowed to one business
 * dimension or item are left out: their requirement does not hold for the
 * indicator as a whole.
 *
 * @example
 * schemeRequirements(scheme).get('litigation.head_appearance_rate'); // { value: 0.8, direction: 'higher' }
 */
export function schemeRequirements(scheme: Scheme): Map<IndicatorId, IndicatorRequirement> {
  const found = new Map<IndicatorId, IndicatorRequirement>();
  for (const dimension of scheme.dimensions) {
    for (const item of dimension.items) {
      if (item.requirement === undefined || item.select !== undefined || found.has(item.indicator)) continue;
      found.set(item.indicator, { value: item.requirement.value, direction: resolveDirection(item.requirement.direction, item.indicator) });
    }
  }
  return found;
}
