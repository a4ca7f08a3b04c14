import { Adder } from 'd3-array';
import type { BusinessMeasurementRecord } from '../datasets/records.ts';
import { compareCodePoints } from './compare-code-points.ts';
import { compareUnits } from './compare-units.ts';
import { goalpostScore } from './goalpost-score.ts';
import type { IndicatorRow } from './indicator-row.ts';
import { JURISDICTION } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';
import { rateValue } from './rate-value.ts';

interface Scored {
  score: number;
  weight: number;
}

/** unit → year → dimension → item → scored measurements. */
type Groups = Map<string, Map<number, Map<string, Map<string, Scored[]>>>>;

/**
 * The business.* indicators, by the measurement's `year`. A measurement whose
 * unit is blank belongs to the jurisdiction `*` itself; business rows are not
 * summed over units.
 *
 * - `business.indicator_score`: one row per measurement, with `dimension` and
 *   `item` (the indicator's name): numerator = value = {@link goalpostScore}
 *   (0–100), denominator null. A measurement whose goalposts coincide has no
 *   score and is left out of every business row.
 * - `business.dimension_score` per unit × year × dimension: numerator = Σ
 *   weight × score, denominator = Σ weight, value = the weighted mean (null
 *   when the weights sum to 0).
 * - `business.score` per unit × year: numerator = Σ dimension scores,
 *   denominator = number of dimensions with a score, value = their mean.
 *
 * Sums are exact, so nothing depends on record order.
 *
 * @example
 * const rows = businessIndicators(records.business_environment, resolveIndicatorOptions());
 * rows.find((r) => r.indicator === 'business.score' && r.year === 2019)?.value; // 84.91950070432306
 * rows.find((r) => r.indicator === 'business.dimension_score' && r.dimension === '开办企业' && r.year === 2018)?.value; // 94.40758202778599
 */
export function businessIndicators(records: readonly BusinessMeasurementRecord[], _options: ResolvedIndicatorOptions): IndicatorRow[] {
  const groups: Groups = new Map();
  for (const r of records) {
    const unit = r.unit ?? JURISDICTION;
    let years = groups.get(unit);
    if (years === undefined) {
      years = new Map();
      groups.set(unit, years);
    }
    let dimensions = years.get(r.year);
    if (dimensions === undefined) {
      dimensions = new Map();
      years.set(r.year, dimensions);
    }
    let items = dimensions.get(r.dimension);
    if (items === undefined) {
      items = new Map();
      dimensions.set(r.dimension, items);
    }
    let scored = items.get(r.indicator);
    if (scored === undefined) {
      scored = [];
      items.set(r.indicator, scored);
    }
    const score = goalpostScore(r.value, r.best, r.worst, r.exponent);
    if (score !== null) scored.push({ score, weight: r.weight });
  }

  const itemRows: IndicatorRow[] = [];
  const dimensionRows: IndicatorRow[] = [];
  const totalRows: IndicatorRow[] = [];
  for (const unit of [...groups.keys()].sort(compareUnits)) {
    const years = groups.get(unit)!;
    for (const year of [...years.keys()].sort((a, b) => a - b)) {
      const dimensions = years.get(year)!;
      const total = new Adder();
      let scoredDimensions = 0;
      for (const dimension of [...dimensions.keys()].sort(compareCodePoints)) {
        const items = dimensions.get(dimension)!;
        const weighted = new Adder();
        const weights = new Adder();
        for (const item of [...items.keys()].sort(compareCodePoints)) {
          for (const { score, weight } of items.get(item)!.sort(compareScored)) {
            itemRows.push({ indicator: 'business.indicator_score', unit, year, numerator: score, denominator: null, value: score, dimension, item });
            weighted.add(weight * score);
            weights.add(weight);
          }
        }
        const numerator = weighted.valueOf();
        const denominator = weights.valueOf();
        const value = rateValue(numerator, denominator);
        dimensionRows.push({ indicator: 'business.dimension_score', unit, year, numerator, denominator, value, dimension });
        if (value !== null) {
          total.add(value);
          scoredDimensions += 1;
        }
      }
      const numerator = total.valueOf();
      totalRows.push({ indicator: 'business.score', unit, year, numerator, denominator: scoredDimensions, value: rateValue(numerator, scoredDimensions) });
    }
  }
  return itemRows.concat(dimensionRows, totalRows);
}

/** Orders repeated measurements of one item, so that their rows do not depend on record order. */
function compareScored(a: Scored, b: Scored): number {
  return a.score - b.score || a.weight - b.weight;
}
