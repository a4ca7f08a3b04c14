/**
 * The index of each column in a schema's column list, by name: what a
 * builder passes to {@link RowValues} to read a column by position, which
 * a million rows make worth it over a lookup by name.
 *
 * @example
 * const at = columnIndexes([{ name: 'case_no' }, { name: 'unit' }] as const);
 * at.unit; // 1
 */
export function columnIndexes<const C extends readonly { readonly name: string }[]>(columns: C): { readonly [K in C[number]['name']]: number } {
  const at: Record<string, number> = {};
  columns.forEach((c, i) => (at[c.name] = i));
  return at as { readonly [K in C[number]['name']]: number };
}
