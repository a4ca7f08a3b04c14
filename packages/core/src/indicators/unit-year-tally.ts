import { Adder } from 'd3-array';
import { MAX_YEAR, MIN_YEAR } from '../values/parse-date.ts';
import { JURISDICTION } from './indicator-row.ts';
import { compareUnits } from './compare-units.ts';

/**
 * Options of {@link UnitYearTally}.
 *
 * @example
 * new UnitYearTally(4, { exact: [1] }); // slot 1 holds a sum of scores
 */
export interface UnitYearTallyOptions {
  /** Slots summed with a full-precision adder, so that a sum of non-integers does not depend on record order. Default none. */
  exact?: readonly number[];
}

/**
 * The tallied slots of one unit × year, or of the jurisdiction (`unit` = `*`)
 * × year.
 *
 * @example
 * const entry: TallyEntry = { unit: '*', year: 2019, counts: new Float64Array([3]) };
 */
export interface TallyEntry {
  unit: string;
  year: number;
  counts: Float64Array;
}

interface Bucket {
  counts: Float64Array;
  adders: (Adder | null)[] | null;
}

/** The buckets of one unit by year: an array indexed from MIN_YEAR for the years dates and year cells can have, a Map for any other. */
interface Years {
  inRange: (Bucket | undefined)[];
  other: Map<number, Bucket>;
}

const SPAN = MAX_YEAR - MIN_YEAR + 1;

function emptyYears(): Years {
  return { inRange: new Array<Bucket | undefined>(SPAN).fill(undefined), other: new Map() };
}

/**
 * Accumulates fixed-width numeric slots per unit × year in a single pass,
 * adding every record both to its unit and to the jurisdiction `*`; a record
 * whose unit is null counts for the jurisdiction only. A Map of units, each
 * with an array of years, keeps the per-record cost at one Map lookup, two
 * array reads and no allocation.
 *
 * @example
 * const tally = new UnitYearTally(1);
 * const one = new Float64Array([1]);
 * tally.add('公安局', 2019, one);
 * tally.add(null, 2019, one);
 * tally.entries(); // [{unit: '*', year: 2019, counts: [2]}, {unit: '公安局', year: 2019, counts: [1]}]
 */
export class UnitYearTally {
  readonly width: number;
  private readonly exact: boolean[] | null;
  private readonly units = new Map<string, Years>();
  private readonly totals = emptyYears();

  constructor(width: number, options: UnitYearTallyOptions = {}) {
    const { exact = [] } = options;
    this.width = width;
    this.exact = exact.length > 0 ? Array.from({ length: width }, (_, i) => exact.includes(i)) : null;
  }

  /** Adds `delta` (one number per slot) to the unit's bucket (unless the unit is null) and to the jurisdiction's, for the year. */
  add(unit: string | null, year: number, delta: ArrayLike<number>): void {
    if (unit !== null) {
      let years = this.units.get(unit);
      if (years === undefined) {
        years = emptyYears();
        this.units.set(unit, years);
      }
      this.addTo(years, year, delta);
    }
    this.addTo(this.totals, year, delta);
  }

  /** Every bucket, jurisdiction first then units by code point, each by year. */
  entries(): TallyEntry[] {
    const out: TallyEntry[] = [];
    const push = (unit: string, years: Years) => {
      const all: [number, Bucket][] = [...years.other];
      years.inRange.forEach((bucket, i) => {
        if (bucket !== undefined) all.push([MIN_YEAR + i, bucket]);
      });
      for (const [year, bucket] of all.sort((a, b) => a[0] - b[0])) out.push({ unit, year, counts: this.finish(bucket) });
    };
    push(JURISDICTION, this.totals);
    for (const unit of [...this.units.keys()].sort(compareUnits)) push(unit, this.units.get(unit) as Years);
    return out;
  }

  private addTo(years: Years, year: number, delta: ArrayLike<number>): void {
    const index = year - MIN_YEAR;
    const inRange = Number.isInteger(year) && index >= 0 && index < SPAN;
    let bucket = inRange ? years.inRange[index] : years.other.get(year);
    if (bucket === undefined) {
      bucket = {
        counts: new Float64Array(this.width),
        adders: this.exact === null ? null : this.exact.map((e) => (e ? new Adder() : null)),
      };
      if (inRange) years.inRange[index] = bucket;
      else years.other.set(year, bucket);
    }
    const { counts, adders } = bucket;
    for (let i = 0; i < this.width; i++) {
      const d = delta[i] as number;
      if (d === 0) continue;
      const adder = adders === null ? null : adders[i];
      if (adder) adder.add(d);
      else counts[i] = (counts[i] as number) + d;
    }
  }

  private finish(bucket: Bucket): Float64Array {
    const { counts, adders } = bucket;
    if (adders !== null) {
      adders.forEach((adder, i) => {
        if (adder) counts[i] = adder.valueOf();
      });
    }
    return counts;
  }
}
