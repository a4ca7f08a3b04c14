import type { IndicatorId } from '@fazhi/core';
import { isAreaId, type AreaId } from '../state/view-id.ts';

/**
 * The area view an indicator belongs to: the catalogue id's family
 * (`litigation.loss_rate` → `litigation`), which names the area. Null for a
 * family without a view.
 *
 * @example
 * areaOfIndicator('safety.deaths'); // 'safety'
 */
export function areaOfIndicator(indicator: IndicatorId): AreaId | null {
  const family = indicator.slice(0, indicator.indexOf('.'));
  return isAreaId(family) ? family : null;
}
