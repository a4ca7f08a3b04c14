import { JOE_KUO_DIRECTIONS } from './joe-kuo-directions.ts';

/**
 * The most dimensions the bundled direction numbers reach (256: a Saltelli
 * design of up to 128 uncertain inputs).
 *
 * @example
 * MAX_SOBOL_DIMENSIONS; // 256
 */
export const MAX_SOBOL_DIMENSIONS = JOE_KUO_DIRECTIONS.split('\n').length + 1;

const BITS = 32;
let parsed: number[][] | null = null;

/** Direction numbers V₁ … V₃₂ (as 32-bit integers) of each dimension, read once. */
function directions(dimensions: number): Uint32Array[] {
  parsed ??= JOE_KUO_DIRECTIONS.split('\n').map((line) => line.split(' ').map(Number));
  const out: Uint32Array[] = [];
  for (let d = 0; d < dimensions; d++) {
    const v = new Uint32Array(BITS + 1);
    if (d === 0) {
      for (let i = 1; i <= BITS; i++) v[i] = (1 << (BITS - i)) >>> 0;
    } else {
      const [s, a, ...m] = parsed[d - 1]!;
      for (let i = 1; i <= s!; i++) v[i] = (m[i - 1]! << (BITS - i)) >>> 0;
      for (let i = s! + 1; i <= BITS; i++) {
        let x = (v[i - s!]! ^ (v[i - s!]! >>> s!)) >>> 0;
        for (let k = 1; k < s!; k++) x = (x ^ (((a! >>> (s! - 1 - k)) & 1) * v[i - k]!)) >>> 0;
        v[i] = x;
      }
    }
    out.push(v);
  }
  return out;
}

/**
 * The Sobol low-discrepancy sequence in [0, 1)^d (Sobol 1967; Bratley & Fox
 * 1988, Gray-code order of Antonov & Saleev) with the direction numbers of
 * Joe & Kuo (2008), as scipy.stats.qmc.Sobol without scrambling gives it.
 * It starts with the point 0 (Owen 2020: dropping it spoils the balance of
 * the first 2^m points); take powers of 2 of them. Up to
 * {@link MAX_SOBOL_DIMENSIONS} dimensions and 2³² points; throws a
 * RangeError beyond them.
 *
 * No npm package fits here: `sobol` reads its direction numbers with `fs`
 * (not in a browser) and `lobos` is a 2 MB Scala.js build.
 *
 * @example
 * const sobol = new SobolSequence(2);
 * [sobol.next(), sobol.next(), sobol.next(), sobol.next()]; // [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75]]
 */
export class SobolSequence {
  /** How many points have been drawn. */
  index = 0;
  private readonly v: Uint32Array[];
  private readonly x: Uint32Array;

  /** How many coordinates a point has. */
  readonly dimensions: number;

  /** A sequence of `dimensions` dimensions (1 … {@link MAX_SOBOL_DIMENSIONS}). */
  constructor(dimensions: number) {
    this.dimensions = dimensions;
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_SOBOL_DIMENSIONS) {
      throw new RangeError(`a Sobol sequence has 1 to ${MAX_SOBOL_DIMENSIONS} dimensions, not ${dimensions}`);
    }
    this.v = directions(dimensions);
    this.x = new Uint32Array(dimensions);
  }

  /** The next point. */
  next(): number[] {
    const point = new Array<number>(this.dimensions);
    this.nextInto(point);
    return point;
  }

  /** The next point, written into `out` (no allocation). */
  nextInto(out: number[] | Float64Array): void {
    if (this.index >= 2 ** BITS) throw new RangeError('a Sobol sequence of 32-bit direction numbers has 2^32 points');
    if (this.index > 0) {
      // The rightmost zero bit of index − 1 names the direction number that changes.
      let c = 1;
      let value = this.index - 1;
      while ((value & 1) === 1) {
        value = Math.floor(value / 2);
        c++;
      }
      for (let d = 0; d < this.dimensions; d++) this.x[d] = (this.x[d]! ^ this.v[d]![c]!) >>> 0;
    }
    for (let d = 0; d < this.dimensions; d++) out[d] = this.x[d]! / 2 ** BITS;
    this.index++;
  }
}
