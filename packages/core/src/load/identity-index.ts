import type { RecordSource } from '../datasets/records.ts';

/**
 * Where each record identity of a dataset was first seen: a Map-like
 * string → {@link RecordSource} table with open addressing over an
 * Int32Array, faster than a `Map` at a million fresh identity strings. A
 * `set` right after a missed `get` of the same identity reuses the probe.
 * A file checked for repeats without the index (the first file of its
 * dataset, see `identityClasses`) hands its identities over with
 * {@link later}: they are added only if the index is asked again, that is
 * when a second file of the dataset is loaded.
 *
 * @example
 * const seen = new IdentityIndex();
 * seen.get('(2019)苏0591行初1号');                              // undefined
 * seen.set('(2019)苏0591行初1号', { file: 'a.csv', row: 2 });
 * seen.get('(2019)苏0591行初1号');                              // { file: 'a.csv', row: 2 }
 */
export class IdentityIndex {
  /** Per slot two entries: id + 1 (0 = free) and the identity's hash, side by side so that a probe touches one cache line. */
  #table = new Int32Array(2048);
  #mask = 1023;
  readonly #keys: string[] = [];
  readonly #sources: RecordSource[] = [];
  /** The identity of the last missed get, its hash and free slot. */
  #missKey: string | null = null;
  #missHash = 0;
  #missSlot = 0;
  /** Identities handed over with {@link later} and not added yet. */
  #pending: ((index: IdentityIndex) => void)[] = [];

  /** Identities held (adding those handed over with {@link later}). */
  get size(): number {
    this.#addPending();
    return this.#keys.length;
  }

  /** True when the index holds no identity and none is waiting to be added. */
  get isEmpty(): boolean {
    return this.#keys.length === 0 && this.#pending.length === 0;
  }

  /**
   * Hands over identities to add only when the index is next used: `add`
   * is called with the index then (and not at all if it never is).
   *
   * @example
   * seen.later((index) => index.set('(2019)苏0591行初1号', { file: 'a.csv', row: 2 }));
   * seen.isEmpty; // false
   */
  later(add: (index: IdentityIndex) => void): void {
    this.#pending.push(add);
  }

  /**
   * Makes room for `count` identities in all, so that a file's worth of new
   * identities does not rehash the table over and over.
   *
   * @example
   * seen.reserve(seen.size + 1_000_000);
   */
  reserve(count: number): void {
    this.#addPending();
    let slots = this.#mask + 1;
    while (count * 2 > slots) slots *= 2;
    if (slots !== this.#mask + 1) this.#rehash(slots);
  }

  /** Where the identity was first seen, or undefined. */
  get(identity: string): RecordSource | undefined {
    this.#addPending();
    const hash = identityHash(identity);
    const mask = this.#mask;
    const table = this.#table;
    let slot = hash & mask;
    for (;;) {
      const entry = table[2 * slot] as number;
      if (entry === 0) break;
      if (table[2 * slot + 1] === hash && this.#keys[entry - 1] === identity) return this.#sources[entry - 1];
      slot = (slot + 1) & mask;
    }
    this.#missKey = identity;
    this.#missHash = hash;
    this.#missSlot = slot;
    return undefined;
  }

  /** Records (or replaces) where the identity was first seen. */
  set(identity: string, source: RecordSource): this {
    this.#addPending();
    if (this.#missKey !== identity && this.get(identity) !== undefined) {
      for (let i = 0; i < this.#keys.length; i++) if (this.#keys[i] === identity) this.#sources[i] = source;
      return this;
    }
    this.#missKey = null;
    const id = this.#keys.length;
    this.#keys.push(identity);
    this.#sources.push(source);
    this.#table[2 * this.#missSlot] = id + 1;
    this.#table[2 * this.#missSlot + 1] = this.#missHash;
    if ((id + 1) * 2 > this.#mask + 1) this.#rehash((this.#mask + 1) * 2);
    return this;
  }

  #addPending(): void {
    if (this.#pending.length === 0) return;
    const pending = this.#pending;
    this.#pending = [];
    for (const add of pending) add(this);
  }

  #rehash(size: number): void {
    const old = this.#table;
    const table = new Int32Array(2 * size);
    const mask = size - 1;
    for (let s = 0; s < old.length; s += 2) {
      const entry = old[s] as number;
      if (entry === 0) continue;
      const hash = old[s + 1] as number;
      let slot = hash & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = entry;
      table[2 * slot + 1] = hash;
    }
    this.#table = table;
    this.#mask = mask;
    this.#missKey = null;
  }
}

/**
 * The hash of an identity: a 31-multiplier hash of its UTF-16 code units,
 * spread over all bits (the index uses the low ones, `identityClasses`
 * the high ones too).
 *
 * @example
 * identityHash('A-3') === identityHash('A-3'); // true
 */
export function identityHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return hash ^ (hash >>> 16);
}
