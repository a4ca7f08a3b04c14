import type { Prng } from './prng.ts';

/**
 * One way of damaging a file: takes its bytes and returns new bytes (never
 * changing the ones given). `name` is what a failure report prints.
 *
 * @example
 * const flip: Mutation = { name: 'flip', apply: (rng, bytes) => bytes };
 */
export interface Mutation {
  /** Short name, shown in failure reports (`flip`, `dates`, `gb18030`). */
  name: string;
  /** The mutated bytes. */
  apply: (rng: Prng, bytes: Uint8Array) => Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');
const encoder = new TextEncoder();

/**
 * A mutation of the file's text: the bytes are decoded (UTF-8, else
 * GB18030, which decodes any bytes), changed, and written back as UTF-8.
 *
 * @example
 * const upper = textMutation('upper', (_rng, text) => text.toUpperCase());
 */
export function textMutation(name: string, change: (rng: Prng, text: string) => string): Mutation {
  return { name, apply: (rng, bytes) => encoder.encode(change(rng, decodeText(bytes))) };
}

/**
 * The text of a file as the fuzzer sees it: UTF-8 when the bytes are valid
 * UTF-8, GB18030 otherwise (a BOM is kept as U+FEFF).
 *
 * @example
 * decodeText(new Uint8Array([0x61])); // 'a'
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
}
