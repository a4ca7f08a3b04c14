import { fallbackEncoding } from './legacy-encoding.ts';

/**
 * Options of {@link decodeBytes}.
 *
 * @example
 * decodeBytes(bytes, { encoding: 'big5' });
 */
export interface DecodeOptions {
  /** Force this encoding (any WHATWG label: `utf-8`, `gbk`, `gb18030`, `big5`, …). Default: detect. */
  encoding?: string;
  /**
   * Rates a candidate decoding, higher is better (the loader counts header
   * cells that match a known column alias). Consulted only between GB18030
   * and Big5, before the share of common characters. Default none.
   */
  score?: (text: string) => number;
}

/**
 * The decoded text of a file and the encoding used.
 *
 * @example
 * const { text, encoding } = decodeBytes(bytes); // encoding: 'gb18030'
 */
export interface DecodedText {
  /** The file's whole text, without the BOM; bytes invalid in the encoding become U+FFFD. */
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, or the forced encoding's name. */
  encoding: string;
}


/**
 * Decodes a file's bytes to text: a BOM (UTF-8, UTF-16 LE/BE) decides; else
 * strict UTF-8; else GB18030 or Big5 — both decode Chinese bytes without
 * error, so both are tried on the first 64 KB and the one the caller's
 * `score` prefers wins, then the one with the larger share of common
 * Chinese characters (GB18030 on a tie) — unless the bytes are UTF-8 with a
 * few damaged bytes, read as UTF-8 with U+FFFD for those. A forced `encoding` wins over all. Throws an
 * {@link EncodingError} for bytes that read as none of these.
 *
 * @example
 * decodeBytes(new TextEncoder().encode('案號')); // { text: '案號', encoding: 'utf-8' }
 * decodeBytes(Uint8Array.from([0xb0, 0xb8, 0xba, 0xc5])); // { text: '案号', encoding: 'gb18030' }
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const { encoding, score } = options;
  if (encoding !== undefined) {
    const decoder = new TextDecoder(encoding);
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  // A lenient decode is several times faster than a fatal one; only text
  // that came out with replacement characters needs the strict check.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  if (!lenient.includes('\uFFFD')) return { text: lenient, encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy Chinese code page, or UTF-8 with a few damaged bytes.
  }
  const chosen = fallbackEncoding(bytes, score);
  return { text: chosen === 'utf-8' ? lenient : new TextDecoder(chosen).decode(bytes), encoding: chosen };
}
