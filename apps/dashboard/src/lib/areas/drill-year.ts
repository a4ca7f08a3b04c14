/**
 * The year a click on a trend's point drills down to: the datum's integer
 * `year` field, when it is one of the years with data. Null otherwise.
 *
 * @example
 * drillYear({ year: 2018, value: 0.41, text: '41.2%' }, [2018, 2019]); // 2018
 * drillYear({ year: 2021, value: null }, [2018, 2019]); // null
 */
export function drillYear(datum: Readonly<Record<string, unknown>>, years: readonly number[]): number | null {
  const year = datum['year'];
  return typeof year === 'number' && years.includes(year) ? year : null;
}
