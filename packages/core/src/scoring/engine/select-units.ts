import { JURISDICTION } from '../../indicators/indicator-row.ts';
import { toSimplified } from '../../values/to-simplified.ts';
import type { Scheme } from '../scheme.ts';
import type { IndicatorLookup } from './indicator-lookup.ts';

function nameKey(name: string): string {
  return toSimplified(name.trim());
}

/**
 * The units a scheme scores in one year: every unit other than the
 * jurisdiction `*` with at least one row, that year, of an indicator one of
 * the scheme's items reads; narrowed to `units.include` when given, without
 * `units.exclude`, plus `*` itself with `units.jurisdiction: true` (when it
 * has such a row). Names are compared in Simplified script. Unordered.
 *
 * @example
 * selectUnits(lookup, scheme, 2019); // ['苏州工业园区劳动和社会保障局', …]
 */
export function selectUnits(lookup: IndicatorLookup, scheme: Scheme, year: number): string[] {
  const indicators = new Set<string>(scheme.dimensions.flatMap((d) => d.items.map((i) => i.indicator)));
  const include = scheme.units?.include === undefined ? null : new Set(scheme.units.include.map(nameKey));
  const exclude = new Set((scheme.units?.exclude ?? []).map(nameKey));
  const jurisdiction = scheme.units?.jurisdiction === true;
  return lookup.unitsWith(year, indicators).filter((unit) => {
    if (unit === JURISDICTION) return jurisdiction;
    const key = nameKey(unit);
    return (include === null || include.has(key)) && !exclude.has(key);
  });
}
