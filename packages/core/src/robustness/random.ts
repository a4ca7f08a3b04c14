/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence on every machine and in every JavaScript engine — Node, the
 * dashboard's worker, a browser — since it uses only 32-bit integer
 * arithmetic (`Math.imul`, shifts) and one division by 2³². The robustness
 * analysis draws its Monte Carlo runs from it; the bench and the fixtures
 * draw their synthetic data from it.
 *
 * @example
 * const random = new Random(42);
 * random.next(); // 0.6011037519201636
 * new Random(42).int(1, 6); // 4
 */
export class Random {
  private state: number;

  /** Starts the sequence of `seed` (taken as an unsigned 32-bit integer). */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** true with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One element by weight: `weighted([['是', 8], ['否', 2]])`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of choices) total += w;
    let r = this.next() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return (choices[choices.length - 1] as readonly [T, number])[0];
  }
}
