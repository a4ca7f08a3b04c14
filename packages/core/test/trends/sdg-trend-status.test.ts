import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sdgTrendStatus, TREND_ARROWS, TREND_STATUSES } from '../../src/trends/sdg-trend-status.ts';
import type { SeriesPoint } from '../../src/trends/series-point.ts';
import { shuffled } from '../indicators/arbitrary-records.ts';

// Observed pace: (60 − 40) / (2020 − 2016) = 5 a year, latest 60 in 2020.
const rising: SeriesPoint[] = [
  { year: 2016, value: 40 },
  { year: 2018, value: 55 },
  { year: 2020, value: 60 },
];

describe('sdgTrendStatus (higher is better)', () => {
  it('sdgTrendStatus is on track exactly when the observed pace equals the required pace (5 = (100 − 60) / 8)', () => {
    expect(sdgTrendStatus(rising, { target: 100, targetYear: 2028, direction: 'higher' }))
      .toEqual({ status: 'on_track', arrow: '↑', observed: 5, required: 5 });
  });

  it('sdgTrendStatus is moderately improving exactly at half the required pace (5 = ½ × (140 − 60) / 8)', () => {
    expect(sdgTrendStatus(rising, { target: 140, targetYear: 2028, direction: 'higher' }))
      .toEqual({ status: 'moderately_improving', arrow: '➚', observed: 5, required: 10 });
  });

  it('sdgTrendStatus is stagnating just below half the required pace', () => {
    expect(sdgTrendStatus(rising, { target: 148, targetYear: 2028, direction: 'higher' }).status).toBe('stagnating');
  });

  it('sdgTrendStatus is stagnating when the series does not move at all (observed 0)', () => {
    const flat = [{ year: 2017, value: 60 }, { year: 2020, value: 60 }];
    expect(sdgTrendStatus(flat, { target: 100, targetYear: 2028, direction: 'higher' }))
      .toEqual({ status: 'stagnating', arrow: '→', observed: 0, required: 5 });
  });

  it('sdgTrendStatus is worsening when the series moves the wrong way', () => {
    const falling = [{ year: 2018, value: 70 }, { year: 2020, value: 60 }];
    expect(sdgTrendStatus(falling, { target: 100, targetYear: 2028, direction: 'higher' }))
      .toEqual({ status: 'worsening', arrow: '↓', observed: -5, required: 5 });
  });

  it('sdgTrendStatus is on track when the target is reached and maintained', () => {
    const reached = [{ year: 2018, value: 1 }, { year: 2019, value: 1 }];
    expect(sdgTrendStatus(reached, { target: 1, targetYear: 2020, direction: 'higher' }))
      .toEqual({ status: 'on_track', arrow: '↑', observed: 0, required: 0 });
  });

  it('sdgTrendStatus stays on track past the target while the slip would still keep it by the target year', () => {
    const slipping = [{ year: 2018, value: 0.99 }, { year: 2019, value: 0.98 }];
    expect(sdgTrendStatus(slipping, { target: 0.9, targetYear: 2021, direction: 'higher' }).status).toBe('on_track');
    expect(sdgTrendStatus(slipping, { target: 0.97, targetYear: 2021, direction: 'higher' }).status).toBe('worsening');
  });

  it('sdgTrendStatus measures the observed pace from `since`, ignoring earlier years', () => {
    const series = [{ year: 2010, value: 0 }, { year: 2016, value: 60 }, { year: 2020, value: 60 }];
    expect(sdgTrendStatus(series, { target: 100, targetYear: 2028, direction: 'higher' }))
      .toEqual({ status: 'on_track', arrow: '↑', observed: 6, required: 5 });
    expect(sdgTrendStatus(series, { target: 100, targetYear: 2028, direction: 'higher', since: 2015 }))
      .toEqual({ status: 'stagnating', arrow: '→', observed: 0, required: 5 });
  });
});

describe('sdgTrendStatus with rates (floating point)', () => {
  it('sdgTrendStatus is on track when observed and required paces are equal but for rounding: 0.8 → 0.95 in 3 years, 1 by next year', () => {
    const rate = [{ year: 2016, value: 0.8 }, { year: 2019, value: 0.95 }];
    expect(sdgTrendStatus(rate, { target: 1, targetYear: 2020, direction: 'higher' }).status).toBe('on_track');
  });

  it('sdgTrendStatus is moderately improving at half the pace even when rounding leaves it a hair short', () => {
    const rate = [{ year: 2016, value: 0.8 }, { year: 2019, value: 0.95 }];
    expect(sdgTrendStatus(rate, { target: 1.05, targetYear: 2020, direction: 'higher' }).status).toBe('moderately_improving');
  });

  it('sdgTrendStatus reads a rounding-level difference (0.1 + 0.2 vs 0.3) as no movement, not as worsening', () => {
    const series = [{ year: 2018, value: 0.1 + 0.2 }, { year: 2019, value: 0.3 }];
    expect(sdgTrendStatus(series, { target: 1, targetYear: 2025, direction: 'higher' })).toMatchObject({ status: 'stagnating', observed: 0 });
  });

  it('sdgTrendStatus throws a RangeError for a target, target year or since that is not a finite number', () => {
    const series = [{ year: 2018, value: 1 }, { year: 2019, value: 2 }];
    expect(() => sdgTrendStatus(series, { target: Number.NaN, targetYear: 2025, direction: 'higher' })).toThrow(RangeError);
    expect(() => sdgTrendStatus(series, { target: 3, targetYear: Number.POSITIVE_INFINITY, direction: 'higher' })).toThrow(/finite/);
    expect(() => sdgTrendStatus(series, { target: 3, targetYear: 2025, direction: 'higher', since: Number.NaN })).toThrow(/finite/);
  });
});

describe('sdgTrendStatus (lower is better)', () => {
  const incidents = [{ year: 2018, value: 42 }, { year: 2019, value: 29 }];

  it('sdgTrendStatus reads a fall as improvement: 42 → 29 reaches 20 by 2021 at the observed pace', () => {
    expect(sdgTrendStatus(incidents, { target: 20, targetYear: 2021, direction: 'lower' }))
      .toEqual({ status: 'on_track', arrow: '↑', observed: -13, required: -4.5 });
  });

  it('sdgTrendStatus: 42 → 29 is moderately improving towards 0 by 2021 (13 ≥ ½ × 14.5)', () => {
    expect(sdgTrendStatus(incidents, { target: 0, targetYear: 2021, direction: 'lower' }))
      .toEqual({ status: 'moderately_improving', arrow: '➚', observed: -13, required: -14.5 });
  });

  it('sdgTrendStatus: the same fall is worsening when higher is better', () => {
    expect(sdgTrendStatus(incidents, { target: 60, targetYear: 2021, direction: 'higher' }).status).toBe('worsening');
  });

  it('sdgTrendStatus is on track exactly at the required fall, moderately improving exactly at half of it', () => {
    const series = [{ year: 2017, value: 20 }, { year: 2019, value: 16 }];
    expect(sdgTrendStatus(series, { target: 8, targetYear: 2023, direction: 'lower' }).status).toBe('on_track');
    expect(sdgTrendStatus(series, { target: 0, targetYear: 2023, direction: 'lower' }).status).toBe('moderately_improving');
    expect(sdgTrendStatus(series, { target: -1, targetYear: 2023, direction: 'lower' }).status).toBe('stagnating');
  });
});

describe('sdgTrendStatus at the edges', () => {
  it('sdgTrendStatus has no status with one known value, but says the required pace', () => {
    expect(sdgTrendStatus([{ year: 2019, value: 29 }, { year: 2018, value: null }], { target: 20, targetYear: 2021, direction: 'lower' }))
      .toEqual({ status: null, arrow: null, observed: null, required: -4.5 });
  });

  it('sdgTrendStatus of an empty or all-null series is all null', () => {
    const none = { status: null, arrow: null, observed: null, required: null };
    expect(sdgTrendStatus([], { target: 1, targetYear: 2030, direction: 'higher' })).toEqual(none);
    expect(sdgTrendStatus([{ year: 2019, value: null }], { target: 1, targetYear: 2030, direction: 'higher' })).toEqual(none);
  });

  it('sdgTrendStatus skips null values when measuring the observed pace', () => {
    const series = [{ year: 2016, value: 40 }, { year: 2019, value: null }, { year: 2020, value: 60 }, { year: 2021, value: null }];
    expect(sdgTrendStatus(series, { target: 100, targetYear: 2028, direction: 'higher' }))
      .toEqual({ status: 'on_track', arrow: '↑', observed: 5, required: 5 });
  });

  it('sdgTrendStatus past the target year: reached and not worsening is on track; short of it, stagnating unless worsening', () => {
    const up = [{ year: 2018, value: 0.8 }, { year: 2020, value: 0.9 }];
    const down = [{ year: 2018, value: 0.95 }, { year: 2020, value: 0.9 }];
    expect(sdgTrendStatus(up, { target: 0.9, targetYear: 2020, direction: 'higher' }))
      .toEqual({ status: 'on_track', arrow: '↑', observed: (0.9 - 0.8) / 2, required: null });
    expect(sdgTrendStatus(down, { target: 0.9, targetYear: 2019, direction: 'higher' }).status).toBe('worsening');
    expect(sdgTrendStatus(up, { target: 1, targetYear: 2020, direction: 'higher' }).status).toBe('stagnating');
    expect(sdgTrendStatus(down, { target: 1, targetYear: 2020, direction: 'higher' }).status).toBe('worsening');
  });

  it('sdgTrendStatus gives each status its SDG arrow', () => {
    expect(TREND_STATUSES.map((s) => TREND_ARROWS[s])).toEqual(['↑', '➚', '→', '↓']);
  });

  it('sdgTrendStatus does not depend on the order of the points', () => {
    const point = fc.record({ year: fc.integer({ min: 2010, max: 2025 }), value: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(point, { selector: (p) => p.year, maxLength: 10 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 2020, max: 2035 }),
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.integer(),
        (series, target, targetYear, direction, seed) => {
          const options = { target, targetYear, direction };
          expect(sdgTrendStatus(shuffled(series, seed), options)).toEqual(sdgTrendStatus(series, options));
        },
      ),
      { seed: 23, numRuns: 300 },
    );
  });

  it('sdgTrendStatus mirrors: negating the values, the target and the direction gives the same status', () => {
    const point = fc.record({ year: fc.integer({ min: 2010, max: 2025 }), value: fc.integer({ min: -100, max: 100 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(point, { selector: (p) => p.year, minLength: 2, maxLength: 8 }),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 2020, max: 2035 }),
        (series, target, targetYear) => {
          const up = sdgTrendStatus(series, { target, targetYear, direction: 'higher' });
          const down = sdgTrendStatus(series.map((p) => ({ year: p.year, value: -p.value })), { target: -target, targetYear, direction: 'lower' });
          expect(down.status).toBe(up.status);
        },
      ),
      { seed: 29, numRuns: 300 },
    );
  });
});
