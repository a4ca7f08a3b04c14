import { Adder } from 'd3-array';
import type { Direction } from '../scheme.ts';
import { peerValues } from './peer-values.ts';

/**
 * Standardisation (OECD/JRC, Handbook on Constructing Composite Indicators,
 * 2008, §5.2): z = (value − mean) / σ over the peers' values, with σ the
 * population standard deviation (dividing by n: the peers are every scored
 * unit, not a sample). When lower is better the sign is turned, so a
 * positive z is always better than average. Unbounded, hence index mode
 * only. When every peer has the same value (σ = 0), z is 0.
 *
 * @example
 * zScore(6, [2, 4, 6], 'higher'); // 1.224744871391589
 * zScore(6, [2, 4, 6], 'lower'); // -1.224744871391589
 * zScore(3, [3, 3], 'higher'); // 0
 */
export function zScore(value: number, peers: readonly number[], direction: Direction): number {
  const { mean, sd } = peerMoments(value, peers);
  if (sd === 0) return 0;
  const z = (value - mean) / sd;
  return direction === 'higher' ? z : -z;
}

/**
 * The mean and population standard deviation of the peers' values (the
 * unit's own included). Sums are exact (d3's Adder), so the order of the
 * peers does not change the result.
 *
 * @example
 * peerMoments(6, [2, 4, 6]); // { mean: 4, sd: 1.632993161855452 }
 */
export function peerMoments(
  value: number,
  peers: readonly number[],
): {
  /** The arithmetic mean of the finite values, in the indicator's unit; the unit's own value when there are none. */
  mean: number;
  /** The population standard deviation (divided by n, not n − 1), in the indicator's unit; 0 when all values are equal or there are none. */
  sd: number;
} {
  const values = peerValues(value, peers);
  const n = values.length;
  if (n === 0) return { mean: value, sd: 0 };
  const sum = new Adder();
  for (const v of values) sum.add(v);
  const mean = sum.valueOf() / n;
  const squares = new Adder();
  for (const v of values) squares.add((v - mean) ** 2);
  return { mean, sd: Math.sqrt(squares.valueOf() / n) };
}
