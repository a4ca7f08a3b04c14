const BLANK_TOKENS = new Set(['', '—', '－', '-', '/', '／', '無', '无', 'N/A', 'n/a', 'NA', '——', '--']);

/**
 * True when a cell means "no value": empty, whitespace, `—`, `-`, `/`,
 * `無`/`无` or `N/A`. Flag columns read `無` as no and `N/A` as not
 * applicable before asking this, so there they are values, not blanks.
 *
 * @example
 * isBlank(' — '); // true
 * isBlank('0');   // false
 */
export function isBlank(raw: string | null | undefined): boolean {
  if (raw == null) return true;
  if (raw === '') return true;
  return BLANK_TOKENS.has(raw.trim());
}
