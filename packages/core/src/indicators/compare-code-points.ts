/**
 * Orders two strings by Unicode code point (not by UTF-16 code unit, which
 * puts U+10000 and above before U+E000–U+FFFF), without allocating.
 * Returns a negative number, 0 or a positive number.
 *
 * @example
 * ['園區', '*', 'A'].sort(compareCodePoints); // ['*', 'A', '園區']
 * compareCodePoints('\uFF21', '\u{20000}') < 0; // true, though '\uFF21' > '\uD840' as code units
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      // A surrogate starts a code point above U+FFFF, which sorts after any BMP code unit ≥ U+E000.
      if (xs !== ys && (xs ? y >= 0xe000 : x >= 0xe000)) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}
