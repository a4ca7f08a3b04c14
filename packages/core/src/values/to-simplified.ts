import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/**
 * Converts Traditional Chinese (Taiwan standard) to Simplified, so the
 * variants of a word meet (準/准 → 准, 發/髮 → 发). ASCII-only text is
 * returned as is; results are cached because real exports repeat values.
 *
 * @example
 * toSimplified('準予備案'); // '准予备案'
 */
export function toSimplified(text: string): string {
  if (isAscii(text)) return text;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  const out = convert(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
