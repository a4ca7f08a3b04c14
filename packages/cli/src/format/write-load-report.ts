import type { DataSet, Lang } from '@fazhi/core';
import type { TextSink } from '../cli-io.ts';
import { fileSummary, issueTotals } from './issues-text.ts';
import { writeIssues } from './write-issues.ts';

/**
 * What every command that reads `--data` tells on stderr before its result:
 * each issue on a line, the table of files (read, used, skipped, of which no
 * year), then the totals line. `fazhi validate` prints the same to stdout,
 * as its result.
 *
 * @example
 * writeLoadReport(io.stderr, data, 'zh-Hant');
 */
export function writeLoadReport(sink: TextSink, data: DataSet, lang: Lang): void {
  writeIssues(sink, data.issues, lang);
  sink.write(fileSummary(data.files, lang));
  sink.write(`${issueTotals(data, lang)}\n`);
}
