import type { Issue, Lang } from '@fazhi/core';
import type { ExportTable } from '../export/export-table.ts';
import { qualityMessages as m } from '../i18n/quality-messages.ts';

/** The file name (without extension) of the downloaded issues table. */
export const ISSUES_EXPORT_NAME = 'data-issues';

/**
 * The issues as the user downloads them (CSV or XLSX): severity, file, row,
 * column, raw value, message in the language shown, and the issue code; rows
 * in the order given (the table's order, after its filters). Rows stay
 * numbers; missing cells are empty (null).
 *
 * @example
 * issuesExportTable(data.issues, 'en').headers; // ['Severity', 'File', 'Row', 'Column', 'Raw value', 'Message', 'Code']
 */
export function issuesExportTable(issues: readonly Issue[], lang: Lang): ExportTable {
  return {
    name: ISSUES_EXPORT_NAME,
    headers: [m.severity[lang], m.file[lang], m.row[lang], m.column[lang], m.value[lang], m.message[lang], m.code[lang]],
    rows: issues.map((i) => [m.severities[i.severity][lang], i.file, i.row, i.column, i.value, i.message[lang], i.code]),
  };
}
