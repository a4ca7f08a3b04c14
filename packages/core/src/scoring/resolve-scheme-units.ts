import type { UnitRecord } from '../datasets/records.ts';
import { UnitRegistry } from '../datasets/unit-registry.ts';
import type { Scheme } from './scheme.ts';

/**
 * The scheme with the unit names of `units.include` and `units.exclude`
 * resolved to canonical names through the registered units (the records of
 * `units.csv`: names and aliases, Traditional or Simplified script), so that
 * a scheme may name a unit by an alias (`劳保局`) or in the other script
 * (`蘇州工業園區司法局`). A name the register does not know is kept as
 * written (NFKC, trimmed); without records every name is kept so. The
 * scheme is not mutated; a scheme without include or exclude is returned
 * as is. `scoreUnits` calls it with its `unitRecords` option: callers need
 * not.
 *
 * @example
 * const units = [{ unit: '苏州工业园区劳动和社会保障局', aliases: ['劳保局'] }];
 * resolveSchemeUnits({ ...scheme, units: { include: ['勞保局'] } }, units).units?.include;
 * // ['苏州工业园区劳动和社会保障局']
 */
export function resolveSchemeUnits(scheme: Scheme, unitRecords: readonly Pick<UnitRecord, 'unit' | 'aliases'>[]): Scheme {
  const units = scheme.units;
  if (units === undefined || (units.include === undefined && units.exclude === undefined)) return scheme;
  // One register per call: resolve() remembers unknown spellings, which must not leak between schemes.
  const registry = new UnitRegistry(unitRecords);
  const canonical = (names: readonly string[]): string[] => names.map((name) => registry.resolve(name).name);
  return {
    ...scheme,
    units: {
      ...units,
      ...(units.include === undefined ? {} : { include: canonical(units.include) }),
      ...(units.exclude === undefined ? {} : { exclude: canonical(units.exclude) }),
    },
  };
}
