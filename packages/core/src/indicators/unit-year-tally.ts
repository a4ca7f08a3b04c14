import { Adder } from 'd3-array';
import { MAX_YEAR, MIN_YEAR } from '../values/parse-date.ts';
import { JURISDICTION } from './indicator-row.ts';
import { compareUnits } from './compare-units.ts';
import { UnitIds } from './unit-ids.ts';

/**
 * Options of {@link UnitYearTally}.
 *
 * @example
 * new UnitYearTally(4, { exact: [1] }); // slot 1 holds a sum of scores
 */
export interface UnitYearTallyOptions {
  /** Slots summed with a full-precision adder, so that a sum of non-integers does not depend on record order. Default none. */
  exact?: readonly number[];
  /** The unit ids that {@link UnitYearTally.addBlock} is given, shared by the tallies of one dataset. Default: a new {@link UnitIds}. */
  unitIds?: UnitIds;
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
 * for each unit and for the jurisdiction `*`; a record whose unit is null
 * counts for the jurisdiction only. Each record is added to one bucket (its
 * unit's, or that of the records without a unit), and the jurisdiction's
 * counts are the sums of those buckets — exact, since counted slots hold
 * integers; an `exact` slot, which may hold any number, is also summed for
 * the jurisdiction record by record with a full-precision adder. A Map of
 * units, each with an array of years, keeps the per-record cost at one Map
 * lookup, an array read and no allocation.
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
  private readonly unitIds: UnitIds;
  /** The buckets of each unit, by unit id. */
  private readonly units: (Years | undefined)[] = [];
  /** The records without a unit. */
  private readonly blank = emptyYears();
  /** The jurisdiction's adders of the exact slots (its counted slots are summed from the others in {@link UnitYearTally.entries}). */
  private readonly totals = emptyYears();
  /** {@link UnitYearTally.addBlock}'s buckets of each record of a block; left-out records add to `sink`. */
  private readonly blockBuckets: Bucket[] = [];
  private readonly blockTotals: Bucket[] = [];
  private readonly blockCounts: Float64Array[] = [];
  private readonly sink: Bucket;
  /** The entries, once collected (collecting finishes the exact sums). */
  private done: TallyEntry[] | null = null;

  constructor(width: number, options: UnitYearTallyOptions = {}) {
    const { exact = [], unitIds = new UnitIds() } = options;
    this.width = width;
    this.unitIds = unitIds;
    this.exact = exact.length > 0 ? Array.from({ length: width }, (_, i) => exact.includes(i)) : null;
    this.sink = this.newBucket();
  }

  /** Adds `delta` (one number per slot) to the unit's bucket (unless the unit is null) and to the jurisdiction's, for the year. */
  add(unit: string | null, year: number, delta: ArrayLike<number>): void {
    const { counts, adders } = this.bucket(this.yearsOf(unit === null ? -1 : this.unitIds.id(unit)), year);
    const total = this.exact === null ? null : this.bucket(this.totals, year).adders;
    for (let i = 0; i < this.width; i++) {
      const d = delta[i] as number;
      if (d === 0) continue;
      const adder = adders === null ? null : adders[i];
      if (adder && !Number.isSafeInteger(d)) {
        adder.add(d);
        total![i]!.add(d);
      } else {
        counts[i] = (counts[i] as number) + d;
      }
    }
  }

  /**
   * Adds a block of records at once, slot by slot: record i (i < count) goes
   * to the bucket of unit `units[i]` (an id of the tally's `unitIds`, −1 for
   * none) for `years[i]` and adds `columns[s][i]` to slot s; a record whose
   * year is NaN or whose `keep[i]` is 0 is left out.
   * The engine's form of {@link UnitYearTally.add}: buckets are found once
   * per record, then each slot is one tight loop over the block.
   */
  addBlock(units: Int32Array, years: Float64Array, keep: Uint8Array | null, columns: readonly Float64Array[], count: number): void {
    const { blockBuckets: buckets, blockTotals: totals, blockCounts: counts, sink, exact, width } = this;
    for (let i = 0; i < count; i++) {
      const year = years[i]!;
      if (year !== year || (keep !== null && keep[i] === 0)) {
        buckets[i] = sink;
        if (exact !== null) totals[i] = sink;
      } else {
        buckets[i] = this.bucket(this.yearsOf(units[i]!), year);
        if (exact !== null) totals[i] = this.bucket(this.totals, year);
      }
      counts[i] = buckets[i]!.counts;
    }
    for (let s = 0; s < width; s++) {
      const column = columns[s]!;
      if (exact !== null && exact[s]) {
        for (let i = 0; i < count; i++) {
          const d = column[i]!;
          if (d === 0) continue;
          if (Number.isSafeInteger(d)) {
            const c = counts[i]!;
            c[s] = c[s]! + d;
          } else {
            buckets[i]!.adders![s]!.add(d);
            totals[i]!.adders![s]!.add(d);
          }
        }
        continue;
      }
      for (let i = 0; i < count; i++) {
        const c = counts[i]!;
        c[s] = c[s]! + column[i]!;
      }
    }
  }

  /** Every bucket, jurisdiction first then units by code point, each by year (collected on the first call; add nothing after it). */
  entries(): TallyEntry[] {
    this.done ??= this.collect();
    return this.done;
  }

  private collect(): TallyEntry[] {
    const out: TallyEntry[] = [];
    const push = (unit: string, years: Years) => {
      for (const [year, bucket] of yearBuckets(years)) out.push({ unit, year, counts: this.finish(bucket) });
    };
    // The jurisdiction: the counted slots summed over the units and the records without one; exact slots from its own adders.
    const totals = new Map<number, Float64Array>();
    for (const years of [this.blank, ...this.units]) {
      if (years === undefined) continue;
      for (const [year, bucket] of yearBuckets(years)) {
        let sum = totals.get(year);
        if (sum === undefined) totals.set(year, (sum = new Float64Array(this.width)));
        for (let i = 0; i < this.width; i++) sum[i] = sum[i]! + bucket.counts[i]!;
      }
    }
    for (const year of [...totals.keys()].sort((a, b) => a - b)) {
      const counts = totals.get(year)!;
      if (this.exact !== null) this.finish({ counts, adders: this.bucket(this.totals, year).adders });
      out.push({ unit: JURISDICTION, year, counts });
    }
    const { names } = this.unitIds;
    const ids = [...this.units.keys()].filter((id) => this.units[id] !== undefined);
    for (const id of ids.sort((a, b) => compareUnits(names[a]!, names[b]!))) push(names[id]!, this.units[id]!);
    return out;
  }

  private yearsOf(unit: number): Years {
    if (unit < 0) return this.blank;
    let years = this.units[unit];
    if (years === undefined) {
      years = emptyYears();
      this.units[unit] = years;
    }
    return years;
  }

  private newBucket(): Bucket {
    return { counts: new Float64Array(this.width), adders: this.exact === null ? null : this.exact.map((e) => (e ? new Adder() : null)) };
  }

  private bucket(years: Years, year: number): Bucket {
    const index = year - MIN_YEAR;
    const inRange = Number.isInteger(year) && index >= 0 && index < SPAN;
    let bucket = inRange ? years.inRange[index] : years.other.get(year);
    if (bucket === undefined) {
      bucket = this.newBucket();
      if (inRange) years.inRange[index] = bucket;
      else years.other.set(year, bucket);
    }
    return bucket;
  }

  /** The bucket's counts with each exact slot's integer part (summed in `counts`) and other terms (in its adder) added exactly. */
  private finish(bucket: Bucket): Float64Array {
    const { counts, adders } = bucket;
    if (adders !== null) {
      adders.forEach((adder, i) => {
        if (!adder) return;
        adder.add(counts[i]!);
        counts[i] = adder.valueOf();
      });
    }
    return counts;
  }
}

/** A unit's buckets by year, ascending. */
function yearBuckets(years: Years): [number, Bucket][] {
  const all: [number, Bucket][] = [...years.other];
  years.inRange.forEach((bucket, i) => {
    if (bucket !== undefined) all.push([MIN_YEAR + i, bucket]);
  });
  return all.sort((a, b) => a[0] - b[0]);
}
