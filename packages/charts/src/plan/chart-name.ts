/**
 * A chart's file name from what it shows, the one rule of the dashboard's
 * downloads and the report's `charts/` files: the parts joined by `-`, with
 * catalogue ids' `.` and `_` as `-` and any character a file name cannot
 * hold (`/ \ : * ? " < > |`, white space) as `-` too. Unit and dimension
 * names stay as written (Chinese file names are fine).
 *
 * @example
 * chartName('litigation.lost_cases', 'by-unit', 2018, 2019); // 'litigation-lost-cases-by-unit-2018-2019'
 * chartName('history', 'A/B 局'); // 'history-A-B-局'
 */
export function chartName(...parts: readonly (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[._/\\:*?"<>|\s]+/g, '-')).join('-');
}
