import { displayWidth } from './display-width.ts';

/**
 * Alignment of a column: text left, numbers right.
 *
 * @example
 * const align: ColumnAlign[] = ['left', 'right'];
 */
export type ColumnAlign = 'left' | 'right';

/**
 * Options of {@link textTable}.
 *
 * @example
 * const options: TextTableOptions = { align: ['left', 'right'], gap: ' | ' };
 */
export interface TextTableOptions {
  /** Alignment per column; default `'left'` for every column not listed. */
  align?: readonly ColumnAlign[];
  /** Text between columns; default two spaces. */
  gap?: string;
}

/**
 * Lays out rows of cells as aligned plain-text lines (header, a rule of `-`,
 * then the rows), measuring cells by terminal display width so columns of
 * Chinese text line up. Trailing spaces are trimmed from every line. Returns
 * the lines without a final newline.
 *
 * @example
 * textTable(['指標', 'value'], [['報備率', '100.0%']], { align: ['left', 'right'] });
 * // 指標      value
 * // ------  ------
 * // 報備率  100.0%
 */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: TextTableOptions = {},
): string {
  const { align = [], gap = '  ' } = options;
  const widths = headers.map((header, i) =>
    rows.reduce((max, row) => Math.max(max, displayWidth(row[i] ?? '')), displayWidth(header)),
  );
  const line = (cells: readonly string[]): string =>
    widths
      .map((width, i) => {
        const cell = cells[i] ?? '';
        const pad = ' '.repeat(width - displayWidth(cell));
        return align[i] === 'right' ? pad + cell : cell + pad;
      })
      .join(gap)
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
