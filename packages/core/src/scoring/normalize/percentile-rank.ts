import type { Direction } from '../scheme.ts';
import { peerStanding } from './rank-score.ts';

/**
 * Percentile rank, the mid-rank definition: 100 × (B + ½ E) / n, where B is
 * the number of peers strictly worse than the value, E the number equal to it
 * (the unit itself included) and n the number of peers — the share of the
 * distribution below the value, counting half of its own tie group.
 * Crocker & Algina, Introduction to Classical and Modern Test Theory (1986),
 * p. 439; it is `scipy.stats.percentileofscore(…, kind='mean')`. "Worse"
 * follows the direction, so with `lower` the smallest value has the highest
 * percentile rank. Always in (0, 100); a unit alone scores 50.
 *
 * @example
 * percentileRank(3, [1, 2, 3, 4], 'higher'); // 62.5
 * percentileRank(2, [1, 2, 2, 4], 'higher'); // 50
 * percentileRank(1, [1, 2, 3, 4], 'lower'); // 87.5
 */
export function percentileRank(value: number, peers: readonly number[], direction: Direction): number {
  const { count, worse, same } = peerStanding(value, peers, direction);
  if (count === 0) return 50;
  return (100 * (2 * worse + same)) / (2 * count);
}
