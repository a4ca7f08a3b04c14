import { Adder } from 'd3-array';
import type { LocalizedText } from '../../messages/localized-text.ts';
import { explainMessages } from '../explain-messages.ts';

/**
 * A weighted geometric mean, or why there is none.
 *
 * @example
 * const g: GeometricMean = { ok: true, value: 40 };
 */
export type GeometricMean =
  | {
      /** true: the mean could be computed. */
      ok: true;
      /** The weighted geometric mean, in the values' own unit (points or 0–100 scores). */
      value: number;
    }
  | {
      /** false: the mean cannot be computed (a value not positive, no weights, or weights summing to 0). */
      ok: false;
      /** Why, in the three languages, to show the user as it is. */
      reason: LocalizedText;
    };

/**
 * The weighted geometric mean exp(Σ wᵢ ln xᵢ / Σ wᵢ) (as the UNDP Human
 * Development Index aggregates its dimensions). A logarithm needs positive
 * values, so a zero or negative value (with a non-zero weight) makes the mean
 * refuse, saying which value, unless an `offset` is given: then it is the
 * mean of (x + offset), less the offset — documented in the scheme as
 * `geometricOffset`. It also refuses when there are no pairs or the weights
 * sum to 0. Pairs with weight 0 do not count. Equal values give that value
 * exactly; sums are exact, so the order of the pairs does not matter.
 *
 * @throws RangeError when values and weights differ in length.
 * @example
 * weightedGeometricMean([10, 40], [1, 1]); // { ok: true, value: 20 }
 * weightedGeometricMean([0, 40], [1, 1]).ok; // false — a zero score
 * weightedGeometricMean([0, 40], [1, 1], 1); // { ok: true, value: 5.403… } (√(1 × 41) − 1)
 */
export function weightedGeometricMean(values: readonly number[], weights: readonly number[], offset = 0): GeometricMean {
  if (values.length !== weights.length) {
    throw new RangeError(`weightedGeometricMean: ${values.length} values but ${weights.length} weights`);
  }
  const logs = new Adder();
  const total = new Adder();
  let first: number | null = null;
  let allEqual = true;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    const x = values[i]!;
    const shifted = x + offset;
    if (!(shifted > 0)) return { ok: false, reason: explainMessages['geometric.nonpositive'](x, offset) };
    if (first === null) first = x;
    else if (x !== first) allEqual = false;
    logs.add(w * Math.log(shifted));
    total.add(w);
  }
  const sum = total.valueOf();
  if (first === null || sum === 0) return { ok: false, reason: explainMessages['geometric.empty']() };
  if (allEqual) return { ok: true, value: first };
  return { ok: true, value: Math.exp(logs.valueOf() / sum) - offset };
}
