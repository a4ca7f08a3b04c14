/**
 * The offset of the first `[` or `{` that opens level `limit + 1`, counting
 * brackets outside quoted strings and `#` comments, or null when none does.
 * Exact for JSON; for YAML a quick first look (a `[` inside a plain scalar
 * counts too), taken before the parser sees the text, so that no parser meets
 * a text nested thousands deep. One pass, no recursion.
 *
 * @example
 * bracketDepthOffset('[[[]]]', 2); // 2
 * bracketDepthOffset('{"a": "[[["}', 2); // null
 */
export function bracketDepthOffset(text: string, limit: number): number | null {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth -= 1;
    } else if (c === 0x22 || (c === 0x27 && opensQuote(text, i))) {
      // A quoted string: skip to its closing quote ("…" has \ escapes; in '…' a quote is doubled).
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (c === 0x22 && d === 0x5c) i++;
        else if (d === c) {
          if (c === 0x27 && text.charCodeAt(i + 1) === 0x27) i++;
          else break;
        }
      }
    } else if (c === 0x23 && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      while (i < n && text.charCodeAt(i) !== 0x0a) i++;
    }
  }
  return null;
}

/** A `'` starts a YAML single-quoted scalar only where a scalar can start (`don't` is plain). */
function opensQuote(text: string, i: number): boolean {
  const before = i === 0 ? 0x0a : text.charCodeAt(i - 1);
  return isBlank(before) || before === 0x5b || before === 0x7b || before === 0x2c || before === 0x3a;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
