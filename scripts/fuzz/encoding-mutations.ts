import iconv from 'iconv-lite';
import { decodeText, type Mutation } from './mutation.ts';

const BOM = '\ufeff';
const withoutBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

/** Re-encodes the text as GB18030 (what Excel in mainland China writes), sometimes with its BOM. */
export const toGb18030: Mutation = {
  name: 'gb18030',
  apply: (rng, bytes) => new Uint8Array(iconv.encode(withoutBom(decodeText(bytes)), 'gb18030', { addBOM: rng.chance(0.2) })),
};

/** Re-encodes the text as Big5 (Taiwan, Hong Kong); characters Big5 lacks become `?`. */
export const toBig5: Mutation = {
  name: 'big5',
  apply: (_rng, bytes) => new Uint8Array(iconv.encode(withoutBom(decodeText(bytes)), 'big5')),
};

/** Re-encodes the text as UTF-16, little or big endian, with or without its BOM. */
export const toUtf16: Mutation = {
  name: 'utf-16',
  apply: (rng, bytes) => new Uint8Array(iconv.encode(withoutBom(decodeText(bytes)), rng.chance(0.5) ? 'utf-16le' : 'utf-16be', { addBOM: rng.chance(0.8) })),
};

/** Adds a UTF-8 BOM in front of the bytes, once or twice. */
export const addBom: Mutation = {
  name: 'add-bom',
  apply: (rng, bytes) => {
    const bom = rng.chance(0.9) ? [0xef, 0xbb, 0xbf] : [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf];
    return Uint8Array.from([...bom, ...bytes]);
  },
};

/** Removes a leading UTF-8 BOM or one of its bytes. */
export const removeBom: Mutation = {
  name: 'remove-bom',
  apply: (rng, bytes) => (bytes[0] === 0xef ? bytes.slice(rng.between(1, 3)) : bytes.slice()),
};

/**
 * The encoding mutations: GB18030, Big5, UTF-16, and BOMs added or removed.
 *
 * @example
 * rng.pick(ENCODING_MUTATIONS).apply(rng, bytes);
 */
export const ENCODING_MUTATIONS: readonly Mutation[] = [toGb18030, toBig5, toUtf16, addBom, removeBom];
