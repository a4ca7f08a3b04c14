import { Random } from '@fazhi/core';

/**
 * A small seeded pseudo-random generator (mulberry32, core's Random): the same seed gives
 * the same sequence on every machine, so any fuzz input can be made again
 * from its seed and index alone.
 *
 * @example
 * const rng = new Prng(inputSeed(2019, 17));
 * rng.int(10); // 0 … 9, the same every time
 */
export class Prng {
  /** Core's mulberry32 generator (Random), the one sequence the fuzzer, the bench and the robustness analysis draw from. */
  private readonly random: Random;

  /** Starts the sequence from a 32-bit seed. */
  constructor(seed: number) {
    this.random = new Random(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.random.next();
  }

  /** An integer in [0, n); 0 when n ≤ 0. */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/**
 * The seed of input `index` of a run seeded `seed`: inputs are independent,
 * so `--only I` replays input I without making the ones before it.
 *
 * @example
 * new Prng(inputSeed(2019, 0));
 */
export function inputSeed(seed: number, index: number): number {
  // splitmix32-style mixing of the two numbers
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index >>> 0, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
  return (h ^ (h >>> 15)) >>> 0;
}
