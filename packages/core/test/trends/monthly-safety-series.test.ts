import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthlySafetySeries } from '../../src/trends/monthly-safety-series.ts';
import { shuffled } from '../indicators/arbitrary-records.ts';
import { safetyRecord } from '../indicators/records.ts';

const records = [
  safetyRecord({ occurred_on: '2018-01-01', unit: '湖西社工委', deaths: 1 }),
  safetyRecord({ occurred_on: '2018-01-31', unit: '娄葑街道', deaths: 2 }),
  safetyRecord({ occurred_on: '2018-12-31', unit: null, deaths: 3 }),
  safetyRecord({ occurred_on: '2019-03-15', unit: '娄葑街道', deaths: 0 }),
];

describe('monthlySafetySeries', () => {
  it('monthlySafetySeries counts the jurisdiction\'s incidents per month, blank-unit records included, 0 in empty months', () => {
    const series = monthlySafetySeries(records, 'incidents');
    expect(series).toHaveLength(24);
    expect(series.filter((p) => p.value !== 0)).toEqual([
      { year: 2018, month: 1, value: 2 },
      { year: 2018, month: 12, value: 1 },
      { year: 2019, month: 3, value: 1 },
    ]);
  });

  it('monthlySafetySeries sums deaths per month', () => {
    const series = monthlySafetySeries(records, 'deaths');
    expect(series.find((p) => p.year === 2018 && p.month === 1)?.value).toBe(3);
    expect(series.find((p) => p.year === 2018 && p.month === 12)?.value).toBe(3);
    expect(series.find((p) => p.year === 2019 && p.month === 3)?.value).toBe(0);
  });

  it('monthlySafetySeries for a unit counts only its records but covers every year the data covers', () => {
    const series = monthlySafetySeries(records, 'incidents', '湖西社工委');
    expect(series.map((p) => `${p.year}-${p.month}`)).toEqual(
      [2018, 2019].flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${i + 1}`)),
    );
    expect(series.filter((p) => p.value !== 0)).toEqual([{ year: 2018, month: 1, value: 1 }]);
  });

  it('monthlySafetySeries keeps month-end and year-end dates in their month under any time zone (no Date)', () => {
    const series = monthlySafetySeries([safetyRecord({ occurred_on: '2019-12-31' }), safetyRecord({ occurred_on: '2019-01-01' })], 'incidents');
    expect(series.filter((p) => p.value !== 0).map((p) => [p.year, p.month])).toEqual([[2019, 1], [2019, 12]]);
    expect(series.every((p) => p.year === 2019)).toBe(true);
  });

  it('monthlySafetySeries of no records is empty', () => {
    expect(monthlySafetySeries([], 'deaths')).toEqual([]);
  });

  it('monthlySafetySeries totals equal the number of incidents and the sum of deaths, whatever the record order', () => {
    const incident = fc.record({
      occurred_on: fc.tuple(fc.integer({ min: 2016, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      unit: fc.constantFrom(null, '娄葑街道', '胜浦街道'),
      deaths: fc.integer({ min: 0, max: 5 }),
    }).map((over) => safetyRecord(over));
    fc.assert(
      fc.property(fc.array(incident, { maxLength: 40 }), fc.integer(), (input, seed) => {
        const incidents = monthlySafetySeries(input, 'incidents');
        const deaths = monthlySafetySeries(input, 'deaths');
        expect(incidents.reduce((s, p) => s + (p.value ?? 0), 0)).toBe(input.length);
        expect(deaths.reduce((s, p) => s + (p.value ?? 0), 0)).toBe(input.reduce((s, r) => s + r.deaths, 0));
        expect(monthlySafetySeries(shuffled(input, seed), 'deaths', '娄葑街道')).toEqual(monthlySafetySeries(input, 'deaths', '娄葑街道'));
        expect(incidents.length).toBe(12 * new Set(input.map((r) => r.occurred_on.slice(0, 4))).size);
      }),
      { seed: 17, numRuns: 200 },
    );
  });
});
