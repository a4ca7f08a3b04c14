import type { IndicatorRow } from '../../indicators/indicator-row.ts';
import { toSimplified } from '../../values/to-simplified.ts';

/**
 * Which business row an item or veto reads: the measurement's dimension
 * (一級指標) and item (二級指標), as the scheme's `select` names them.
 *
 * @example
 * const select: RowSelect = { dimension: '开办企业', item: '办理环节(个)' };
 */
export interface RowSelect {
  dimension?: string;
  item?: string;
}

const SEP = '\u0001';

function key(unit: string, year: number, indicator: string): string {
  return `${unit}${SEP}${year}${SEP}${indicator}`;
}

/** Names compared in Simplified script, so a scheme written in Traditional finds rows written in Simplified. */
function sameName(a: string | undefined, b: string | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && toSimplified(a.trim()) === toSimplified(b.trim()));
}

function byValue(a: IndicatorRow, b: IndicatorRow): number {
  if (a.value === b.value) return a.numerator - b.numerator;
  if (a.value === null) return 1;
  if (b.value === null) return -1;
  return a.value - b.value;
}

/**
 * The indicator rows indexed by unit × year × indicator, for the scoring
 * engine's look-ups.
 *
 * A `select` keeps the rows whose dimension and item equal the ones given
 * (compared in Simplified script); a field the select leaves out prefers rows
 * without it (no select on `business.score` finds the total, not a dimension
 * row). When several rows still match (an item measured twice), the lowest
 * value is used, so that the result never depends on row order.
 *
 * @example
 * const lookup = new IndicatorLookup(computeIndicators(records).rows);
 * lookup.find('*', 2019, 'business.indicator_score', { dimension: '开办企业', item: '办理环节(个)' })?.value;
 */
export class IndicatorLookup {
  readonly #rows = new Map<string, IndicatorRow[]>();
  readonly #units = new Map<number, Map<string, Set<string>>>();

  constructor(rows: readonly IndicatorRow[]) {
    for (const row of rows) {
      const k = key(row.unit, row.year, row.indicator);
      const list = this.#rows.get(k);
      if (list === undefined) this.#rows.set(k, [row]);
      else list.push(row);
      let units = this.#units.get(row.year);
      if (units === undefined) {
        units = new Map();
        this.#units.set(row.year, units);
      }
      let indicators = units.get(row.unit);
      if (indicators === undefined) {
        indicators = new Set();
        units.set(row.unit, indicators);
      }
      indicators.add(row.indicator);
    }
  }

  /** Every year with at least one row, ascending. */
  years(): number[] {
    return [...this.#units.keys()].sort((a, b) => a - b);
  }

  /** The units (the jurisdiction `*` included) with at least one row, in `year`, of one of `indicators`. Unordered. */
  unitsWith(year: number, indicators: ReadonlySet<string>): string[] {
    const out: string[] = [];
    for (const [unit, has] of this.#units.get(year) ?? []) {
      for (const indicator of has) {
        if (indicators.has(indicator)) {
          out.push(unit);
          break;
        }
      }
    }
    return out;
  }

  /** The row of `unit` × `year` × `indicator` (narrowed by `select`), or null when there is none. */
  find(unit: string, year: number, indicator: string, select?: RowSelect): IndicatorRow | null {
    const rows = this.#rows.get(key(unit, year, indicator));
    if (rows === undefined) return null;
    const matching = rows.filter((row) =>
      (select?.dimension === undefined || sameName(row.dimension, select.dimension))
      && (select?.item === undefined || sameName(row.item, select.item)));
    const exact = matching.filter((row) =>
      (select?.dimension !== undefined || row.dimension === undefined)
      && (select?.item !== undefined || row.item === undefined));
    const pool = exact.length > 0 ? exact : matching;
    if (pool.length === 0) return null;
    return pool.length === 1 ? pool[0]! : [...pool].sort(byValue)[0]!;
  }
}
