/**
 * The offset (0-based, in UTF-16 code units) of the first character where
 * `text` stops being valid JSON (RFC 8259), or null when it is valid. Engines
 * word `JSON.parse` errors differently and not all give a position; this gives
 * one, the same everywhere. A text that ends too early reports its length.
 * It reads the text in one pass with an explicit stack of the open `[` and
 * `{` (no recursion), so any nesting depth is safe.
 *
 * @example
 * jsonErrorOffset('{"a": 1,}'); // 8 (the "}" where a key was due)
 * jsonErrorOffset('{"a": 1}'); // null
 * jsonErrorOffset('['.repeat(100_000)); // 100000 (the text ends too early)
 */
export function jsonErrorOffset(text: string): number | null {
  const n = text.length;
  let i = 0;
  // The open containers, innermost last: 0x5b `[` or 0x7b `{`.
  const open: number[] = [];

  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else return;
    }
  };
  const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  // Each reader returns false where the text breaks, with `i` at the offending character.
  const string = (): boolean => {
    i++; // the opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        const e = text.charCodeAt(i);
        if (e === 0x75) {
          for (let k = 1; k <= 4; k++) {
            if (!isHex(text.charCodeAt(i + k))) {
              i += k;
              return false;
            }
          }
          i += 5;
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text.charCodeAt(i) !== word.charCodeAt(k)) return false;
    return true;
  };
  const digits = (): boolean => {
    const start = i;
    while (isDigit(text.charCodeAt(i))) i++;
    return i > start;
  };
  const number = (): boolean => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (!digits()) return false;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!digits()) return false;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!digits()) return false;
    }
    return true;
  };
  /** A key and its colon, inside an object; false where it breaks. */
  const key = (): boolean => {
    ws();
    if (text.charCodeAt(i) !== 0x22 || !string()) return false;
    ws();
    if (text.charCodeAt(i) !== 0x3a) return false;
    i++;
    return true;
  };

  // Each turn reads one value; a `[` or `{` opens a container whose first value is read next turn.
  for (;;) {
    ws();
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      i++;
      ws();
      if (text.charCodeAt(i) === (c === 0x7b ? 0x7d : 0x5d)) i++;
      else {
        open.push(c);
        if (c === 0x7b && !key()) return i;
        continue;
      }
    } else if (c === 0x22) {
      if (!string()) return i;
    } else if (c === 0x74) {
      if (!literal('true')) return i;
    } else if (c === 0x66) {
      if (!literal('false')) return i;
    } else if (c === 0x6e) {
      if (!literal('null')) return i;
    } else if (c === 0x2d || isDigit(c)) {
      if (!number()) return i;
    } else return i;

    // A value is complete: close every container it completes, then expect the next value.
    for (;;) {
      ws();
      const top = open.at(-1);
      if (top === undefined) return i < n ? i : null;
      const next = text.charCodeAt(i);
      if (next === 0x2c) {
        i++;
        if (top === 0x7b && !key()) return i;
        break;
      }
      if (next !== (top === 0x7b ? 0x7d : 0x5d)) return i;
      i++;
      open.pop();
    }
  }
}
