import { formatSchemePath, type Scheme } from '@fazhi/core';

/**
 * The path of an editable node of the scheme: `''` for the scheme itself,
 * `dimensions[1]` for a dimension, `dimensions[1].items[0]` for an item,
 * found by identity (ids may repeat in a scheme being edited); null for a
 * node that is not in it.
 *
 * @example
 * schemeNodePath(scheme, scheme.dimensions[1].items[0]); // 'dimensions[1].items[0]'
 */
export function schemeNodePath(scheme: Scheme, node: object): string | null {
  if (node === scheme) return '';
  for (const [d, dimension] of scheme.dimensions.entries()) {
    if (node === dimension) return formatSchemePath(['dimensions', d]);
    const i = dimension.items.indexOf(node as (typeof dimension.items)[number]);
    if (i >= 0) return formatSchemePath(['dimensions', d, 'items', i]);
  }
  return null;
}
