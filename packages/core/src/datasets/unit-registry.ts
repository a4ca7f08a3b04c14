import type { UnitRecord } from './records.ts';
import { toSimplified } from '../values/to-simplified.ts';

/**
 * The resolution of one unit spelling.
 *
 * @example
 * const u: ResolvedUnit = new UnitRegistry(records.units).resolve('园区公安分局');
 * u.name; // '苏州市公安局苏州工业园区分局'
 */
export interface ResolvedUnit {
  /** Canonical name: the registry's name, else the first spelling seen. */
  name: string;
  /** False when a registry is present and does not list this unit. */
  known: boolean;
}

/**
 * The comparable form of a unit name: NFKC, no spaces, lower case,
 * Simplified script, so `蘇州工業園區司法局` and `苏州工业园区司法局` meet.
 *
 * @example
 * unitKey(' 司法 局 '); // '司法局'
 */
export function unitKey(name: string): string {
  return toSimplified(name.normalize('NFKC').replace(/\s+/g, '').toLowerCase());
}

/**
 * Resolves unit spellings to canonical names: the names and aliases of
 * `units.csv` when given (Traditional and Simplified forms of a name are the
 * same unit), else the first spelling seen — so resolve spellings in file
 * name order, then row order, for results that do not depend on input order.
 *
 * @example
 * const registry = new UnitRegistry(records.units); // the park's units.csv
 * registry.resolve('劳保局'); // { name: '苏州工业园区劳动和社会保障局', known: true }
 * registry.resolve('蘇州工業園區司法局'); // { name: '苏州工业园区司法局', known: true }
 * registry.resolve('新部门'); // { name: '新部门', known: false }: counted under this name, with unit.unknown
 */
export class UnitRegistry {
  /** Whether a unit registry (units.csv) was given. */
  readonly hasRegistry: boolean;
  /** Key → canonical name, for registry spellings and for spellings seen. */
  readonly #names = new Map<string, string>();
  /** Keys listed in the registry. */
  readonly #known = new Set<string>();

  constructor(units: readonly Pick<UnitRecord, 'unit' | 'aliases'>[] = []) {
    this.hasRegistry = units.length > 0;
    for (const u of units) {
      const name = u.unit.normalize('NFKC').trim();
      for (const spelling of [u.unit, ...u.aliases]) {
        const key = unitKey(spelling);
        if (key === '' || this.#names.has(key)) continue;
        this.#names.set(key, name);
        this.#known.add(key);
      }
    }
  }

  /**
   * The canonical name of a spelling; an unknown spelling becomes canonical
   * for itself (trimmed, NFKC) and for every later spelling with its key.
   */
  resolve(spelling: string): ResolvedUnit {
    const key = unitKey(spelling);
    const name = this.#names.get(key);
    if (name !== undefined) return { name, known: this.#known.has(key) || !this.hasRegistry };
    const first = spelling.normalize('NFKC').trim();
    this.#names.set(key, first);
    return { name: first, known: !this.hasRegistry };
  }
}
