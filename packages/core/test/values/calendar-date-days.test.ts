import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween, monthOf, yearOf } from '../../src/values/calendar-date.ts';

const day = fc.date({ min: new Date(Date.UTC(1600, 0, 1)), max: new Date(Date.UTC(2400, 11, 31)), noInvalidDate: true });

describe('calendar-date arithmetic', () => {
  it('daysBetween counts calendar days, leap days included', () => {
    expect(daysBetween('2019-01-01', '2019-01-31')).toBe(30);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-02-28', '2019-03-01')).toBe(1);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    expect(daysBetween('2019-03-02', '2019-01-01')).toBe(-60);
  });

  it('dayNumber, yearOf and monthOf agree with Date.UTC from 1600 to 2400', () => {
    fc.assert(fc.property(day, (d) => {
      const iso = d.toISOString().slice(0, 10);
      expect(dayNumber(iso)).toBe(Math.floor(d.getTime() / 86_400_000));
      expect(yearOf(iso)).toBe(d.getUTCFullYear());
      expect(monthOf(iso)).toBe(d.getUTCMonth() + 1);
    }), { seed: 5, numRuns: 1000 });
  });
});
