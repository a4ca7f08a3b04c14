/**
 * A value as an error quotes it: JSON, cut to 60 characters; `missing` for
 * undefined.
 *
 * @example
 * renderValue('two'); // '"two"'
 * renderValue(undefined); // 'missing'
 */
export function renderValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
