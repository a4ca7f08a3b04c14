import type { FileReport, IndicatorRow, Issue, SchemeStamp, UnitScore } from '@fazhi/core';

/**
 * What `results.json` holds: everything the report was made from, so that a
 * program can redo a chart or a table without reading the HTML.
 *
 * @example
 * const results: ReportResults = JSON.parse(readFileSync('out/report/results.json', 'utf8'));
 * results.stamp.id; // 'sip-example-2019'
 */
export interface ReportResults {
  /** `fazhi-report/1`: the shape of this object. */
  format: 'fazhi-report/1';
  /** The scheme the scores were computed with: id, version, content hash. */
  stamp: SchemeStamp;
  /** The years compared; the last one is the year scored. */
  years: number[];
  /** The indicator rows of those years (the `fazhi indicators --format json` objects). */
  indicators: IndicatorRow[];
  /** The UnitScore of every unit scored, for each of the years (the `fazhi score --format json` objects). */
  scores: UnitScore[];
  /** What was read from each input file: dataset, encoding, rows read, used and skipped. */
  files: FileReport[];
  /** Every issue found in the input. */
  issues: Issue[];
}

/**
 * `results.json` of `fazhi report`: {@link ReportResults} as JSON, two-space
 * indented, ended by a newline. Nothing in it depends on the clock, so two
 * runs on the same data and scheme give the same bytes.
 *
 * @example
 * resultsJson({ format: 'fazhi-report/1', stamp, years: [2018, 2019], indicators: rows, scores, files, issues });
 */
export function resultsJson(results: ReportResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
