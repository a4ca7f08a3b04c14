import type { IndicatorRow } from '../../indicators/indicator-row.ts';
import type { SchemeItem } from '../scheme.ts';
import { catalogueEntry } from '../../indicators/catalogue.ts';

/**
 * The value an item scores for one unit × year, after the missing-data
 * policy: the row's value, or 0 for a missing count under `zero`, or null
 * under `exclude`.
 *
 * @example
 * const v: ItemValue = { value: 0, numerator: 0, denominator: null, missing: true, missingAs: 'zero' };
 */
export interface ItemValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  missing: boolean;
  missingAs: 'exclude' | 'zero' | null;
}

/**
 * What a missing value of `item` becomes: the item's `missing`, else `zero`
 * for count indicators (a unit without lost-case records lost 0 cases) and
 * `exclude` for everything else (a unit that issued no document has no
 * filing rate, not a rate of 0).
 *
 * @example
 * missingPolicy({ id: 'lost', name: '敗訴', indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } }); // 'zero'
 */
export function missingPolicy(item: SchemeItem): 'exclude' | 'zero' {
  return item.missing ?? (catalogueEntry(item.indicator).kind === 'count' ? 'zero' : 'exclude');
}

/**
 * The item's value for one unit × year from its indicator row (null: no
 * row). A row whose value is null (a rate over 0 cases) is missing like an
 * absent row.
 *
 * @example
 * itemValue(null, lostCasesItem);  // { value: 0, numerator: 0, denominator: null, missing: true, missingAs: 'zero' }
 * itemValue(null, filingRateItem); // { value: null, …, missing: true, missingAs: 'exclude' }
 */
export function itemValue(row: IndicatorRow | null, item: SchemeItem): ItemValue {
  if (row !== null && row.value !== null) {
    return { value: row.value, numerator: row.numerator, denominator: row.denominator, missing: false, missingAs: null };
  }
  const numerator = row?.numerator ?? null;
  const denominator = row?.denominator ?? null;
  if (missingPolicy(item) === 'zero') return { value: 0, numerator: 0, denominator, missing: true, missingAs: 'zero' };
  return { value: null, numerator, denominator, missing: true, missingAs: 'exclude' };
}
