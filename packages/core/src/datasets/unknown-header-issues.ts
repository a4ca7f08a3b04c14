import { catalogueEntry } from '../indicators/catalogue.ts';
import type { Issue } from '../issues/issue.ts';
import { messages } from '../messages/messages.ts';
import { closestColumn } from './closest-column.ts';
import { columnIndicators } from './column-indicators.ts';
import type { DatasetSchema } from './dataset-schema.ts';
import { matchHeader, matchHeaders } from './match-headers.ts';

/**
 * One issue per header of a file that no column of its dataset knows (blank
 * headers aside): a `column.unknown` notice naming the header, its column
 * letter (row null, column the header) and the closest known column (see {@link closestColumn}) and
 * whether the file has it — or, when that closest column is missing and
 * indicators read it, a `column.unknown-needed` warning naming them, since
 * they are computed without it.
 *
 * @param file The file name, for the issues.
 * @param headers The trimmed header cells, in file order.
 * @param schema The file's dataset (with the user's column map applied, if any).
 * @example
 * const issues = unknownHeaderIssues('review.xlsx', ['案卷編號', '被評查單位', '年度', '基本要求', '總分'], enforcementReviewsSchema);
 * [issues[0]?.severity, issues[0]?.code, issues[0]?.column]; // ['warning', 'column.unknown-needed', '基本要求']
 */
export function unknownHeaderIssues(file: string, headers: readonly string[], schema: DatasetSchema): Issue[] {
  const issues: Issue[] = [];
  const { index } = matchHeaders(headers, schema);
  const absent = new Set(schema.columns.filter((c) => !index.has(c.name)).map((c) => c.name));
  headers.forEach((header, cell) => {
    if (header === '' || matchHeader(header, schema) !== null) return;
    const closest = closestColumn(header, schema, absent);
    // No row: a notice with a row marks a skipped row (Severity), and the header row is not a data row; the column is named instead.
    const base = { file, row: null, column: header, value: header };
    const needed = closest === null || !absent.has(closest.column) ? [] : columnIndicators(schema.id, closest.column);
    // Name a Chinese spelling where the closest one is the canonical (English) name.
    const alias = closest === null || /[^\x00-\x7f]/.test(closest.alias) ? closest?.alias ?? '' : (schema.columns.find((c) => c.name === closest.column)?.aliases[0] ?? closest.alias);
    if (closest !== null && needed.length > 0) {
      const names = needed.map((id) => catalogueEntry(id).name);
      issues.push({ ...base, severity: 'warning', code: 'column.unknown-needed', message: messages['column.unknown-needed'](header, cell + 1, closest.column, alias, schema.id, names) });
    } else {
      const about = closest === null ? null : { column: closest.column, alias, present: !absent.has(closest.column) };
      issues.push({ ...base, severity: 'notice', code: 'column.unknown', message: messages['column.unknown'](header, cell + 1, about) });
    }
  });
  return issues;
}
