/**
 * A chart's export file name from what it shows, as the CLI report names its
 * charts: the parts joined by `-`, with catalogue ids' `.` and `_` as `-`
 * and any character a file name cannot hold (`/ \ : * ? " < > |`, spaces)
 * as `-` too. Unit names stay as written (Chinese file names are fine).
 *
 * @example
 * chartName('litigation.lost_cases', 'by-unit', 2018, 2019); // 'litigation-lost-cases-by-unit-2018-2019'
 */
export function chartName(...parts: readonly (string | number)[]): string {
  return parts.map((p) => String(p).replace(/[._/\\:*?"<>|\s]+/g, '-')).join('-');
}
