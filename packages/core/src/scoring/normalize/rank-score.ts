import type { Direction } from '../scheme.ts';
import { exactDecimal } from '../rules/exact-decimal.ts';
import { peerValues } from './peer-values.ts';

/**
 * A unit's place among its peers: its competition rank r (1 + the peers
 * strictly better, ties sharing the best rank, as `rankValues`) and the
 * number of peers n (the unit included), with how many are strictly worse
 * and how many have the same value (the unit included).
 *
 * @example
 * peerStanding(80, [90, 80, 80, 70], 'higher'); // { rank: 2, count: 4, worse: 1, same: 2 }
 */
export function peerStanding(
  value: number,
  peers: readonly number[],
  direction: Direction,
): {
  /** Competition rank, 1 = best: 1 + the number of values strictly better in `direction`; ties share it. */
  rank: number;
  /** Number of finite values compared, the unit's own included. */
  count: number;
  /** Number of values strictly worse in `direction`. */
  worse: number;
  /** Number of values equal to the unit's, the unit's own included (so at least 1 when its value is finite). */
  same: number;
} {
  let better = 0;
  let worse = 0;
  let same = 0;
  const values = peerValues(value, peers);
  for (const v of values) {
    if (v === value) same++;
    else if (direction === 'higher' ? v > value : v < value) better++;
    else worse++;
  }
  return { rank: better + 1, count: values.length, worse, same };
}

/**
 * Rank scoring: 100 × (n − r) / (n − 1), with r the unit's competition rank
 * among n peers — the best scores 100, the worst 0, tied units share the
 * score of their best rank. A unit alone scores 100.
 *
 * @example
 * rankScore(90, [90, 80, 70], 'higher'); // 100
 * rankScore(80, [90, 80, 80, 70], 'higher'); // 66.66666666666667
 * rankScore(70, [90, 80, 70], 'higher'); // 0
 */
export function rankScore(value: number, peers: readonly number[], direction: Direction): number {
  const { rank, count } = peerStanding(value, peers, direction);
  if (count <= 1) return 100;
  return exactDecimal.product(100, exactDecimal.quotient(count - rank, count - 1));
}
