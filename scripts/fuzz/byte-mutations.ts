import type { Mutation } from './mutation.ts';
import type { Prng } from './prng.ts';

/** Bytes that mean something to a CSV reader or a decoder, inserted more often than random ones. */
const SPECIAL = [0x00, 0x22, 0x2c, 0x0a, 0x0d, 0x09, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0x80, 0xe5, 0x1a, 0x7f];

/** A range [start, end) of the bytes, short more often than long. */
function range(rng: Prng, length: number): [number, number] {
  const start = rng.int(length + 1);
  const size = rng.chance(0.8) ? rng.between(1, 8) : rng.between(1, Math.max(1, length >> 2));
  return [start, Math.min(length, start + size)];
}

/** Bytes joined. */
function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Flips one to eight random bits. */
export const flipBits: Mutation = {
  name: 'flip',
  apply: (rng, bytes) => {
    const out = bytes.slice();
    if (out.length === 0) return out;
    for (let n = rng.between(1, 8); n > 0; n--) {
      const at = rng.int(out.length);
      out[at] = (out[at] as number) ^ (1 << rng.int(8));
    }
    return out;
  },
};

/** Deletes a range of bytes (often splitting a multi-byte character or a quoted cell). */
export const deleteRange: Mutation = {
  name: 'delete',
  apply: (rng, bytes) => {
    const [start, end] = range(rng, bytes.length);
    return concat(bytes.subarray(0, start), bytes.subarray(end));
  },
};

/** Inserts a few bytes, special ones (NUL, quote, CR, 0xFF, BOM bytes…) or random. */
export const insertBytes: Mutation = {
  name: 'insert',
  apply: (rng, bytes) => {
    const inserted = Uint8Array.from({ length: rng.between(1, 6) }, () => (rng.chance(0.6) ? rng.pick(SPECIAL) : rng.int(256)));
    const at = rng.int(bytes.length + 1);
    return concat(bytes.subarray(0, at), inserted, bytes.subarray(at));
  },
};

/** Copies a range of bytes to somewhere else, once or several times. */
export const duplicateRange: Mutation = {
  name: 'duplicate',
  apply: (rng, bytes) => {
    const [start, end] = range(rng, bytes.length);
    const piece = bytes.subarray(start, end);
    const copies = Array.from({ length: rng.chance(0.9) ? 1 : rng.between(2, 50) }, () => piece);
    const at = rng.int(bytes.length + 1);
    return concat(bytes.subarray(0, at), ...copies, bytes.subarray(at));
  },
};

/** Cuts the file short, anywhere. */
export const truncate: Mutation = {
  name: 'truncate',
  apply: (rng, bytes) => bytes.slice(0, rng.int(bytes.length + 1)),
};

/**
 * The byte-level mutations: flip, delete, insert, duplicate, truncate.
 *
 * @example
 * rng.pick(BYTE_MUTATIONS).apply(rng, bytes);
 */
export const BYTE_MUTATIONS: readonly Mutation[] = [flipBits, deleteRange, insertBytes, duplicateRange, truncate];
