import type { UnitRecord } from '../../datasets/records.ts';
import type { IndicatorRow } from '../../indicators/indicator-row.ts';
import { IndicatorLookup } from '../engine/indicator-lookup.ts';
import type { Scheme } from '../scheme.ts';
import type { ItemTreatment } from '../unit-score.ts';
import { treatRows, type TreatmentChange } from './treat-rows.ts';

/**
 * One year's indicator rows as a scheme with a `treatment` section scores
 * them, and what the treatment changed per unit × item.
 *
 * @example
 * const year: TreatedYear = treatYear(rows, scheme, 2019, units);
 * year.itemTreatment('苏州工业园区司法局', 'head-appearance'); // { reason: 'imputed', imputation: 'median', from: null }
 */
export interface TreatedYear {
  /** The rows of the year and the year before, the year's values treated. */
  lookup: IndicatorLookup;
  /** Every value changed, by item then unit (as `treatRows` lists them). */
  changes: TreatmentChange[];
  /** What the treatment did to one unit's item; null when it left the value as it was. */
  itemTreatment(unit: string, item: string): ItemTreatment | null;
}

/**
 * Applies the scheme's data treatment (`scheme.treatment`: imputation, the
 * JRC outlier rule; see `treatRows`) to one year's values of `units` (the
 * units ranked that year, without the jurisdiction `*`), as `scoreUnits`
 * does before it scores the year: the treatment compares the units of one
 * year, so each year is treated on its own. The year before is kept for
 * the `last-year` imputation. Without a `treatment` section nothing changes.
 *
 * @example
 * const scheme = {
 *   format: 'fazhi-scheme/1', id: 'appear', version: '1', name: '出庭', total: 10, treatment: { imputation: 'median' },
 *   dimensions: [{ id: 'litigation', name: '行政應訴', points: 10, items: [
 *     { id: 'appear', name: '負責人出庭', indicator: 'litigation.head_appearance_rate', points: 10, rule: { type: 'target', target: 1 } },
 *   ] }],
 * };
 * const units = ['A', 'B', 'C'];
 * const rates = [0.5, 1, null].map((value, i) => ({ indicator: 'litigation.head_appearance_rate', unit: units[i], year: 2019, numerator: 0, denominator: null, value }));
 * const treated = treatYear(rates, scheme, 2019, units);
 * treated.itemTreatment('C', 'appear'); // { reason: 'imputed', imputation: 'median', from: null }
 * treated.lookup.find('C', 2019, 'litigation.head_appearance_rate')?.value; // 0.75
 */
export function treatYear(
  rows: readonly IndicatorRow[], scheme: Scheme, year: number, units: readonly string[],
  unitRecords: readonly (Pick<UnitRecord, 'unit'> & Partial<Pick<UnitRecord, 'kind'>>)[] = [],
): TreatedYear {
  const near = rows.filter((r) => r.year === year || r.year === year - 1);
  const { imputation, outliers } = scheme.treatment ?? {};
  const treated = treatRows(near, scheme, {
    year, units, unitRecords: unitRecords.map((r) => ({ unit: r.unit, kind: r.kind ?? null })),
    ...(imputation !== undefined && { imputation }), ...(outliers !== undefined && { outliers }),
  });
  const byItem = new Map<string, ItemTreatment>();
  for (const c of treated.changes) {
    for (const item of c.items) byItem.set(`${c.unit}\u0001${item}`, { reason: c.reason, imputation: c.imputation, from: c.from });
  }
  return {
    lookup: new IndicatorLookup(treated.rows),
    changes: treated.changes,
    itemTreatment: (unit, item) => byItem.get(`${unit}\u0001${item}`) ?? null,
  };
}
