import type { AreaChart } from './area-plans.ts';

/**
 * The dashboard overview's headline charts below the tiles: the
 * business-environment score over the years, safety incidents month by
 * month against the year before, and lost cases by unit — one chart each of
 * three areas, as the park's report opens with them.
 *
 * @example
 * OVERVIEW_CHARTS.map((c) => c.kind); // ['trend', 'monthly', 'yearly']
 */
export const OVERVIEW_CHARTS: readonly AreaChart[] = [
  { kind: 'trend', indicator: 'business.score' },
  { kind: 'monthly', measure: 'incidents' },
  { kind: 'yearly', indicator: 'litigation.lost_cases' },
];
