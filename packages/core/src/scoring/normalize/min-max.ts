import type { Direction } from '../scheme.ts';
import { exactDecimal } from '../rules/exact-decimal.ts';
import { peerValues } from './peer-values.ts';

/**
 * Min-max normalisation (OECD/JRC, Handbook on Constructing Composite
 * Indicators, 2008, §5.2): 100 × (value − min) / (max − min) over the peers'
 * values when higher is better, 100 × (max − value) / (max − min) when lower
 * is better, so the best unit scores 100 and the worst 0. When every peer has
 * the same value there is no spread to scale by and every unit scores 100
 * (each is as good as the best).
 *
 * @example
 * minMax(5, [0, 5, 10], 'higher'); // 50
 * minMax(2, [2, 4, 10], 'lower'); // 100
 * minMax(7, [7, 7], 'higher'); // 100
 */
export function minMax(value: number, peers: readonly number[], direction: Direction): number {
  const { min, max } = peerRange(value, peers);
  if (max === min) return 100;
  const distance = direction === 'higher' ? exactDecimal.difference(value, min) : exactDecimal.difference(max, value);
  return Math.min(100, Math.max(0, exactDecimal.product(100, exactDecimal.quotient(distance, exactDecimal.difference(max, min)))));
}

/**
 * The smallest and largest of the peers' values (the unit's own included).
 *
 * @example
 * peerRange(5, [0, 10]); // { min: 0, max: 10 }
 */
export function peerRange(
  value: number,
  peers: readonly number[],
): {
  /** The smallest finite value; Infinity when there is none (no finite peer and a non-finite value). */
  min: number;
  /** The largest finite value; −Infinity when there is none. */
  max: number;
} {
  let min = Infinity;
  let max = -Infinity;
  for (const v of peerValues(value, peers)) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
