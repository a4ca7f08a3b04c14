import { describe, expect, it } from 'vitest';
import { UnitYearTally } from '../../src/indicators/unit-year-tally.ts';

describe('UnitYearTally', () => {
  it('UnitYearTally adds each record to its unit and to *, and a null unit to * only', () => {
    const tally = new UnitYearTally(2);
    tally.add('乙', 2019, [1, 2]);
    tally.add(null, 2019, [1, 5]);
    tally.add('甲', 2018, [1, 0]);
    tally.add('乙', 2019, [1, 1]);
    expect(tally.entries().map((e) => [e.unit, e.year, [...e.counts]])).toEqual([
      ['*', 2018, [1, 0]], ['*', 2019, [3, 8]], ['乙', 2019, [2, 3]], ['甲', 2018, [1, 0]],
    ]);
  });

  it('UnitYearTally sums exact slots without rounding error', () => {
    const tally = new UnitYearTally(1, { exact: [0] });
    for (const x of [0.1, 0.2, 0.3]) tally.add('甲', 2019, [x]);
    expect(tally.entries().map((e) => e.counts[0])).toEqual([0.6, 0.6]);
  });

  it('UnitYearTally has no entries when nothing was added', () => {
    expect(new UnitYearTally(3).entries()).toEqual([]);
  });

  it('UnitYearTally lists years in ascending order, years outside 1949–2100 and non-integer years included', () => {
    const tally = new UnitYearTally(1);
    for (const year of [2100, 1949, 2101, 1948, 2019, -5, 2019.5, 2019]) tally.add('甲', year, [1]);
    const want = [-5, 1948, 1949, 2019, 2019.5, 2100, 2101];
    expect(tally.entries().filter((e) => e.unit === '*').map((e) => e.year)).toEqual(want);
    expect(tally.entries().filter((e) => e.unit === '甲').map((e) => [e.year, e.counts[0]])).toEqual(want.map((y) => [y, y === 2019 ? 2 : 1]));
  });
});

describe('UnitYearTally.addBlock', () => {
  it('addBlock gives the entries that add gives record by record, left-out records and a null unit included', async () => {
    const { UnitIds } = await import('../../src/indicators/unit-ids.ts');
    const unitIds = new UnitIds();
    const block = new UnitYearTally(3, { exact: [2], unitIds });
    const single = new UnitYearTally(3, { exact: [2] });
    const units = ['甲', null, '乙', '甲', null];
    const years = [2019, 2019, 2018, Number.NaN, 2019];
    const keep = [1, 1, 1, 1, 0];
    const columns = [[1, 1, 1, 1, 1], [1, 0, 1, 1, 1], [0.1, 2, 0.2, 9, 9]];
    const ids = new Int32Array(5);
    unitIds.ids(units, 5, ids);
    block.addBlock(ids, Float64Array.from(years), Uint8Array.from(keep), columns.map((c) => Float64Array.from(c)), 5);
    units.forEach((unit, i) => {
      if (!Number.isNaN(years[i]) && keep[i] === 1) single.add(unit, years[i]!, columns.map((c) => c[i]!));
    });
    const plain = (t: UnitYearTally) => t.entries().map((e) => [e.unit, e.year, [...e.counts]]);
    expect(plain(block)).toEqual(plain(single));
    expect(plain(block)).toEqual([['*', 2018, [1, 1, 0.2]], ['*', 2019, [2, 1, 2.1]], ['乙', 2018, [1, 1, 0.2]], ['甲', 2019, [1, 1, 0.1]]]);
  });

  it('entries() is collected once: a second call gives the same entries (exact sums are not added twice)', () => {
    const tally = new UnitYearTally(1, { exact: [0] });
    tally.add('甲', 2019, [0.5]);
    tally.add('甲', 2019, [2]);
    expect(tally.entries().map((e) => e.counts[0])).toEqual([2.5, 2.5]);
    expect(tally.entries().map((e) => e.counts[0])).toEqual([2.5, 2.5]);
  });
});
