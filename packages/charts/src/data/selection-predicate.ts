import type { IndicatorRow } from '@fazhi/core';
import type { RowSelection } from './row-selection.ts';

/**
 * A row selection as the predicate core's trend functions take; undefined
 * when the selection selects nothing in particular.
 *
 * @example
 * selectionPredicate({ dimension: '开办企业' })?.({ dimension: '开办企业' } as IndicatorRow); // true
 * selectionPredicate({}); // undefined
 */
export function selectionPredicate(select: RowSelection = {}): ((row: IndicatorRow) => boolean) | undefined {
  const { dimension, item } = select;
  if (dimension === undefined && item === undefined) return undefined;
  return (row) => (dimension === undefined || row.dimension === dimension) && (item === undefined || row.item === item);
}
