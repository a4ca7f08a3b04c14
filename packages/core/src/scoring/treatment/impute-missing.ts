import { mean, median } from 'd3-array';
import type { Imputation } from '../scheme.ts';

/**
 * What a unit's missing value is filled in from.
 *
 * @example
 * const context: ImputationContext = { kinds: ['部门', '部门', '街道'], lastYear: [3, null, 1], count: true };
 */
export interface ImputationContext {
  /** Each unit's kind (units.csv 類型), null when unknown; for `kind-mean`. Default: all unknown. */
  kinds?: readonly (string | null)[];
  /** Each unit's value the year before, null when none; for `last-year`. Default: none. */
  lastYear?: readonly (number | null)[];
  /** Whether the indicator is a count (`zero` fills counts only). Default false. */
  count?: boolean;
}

/**
 * Fills in the missing values (null) of one item across the scored units:
 * `none` leaves them; `mean` / `median` of the units that have a value;
 * `kind-mean` the mean of the units of the same kind that have one (else of
 * all); `last-year` the unit's own value the year before (else left); `zero`
 * 0 for a count indicator (else left). Returns the filled values, in the
 * input's order; a value with no source stays null. Never changes its input.
 *
 * @example
 * imputeMissing([1, null, 3, 8], 'median'); // [1, 3, 3, 8]
 * imputeMissing([1, null, 3], 'kind-mean', { kinds: ['a', 'b', 'b'] }); // [1, 3, 3]
 * imputeMissing([1, null], 'last-year', { lastYear: [0, null] }); // [1, null]
 */
export function imputeMissing(values: readonly (number | null)[], imputation: Imputation, context: ImputationContext = {}): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  switch (imputation) {
    case 'none':
      return [...values];
    case 'mean':
    case 'median': {
      const fill = present.length === 0 ? null : (imputation === 'mean' ? mean(present) : median(present)) ?? null;
      return values.map((v) => v ?? fill);
    }
    case 'kind-mean': {
      const kinds = context.kinds ?? [];
      const overall = present.length === 0 ? null : mean(present) ?? null;
      return values.map((v, i) => {
        if (v !== null) return v;
        const kind = kinds[i] ?? null;
        const same = kind === null ? [] : values.filter((w, j): w is number => w !== null && kinds[j] === kind);
        return same.length > 0 ? mean(same)! : overall;
      });
    }
    case 'last-year':
      return values.map((v, i) => v ?? context.lastYear?.[i] ?? null);
    case 'zero':
      return values.map((v) => v ?? (context.count === true ? 0 : null));
  }
}
