import type { RecordSource } from '../datasets/records.ts';

/**
 * Where each record identity of a dataset was first seen: a Map-like
 * string → {@link RecordSource} table with open addressing over an
 * Int32Array, faster than a `Map` at a million fresh identity strings. A
 * `set` right after a missed `get` of the same identity reuses the probe.
 *
 * @example
 * const seen = new IdentityIndex();
 * seen.get('(2019)苏0591行初1号');                              // undefined
 * seen.set('(2019)苏0591行初1号', { file: 'a.csv', row: 2 });
 * seen.get('(2019)苏0591行初1号');                              // { file: 'a.csv', row: 2 }
 */
export class IdentityIndex {
  #slots = new Int32Array(1024);
  #mask = 1023;
  readonly #keys: string[] = [];
  #hashes = new Int32Array(1024);
  readonly #sources: RecordSource[] = [];
  /** The identity of the last missed get, its hash and free slot. */
  #missKey: string | null = null;
  #missHash = 0;
  #missSlot = 0;

  /** Identities held. */
  get size(): number {
    return this.#keys.length;
  }

  /** Where the identity was first seen, or undefined. */
  get(identity: string): RecordSource | undefined {
    const hash = hashOf(identity);
    const mask = this.#mask;
    let slot = hash & mask;
    for (;;) {
      const entry = this.#slots[slot] as number;
      if (entry === 0) break;
      if (this.#hashes[entry - 1] === hash && this.#keys[entry - 1] === identity) return this.#sources[entry - 1];
      slot = (slot + 1) & mask;
    }
    this.#missKey = identity;
    this.#missHash = hash;
    this.#missSlot = slot;
    return undefined;
  }

  /** Records (or replaces) where the identity was first seen. */
  set(identity: string, source: RecordSource): this {
    if (this.#missKey !== identity && this.get(identity) !== undefined) {
      for (let i = 0; i < this.#keys.length; i++) if (this.#keys[i] === identity) this.#sources[i] = source;
      return this;
    }
    this.#missKey = null;
    const id = this.#keys.length;
    this.#keys.push(identity);
    if (id === this.#hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.#hashes);
      this.#hashes = hashes;
    }
    this.#hashes[id] = this.#missHash;
    this.#sources.push(source);
    this.#slots[this.#missSlot] = id + 1;
    if ((id + 1) * 2 > this.#slots.length) this.#grow();
    return this;
  }

  #grow(): void {
    const size = this.#slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.#keys.length; id++) {
      let slot = (this.#hashes[id] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

/** A 31-multiplier hash of the UTF-16 code units, spread over the low bits. */
function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return hash ^ (hash >>> 16);
}
