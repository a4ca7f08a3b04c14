/**
 * The byte offset of the first byte that does not begin a valid UTF-8
 * sequence (a stray continuation byte, a truncated or overlong sequence,
 * a surrogate, a code point past U+10FFFF), or -1 when all of
 * `bytes[start…]` is valid UTF-8.
 *
 * @example
 * firstInvalidUtf8(Uint8Array.of(0x61, 0xe5, 0x94, 0xaf, 0xff)); // 4
 * firstInvalidUtf8(new TextEncoder().encode('唯亭街道')); // -1
 */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  const length = bytes.length;
  let i = start;
  while (i < length) {
    const c = bytes[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= length) return i;
    let code = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const t = bytes[i + k];
      if (t === undefined || (t & 0xc0) !== 0x80) return i;
      code = (code << 6) | (t & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
