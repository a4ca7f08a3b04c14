import { identityHash } from './identity-index.ts';

/** Identities per bucket, about: a bucket's table stays within the processor's cache. */
const BUCKET_SIZE = 512;

/**
 * Groups equal identities: for each index of `identities`, the first index
 * that holds the same identity (itself when it is the first), or -1 where
 * the identity is null. The same answer as a `Map` from identity to first
 * index, but the identities are hashed, partitioned by their hash's high
 * bits and grouped bucket by bucket in a small table, so a million of them
 * are compared in cache-sized pieces rather than probed at random in one
 * large table (a cache miss each).
 *
 * @example
 * identityClasses(['a', 'b', 'a', null]); // Int32Array [0, 1, 0, -1]
 */
export function identityClasses(identities: readonly (string | null)[]): Int32Array {
  const count = identities.length;
  const classes = new Int32Array(count).fill(-1);
  const hashes = new Int32Array(count);
  const bits = count <= BUCKET_SIZE ? 0 : Math.min(16, Math.ceil(Math.log2(count / BUCKET_SIZE)));
  const bucketOf = (hash: number) => (bits === 0 ? 0 : hash >>> (32 - bits));
  const starts = new Int32Array((1 << bits) + 1);
  for (let i = 0; i < count; i++) {
    const identity = identities[i];
    if (identity == null) continue;
    const hash = identityHash(identity);
    hashes[i] = hash;
    (starts[bucketOf(hash) + 1] as number)++;
  }
  for (let b = 1; b < starts.length; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);

  // The indexes grouped by bucket, ascending within each (so a bucket meets an identity's first index first),
  // and their hashes in the same order, so that the buckets are read in sequence.
  const order = new Int32Array(starts[starts.length - 1] as number);
  const orderedHashes = new Int32Array(order.length);
  const next = starts.slice(0, -1);
  for (let i = 0; i < count; i++) {
    if (identities[i] == null) continue;
    const hash = hashes[i] as number;
    const b = bucketOf(hash);
    const k = next[b] as number;
    order[k] = i;
    orderedHashes[k] = hash;
    next[b] = k + 1;
  }

  let largest = 0;
  for (let b = 0; b + 1 < starts.length; b++) largest = Math.max(largest, (starts[b + 1] as number) - (starts[b] as number));
  let size = 2;
  while (size < largest * 2) size *= 2;
  // Per slot: the position in `order` of a bucket's first identity, valid while `stamps` holds the bucket's number + 1.
  const table = new Int32Array(size);
  const stamps = new Int32Array(size);
  const mask = size - 1;
  for (let b = 0; b + 1 < starts.length; b++) {
    const stamp = b + 1;
    const end = starts[b + 1] as number;
    for (let k = starts[b] as number; k < end; k++) {
      const hash = orderedHashes[k] as number;
      const i = order[k] as number;
      let slot = hash & mask;
      let first = i;
      for (; stamps[slot] === stamp; slot = (slot + 1) & mask) {
        const j = table[slot] as number;
        if (orderedHashes[j] === hash && identities[order[j] as number] === identities[i]) {
          first = order[j] as number;
          break;
        }
      }
      classes[i] = first;
      if (first === i) {
        table[slot] = k;
        stamps[slot] = stamp;
      }
    }
  }
  return classes;
}
