import type { Imputation, RelativeRule, UncertainInput } from '../scoring/scheme.ts';

/**
 * The value an uncertain input takes in one run.
 *
 * @example
 * const choice: UncertainChoice = { type: 'weight', target: 'litigation', value: 22.5 };
 */
export type UncertainChoice =
  | {
    /** A weight input. */
    type: 'weight';
    /** The dimension or item. */
    target: string;
    /** Its points or weight in this run. */
    value: number;
  }
  | {
    /** An amount input. */
    type: 'amount';
    /** The item. */
    item: string;
    /** Which amount. */
    field: 'per' | 'cap' | 'target';
    /** The amount in this run. */
    value: number;
  }
  | {
    /** An aggregation input. */
    type: 'aggregation';
    /** The method in this run. */
    value: 'arithmetic' | 'geometric';
  }
  | {
    /** A normalisation input. */
    type: 'normalisation';
    /** The items it applies to; null: every relative item. */
    items: readonly string[] | null;
    /** The method in this run. */
    value: RelativeRule['method'];
  }
  | {
    /** An imputation input. */
    type: 'imputation';
    /** The imputation in this run. */
    value: Imputation;
  }
  | {
    /** A coverage input. */
    type: 'coverage';
    /** The threshold in this run. */
    value: number;
  };

/**
 * The choice an uncertain input makes for a number u in [0, 1): with
 * `noise`, nominal × (1 + noise × (2u − 1)); with alternatives, the
 * ⌊u × n⌋-th. `nominal` is the scheme's own value of what the input varies.
 *
 * @example
 * uncertainChoice({ type: 'weight', target: 'litigation', noise: 0.25 }, 20, 0.75); // { type: 'weight', target: 'litigation', value: 22.5 }
 * uncertainChoice({ type: 'coverage', alternatives: [0.5, 0.6] }, 0.6, 0.2); // { type: 'coverage', value: 0.5 }
 */
export function uncertainChoice(input: UncertainInput, nominal: number, u: number): UncertainChoice {
  const pick = <T>(alternatives: readonly T[]): T => alternatives[Math.min(alternatives.length - 1, Math.floor(u * alternatives.length))]!;
  const spread = (noise: number | undefined, alternatives: readonly number[] | undefined): number =>
    alternatives !== undefined ? pick(alternatives) : nominal * (1 + (noise ?? 0) * (2 * u - 1));
  switch (input.type) {
    case 'weight':
      return { type: 'weight', target: input.target, value: spread(input.noise, input.alternatives) };
    case 'amount':
      return { type: 'amount', item: input.item, field: input.field, value: spread(input.noise, input.alternatives) };
    case 'aggregation':
      return { type: 'aggregation', value: pick(input.alternatives) };
    case 'normalisation':
      return { type: 'normalisation', items: input.items ?? null, value: pick(input.alternatives) };
    case 'imputation':
      return { type: 'imputation', value: pick(input.alternatives) };
    case 'coverage':
      return { type: 'coverage', value: pick(input.alternatives) };
  }
}
