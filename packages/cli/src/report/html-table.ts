import { escapeHtml } from './escape-html.ts';

/**
 * A cell of {@link htmlTable}: plain text (escaped), or `{ text, num }` to
 * right-align a number, or `{ html }` for markup that is already safe.
 *
 * @example
 * const cells: HtmlCell[] = ['劳保局', { text: '66.73', num: true }, { html: '<span class="up">↑</span>' }];
 */
export type HtmlCell = string | { text: string; num?: boolean; className?: string } | { html: string; num?: boolean };

function cell(tag: 'td' | 'th', c: HtmlCell, num: boolean): string {
  const text = typeof c === 'string' ? escapeHtml(c) : 'html' in c ? c.html : escapeHtml(c.text);
  const classes = [(typeof c !== 'string' && c.num === true) || num ? 'num' : '', typeof c !== 'string' && 'className' in c ? c.className ?? '' : ''].filter(Boolean);
  return `<${tag}${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${text}</${tag}>`;
}

/**
 * An HTML table with a `<thead>` (which print CSS repeats on every page) and
 * one `<tr>` per row. `numeric` lists the column indexes that hold numbers
 * (right-aligned, header included). Text is escaped.
 *
 * @example
 * htmlTable(['单位', '总分'], [['劳保局', '66.73']], { numeric: [1] });
 * // '<table><thead><tr><th>单位</th><th class="num">总分</th></tr></thead><tbody><tr><td>劳保局</td><td class="num">66.73</td></tr></tbody></table>'
 */
export function htmlTable(headers: readonly string[], rows: readonly (readonly HtmlCell[])[], options: { numeric?: readonly number[] } = {}): string {
  const { numeric = [] } = options;
  const head = headers.map((h, i) => cell('th', h, numeric.includes(i))).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, numeric.includes(i))).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
