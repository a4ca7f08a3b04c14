import { Adder } from 'd3-array';

/**
 * The weighted arithmetic mean Σ wᵢxᵢ / Σ wᵢ, with exact sums (d3's Adder),
 * so the order of the pairs does not change the result. Pairs with weight 0
 * do not count. null when there are no pairs or the weights sum to 0.
 *
 * @throws RangeError when values and weights differ in length.
 * @example
 * weightedArithmeticMean([94.11765, 98.99497, 99.80609, 100], [1, 1, 1, 1]); // 98.2296775
 * weightedArithmeticMean([80, 60], [3, 1]); // 75
 * weightedArithmeticMean([], []); // null
 */
export function weightedArithmeticMean(values: readonly number[], weights: readonly number[]): number | null {
  if (values.length !== weights.length) {
    throw new RangeError(`weightedArithmeticMean: ${values.length} values but ${weights.length} weights`);
  }
  const numerator = new Adder();
  const denominator = new Adder();
  for (let i = 0; i < values.length; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    numerator.add(w * values[i]!);
    denominator.add(w);
  }
  const total = denominator.valueOf();
  return total === 0 ? null : numerator.valueOf() / total;
}
