import { catalogueEntry, type IndicatorId } from '@fazhi/core';
import type { AreaPlan } from './area-plans.ts';

/**
 * The indicators a report section tells: the area's, less the year-on-year
 * ones (`change` kind). The report's paragraph and tables give every
 * indicator's change from the year before beside it, so a year-on-year
 * indicator would say that change twice; the dashboard's table lists them.
 *
 * @example
 * reportIndicators(areaPlan('safety')); // ['safety.incidents', 'safety.deaths', 'safety.major_incidents', 'safety.deaths_per_100m_gdp']
 */
export function reportIndicators(plan: AreaPlan): IndicatorId[] {
  return plan.indicators.filter((id) => catalogueEntry(id).kind !== 'change');
}
