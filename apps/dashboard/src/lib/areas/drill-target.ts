import type { ChartJob } from './chart-jobs.ts';
import { drillUnit } from './drill-unit.ts';
import { drillYear } from './drill-year.ts';

/**
 * Where a click on a chart's mark leads: a unit's department page (the
 * yearly comparisons' bars), a year for the year filter (the trends'
 * points), or nowhere (null: a mark without a unit or year, a chart that
 * does not drill).
 *
 * @example
 * drillTarget('unit', { unit: '苏州工业园区司法局' }, [2018, 2019]); // { department: '苏州工业园区司法局' }
 * drillTarget('year', { year: 2018 }, [2018, 2019]); // { year: 2018 }
 */
export function drillTarget(drill: ChartJob['drill'], datum: Readonly<Record<string, unknown>>, years: readonly number[]): { department: string } | { year: number } | null {
  if (drill === 'unit') {
    const department = drillUnit(datum);
    return department === null ? null : { department };
  }
  if (drill === 'year') {
    const year = drillYear(datum, years);
    return year === null ? null : { year };
  }
  return null;
}
