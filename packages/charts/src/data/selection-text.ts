import type { RowSelection } from './row-selection.ts';

/**
 * What a row selection narrows a chart to, as a title prints it: the
 * dimension and item as in the data, joined by " / "; null when it selects
 * nothing in particular.
 *
 * @example
 * selectionText({ dimension: '开办企业' }); // '开办企业'
 * selectionText({ dimension: '开办企业', item: '办理时间' }); // '开办企业 / 办理时间'
 * selectionText(undefined); // null
 */
export function selectionText(select: RowSelection | undefined): string | null {
  const parts = [select?.dimension, select?.item].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? null : parts.join(' / ');
}
