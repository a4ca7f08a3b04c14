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
  // Blank tokens are at most three characters; longer text without padding is a value.
  if (raw.length > 3 && !isSpace(raw.charCodeAt(0)) && !isSpace(raw.charCodeAt(raw.length - 1))) return false;
  return BLANK_TOKENS.has(raw.trim());
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a);
}
