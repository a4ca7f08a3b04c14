import type { AppState } from '../state/app-state.svelte.ts';
import type { ChartJob } from './chart-jobs.ts';
import { drillTarget } from './drill-target.ts';

/**
 * Follows a click on a chart's mark ({@link drillTarget}): opens the unit's
 * department page, or sets the year filter; a mark that leads nowhere does
 * nothing.
 *
 * @example
 * followDrill(app, job, { unit: '苏州工业园区司法局' }); // app.view === 'department'
 */
export function followDrill(state: Pick<AppState, 'show' | 'year' | 'years'>, drill: ChartJob['drill'], datum: Readonly<Record<string, unknown>>): void {
  const target = drillTarget(drill, datum, state.years);
  if (target === null) return;
  if ('department' in target) state.show('department', target.department);
  else state.year = target.year;
}
