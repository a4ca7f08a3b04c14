import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import type { DataSet } from '../../src/load/data-set.ts';
import { indicatorTrend } from '../../src/trends/indicator-trend.ts';
import { monthlySafetySeries } from '../../src/trends/monthly-safety-series.ts';
import { sameMonthLastYear } from '../../src/trends/same-month-last-year.ts';
import { loadFixture } from '../fixtures/load-fixture.ts';
import { shuffled } from '../indicators/arbitrary-records.ts';

function row(indicator: string, unit: string, year: number, value: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return { indicator, unit, year, numerator: value ?? 0, denominator: null, value, ...extra };
}

describe('indicatorTrend on made-up rows', () => {
  const rows = [
    row('documents.filing_rate', '*', 2016, 0.8),
    row('documents.filing_rate', '*', 2017, 0.85),
    row('documents.filing_rate', '*', 2018, null),
    row('documents.filing_rate', '*', 2019, 0.95),
    row('documents.issued', '*', 2018, 20),
    row('documents.issued', '*', 2019, 24),
  ];

  it('indicatorTrend reports latest value, change from the year before, CAGR and slope', () => {
    const t = indicatorTrend(rows, 'documents.issued', '*');
    expect(t).toMatchObject({ direction: null, latest: { year: 2019, value: 24 }, previous: 20, change: 4, percent: 0.2, slope: 4 });
    expect(t.cagr).toBeCloseTo(0.2, 12);
  });

  it('indicatorTrend has no status and no light for an indicator whose better direction is null, even with a target and thresholds', () => {
    const t = indicatorTrend(rows, 'documents.issued', '*', { target: 30, targetYear: 2021, thresholds: { green: 30, red: 10 } });
    expect([t.status, t.arrow, t.observed, t.required, t.light]).toEqual([null, null, null, null, null]);
  });

  it('indicatorTrend judges a null-direction indicator when the options give a direction', () => {
    const t = indicatorTrend(rows, 'documents.issued', '*', { direction: 'higher', target: 30, targetYear: 2021, thresholds: { green: 30, red: 10 } });
    expect([t.direction, t.status, t.arrow, t.light]).toEqual(['higher', 'on_track', '↑', 'yellow']);
  });

  it('indicatorTrend takes the direction from the catalogue (filing rate: higher) and gives status and light', () => {
    const t = indicatorTrend(rows, 'documents.filing_rate', '*', { target: 1, targetYear: 2020, thresholds: { green: 1, red: 0.8 } });
    // observed (0.95 − 0.8) / 3 = 0.05 a year; required (1 − 0.95) / 1 = 0.05 a year.
    expect(t.direction).toBe('higher');
    expect(t.observed).toBeCloseTo(0.05, 12);
    expect(t.required).toBeCloseTo(0.05, 12);
    expect(t.light).toBe('yellow');
    expect([t.status, t.arrow]).toEqual(['on_track', '↑']);
  });

  it('indicatorTrend has no year-on-year change when the year before the latest has a null value', () => {
    const t = indicatorTrend(rows, 'documents.filing_rate', '*');
    expect([t.latest, t.previous, t.change, t.percent]).toEqual([{ year: 2019, value: 0.95 }, null, null, null]);
  });

  it('indicatorTrend as of a year ignores later years', () => {
    const t = indicatorTrend(rows, 'documents.filing_rate', '*', { year: 2017 });
    expect(t.series.map((p) => p.year)).toEqual([2016, 2017]);
    expect(t.latest).toEqual({ year: 2017, value: 0.85 });
    expect(t.previous).toBe(0.8);
    expect(t.change).toBeCloseTo(0.05, 12);
  });

  it('indicatorTrend with no rows has no latest value and nothing else', () => {
    const t = indicatorTrend([], 'safety.deaths', '*', { target: 0, targetYear: 2025, thresholds: { green: 0, red: 10 } });
    expect(t).toMatchObject({ series: [], latest: null, previous: null, change: null, percent: null, cagr: null, slope: null, status: null, light: null });
  });

  it('indicatorTrend does not depend on the order of the rows', () => {
    const rowArb = fc.record({
      year: fc.integer({ min: 2012, max: 2022 }),
      value: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      unit: fc.constantFrom('*', '娄葑街道'),
    }).map((r) => row('safety.incidents', r.unit, r.year, r.value));
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => `${r.unit} ${r.year}`, maxLength: 20 }), fc.integer(), (input, seed) => {
        const options = { target: 10, targetYear: 2025, thresholds: { green: 10, red: 40 } };
        expect(indicatorTrend(shuffled(input, seed), 'safety.incidents', '*', options)).toEqual(indicatorTrend(input, 'safety.incidents', '*', options));
      }),
      { seed: 31, numRuns: 200 },
    );
  });
});

describe('trends of fixtures/sip-2019 (the park, 2018 → 2019)', () => {
  let data: DataSet;
  let rows: IndicatorRow[];

  beforeAll(async () => {
    data = await loadFixture('sip-2019');
    rows = computeIndicators(data.records).rows;
  });

  it('incidents fall from 42 to 29 (−30.95 %), as the report says (事故起數同比下降明顯)', () => {
    const t = indicatorTrend(rows, 'safety.incidents', '*');
    expect(t).toMatchObject({ direction: 'lower', latest: { year: 2019, value: 29 }, previous: 42, change: -13, slope: -13 });
    expect(t.percent).toBeCloseTo(-13 / 42, 12);
    expect(t.cagr).toBeCloseTo(-13 / 42, 12);
  });

  it('deaths fall from 42 to 26 (−38.10 %)', () => {
    const t = indicatorTrend(rows, 'safety.deaths', '*');
    expect(t).toMatchObject({ direction: 'lower', latest: { year: 2019, value: 26 }, previous: 42, change: -16 });
    expect(t.percent).toBeCloseTo(-16 / 42, 12);
  });

  it('the year-on-year percent agrees with the catalogue\'s safety.incidents_yoy and safety.deaths_yoy rows', () => {
    for (const [count, yoy] of [['safety.incidents', 'safety.incidents_yoy'], ['safety.deaths', 'safety.deaths_yoy']] as const) {
      const expected = rows.find((r) => r.indicator === yoy && r.unit === '*' && r.year === 2019)?.value;
      expect(indicatorTrend(rows, count, '*').percent).toBeCloseTo(expected as number, 12);
    }
  });

  it('falling incidents and deaths read as improving (lower is better): on track for a reachable target, moderately improving towards zero', () => {
    const incidents = indicatorTrend(rows, 'safety.incidents', '*', { target: 20, targetYear: 2021 });
    expect([incidents.status, incidents.arrow, incidents.observed, incidents.required]).toEqual(['on_track', '↑', -13, -4.5]);
    // Deaths: observed −16 a year; to reach 0 by 2021, −13 a year is required.
    const deaths = indicatorTrend(rows, 'safety.deaths', '*', { target: 0, targetYear: 2021 });
    expect([deaths.status, deaths.arrow]).toEqual(['on_track', '↑']);
    const deathsSooner = indicatorTrend(rows, 'safety.deaths', '*', { target: 0, targetYear: 2020 });
    expect([deathsSooner.status, deathsSooner.arrow, deathsSooner.required]).toEqual(['moderately_improving', '➚', -26]);
  });

  it('the same fall would be worsening if higher were better: the direction decides', () => {
    expect(indicatorTrend(rows, 'safety.incidents', '*', { direction: 'higher', target: 50, targetYear: 2021 }).status).toBe('worsening');
  });

  it('traffic lights: 29 incidents (green 20, red 40, midpoint 30) are yellow, 26 deaths (green 10, red 30) orange, 42 incidents in 2018 red', () => {
    expect(indicatorTrend(rows, 'safety.incidents', '*', { thresholds: { green: 20, red: 40 } }).light).toBe('yellow');
    expect(indicatorTrend(rows, 'safety.deaths', '*', { thresholds: { green: 10, red: 30 } }).light).toBe('orange');
    expect(indicatorTrend(rows, 'safety.incidents', '*', { year: 2018, thresholds: { green: 20, red: 40 } }).light).toBe('red');
  });

  it('monthly incidents sum to 42 in 2018 and 29 in 2019, and same-month changes sum to the yearly change', () => {
    const months = sameMonthLastYear(monthlySafetySeries(data.records.safety_incidents, 'incidents'));
    expect(months).toHaveLength(24);
    const total = (y: number) => months.filter((m) => m.year === y).reduce((s, m) => s + (m.value ?? 0), 0);
    expect([total(2018), total(2019)]).toEqual([42, 29]);
    expect(months.filter((m) => m.year === 2019).reduce((s, m) => s + (m.change ?? 0), 0)).toBe(-13);
    expect(months.find((m) => m.year === 2019 && m.month === 1)).toEqual({ year: 2019, month: 1, value: 2, previous: 5, change: -3, percent: -0.6 });
  });

  it('monthly deaths sum to 42 in 2018 and 26 in 2019', () => {
    const months = monthlySafetySeries(data.records.safety_incidents, 'deaths');
    const total = (y: number) => months.filter((m) => m.year === y).reduce((s, m) => s + (m.value ?? 0), 0);
    expect([total(2018), total(2019)]).toEqual([42, 26]);
  });
});
