import type { Issue, Lang } from '@fazhi/core';
import { downloadName } from '../export/download-name.ts';
import type { ExportTable } from '../export/export-table.ts';
import { commonMessages as c } from '../i18n/common-messages.ts';
import { qualityMessages as m } from '../i18n/quality-messages.ts';

/**
 * The issues as the user downloads them (CSV or XLSX): severity, file, row,
 * column, raw value, message in the language shown, and the issue code; rows
 * in the order given (the table's order, after its filters). Rows stay
 * numbers; missing cells are empty (null). Named in the language after the
 * view and the table (`資料品質-問題`, `data-quality-issues`).
 *
 * @example
 * issuesExportTable(data.issues, 'en').headers; // ['Severity', 'File', 'Row', 'Column', 'Raw value', 'Message', 'Code']
 */
export function issuesExportTable(issues: readonly Issue[], lang: Lang): ExportTable {
  return {
    name: downloadName(c.views.quality[lang], m.issuesTitle[lang]),
    headers: [m.severity[lang], m.file[lang], m.row[lang], m.column[lang], m.value[lang], m.message[lang], m.code[lang]],
    rows: issues.map((i) => [m.severities[i.severity][lang], i.file, i.row, i.column, i.value, i.message[lang], i.code]),
  };
}
