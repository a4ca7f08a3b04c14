import type { DecodeOptions } from '../io/decode.ts';
import { isKnownHeader } from '../datasets/match-headers.ts';
import type { InputFile } from './data-set.ts';

const HEADER_SEPARATOR = /[,\t;|]/;

/**
 * How a CSV file's bytes are decoded: the encoding the caller forced, else
 * detection that prefers, between GB18030 and Big5, the decoding whose first
 * lines name more known column headers.
 *
 * @example
 * decodeBytes(file.bytes, csvDecodeOptions(file)); // { text, encoding: 'big5' } for a Big5 export
 */
export function csvDecodeOptions(file: InputFile): DecodeOptions {
  return file.encoding === undefined ? { score: knownHeaderCount } : { encoding: file.encoding, score: knownHeaderCount };
}

/** The largest number of known headers in any of the first five non-blank lines. */
function knownHeaderCount(text: string): number {
  let best = 0;
  let seen = 0;
  for (const line of text.slice(0, 8192).split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const count = line.split(HEADER_SEPARATOR).filter((cell) => isKnownHeader(cell.replace(/^"|"$/g, ''))).length;
    best = Math.max(best, count);
    if (++seen >= 5) break;
  }
  return best;
}
