import type { FileReport, Issue } from '@fazhi/core';
import type { TextSink } from '../cli-io.ts';

/** Objects per write, so a million issues never become one string too long for V8. */
const CHUNK = 5000;

function writeArray(sink: TextSink, items: readonly unknown[]): void {
  if (items.length === 0) {
    sink.write('[]');
    return;
  }
  sink.write('[\n');
  for (let start = 0; start < items.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, items.length);
    let text = '';
    for (let i = start; i < end; i++) text += `${JSON.stringify(items[i])}${i < items.length - 1 ? ',' : ''}\n`;
    sink.write(text);
  }
  sink.write(']');
}

/**
 * Writes the report of `fazhi validate --format json`: one JSON object
 * `{"files": FileReport[], "issues": Issue[]}`, one file report or issue per
 * line, streamed in batches so the output of a national-scale load is never
 * built as a single string. Ends with a newline.
 *
 * @example
 * writeValidationJson(process.stdout, { files: dataSet.files, issues: dataSet.issues });
 * // {"files":[
 * // {"file":"litigation.csv","format":"csv",…},
 * // …
 * // ],"issues":[
 * // {"severity":"error","code":"value.date",…}
 * // ]}
 */
export function writeValidationJson(
  sink: TextSink,
  report: { files: readonly FileReport[]; issues: readonly Issue[] },
): void {
  sink.write('{"files":');
  writeArray(sink, report.files);
  sink.write(',"issues":');
  writeArray(sink, report.issues);
  sink.write('}\n');
}
