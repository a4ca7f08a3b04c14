import type { Issue, Lang } from '@fazhi/core';
import type { TextSink } from '../cli-io.ts';
import { issueLine } from './issues-text.ts';

/** Lines per write: few enough calls for a million issues, small enough strings to stay cheap. */
const CHUNK = 5000;

/**
 * Writes one {@link issueLine} per issue to `sink`, in order, batching the
 * lines into a few large writes so a national-scale load with many issues
 * does not pay one system call per line.
 *
 * @example
 * writeIssues(process.stderr, dataSet.issues, 'zh-Hans');
 */
export function writeIssues(sink: TextSink, issues: readonly Issue[], lang: Lang): void {
  for (let start = 0; start < issues.length; start += CHUNK) {
    let text = '';
    for (const issue of issues.slice(start, start + CHUNK)) text += `${issueLine(issue, lang)}\n`;
    sink.write(text);
  }
}
