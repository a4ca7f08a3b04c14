/**
 * Reads an editable number of a scheme node (an item, a dimension) at a path
 * of keys: the number, or null when it is absent or not a number (a required
 * field the user emptied is stored as null, so the check reports it).
 *
 * @example
 * readSchemeNumber({ rule: { type: 'target', target: 0.8 } }, ['rule', 'target']); // 0.8
 * readSchemeNumber({ rule: { type: 'target', target: 0.8 } }, ['rule', 'floor']); // null
 */
export function readSchemeNumber(node: object, path: readonly string[]): number | null {
  let value: unknown = node;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'number' ? value : null;
}

/**
 * Writes an editable number into a scheme node (in place: the node is the
 * dashboard's deep state, so scores follow at once). An empty input (null,
 * undefined, NaN) removes an optional field, so its default applies again, and
 * stores null in a required one, which the scheme check then reports as an
 * error next to the field instead of scoring with a made-up value.
 *
 * @example
 * const item = { points: 5, rule: { type: 'deduct', per: 2, cap: 4 } };
 * writeSchemeNumber(item, ['rule', 'cap'], null, false); // item.rule has no cap
 * writeSchemeNumber(item, ['points'], null, true);       // item.points === null
 */
export function writeSchemeNumber(node: object, path: readonly string[], value: number | null | undefined, required: boolean): void {
  let parent = node as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== 'object' || next === null) return;
    parent = next as Record<string, unknown>;
  }
  const key = path.at(-1);
  if (key === undefined) return;
  const empty = value === null || value === undefined || !Number.isFinite(value);
  if (!empty) parent[key] = value;
  else if (required) parent[key] = null;
  else delete parent[key];
}
