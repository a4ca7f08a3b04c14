import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsedDays } from '../../src/indicators/elapsed-days.ts';
import { daysBetween } from '../../src/values/calendar-date.ts';

const date = fc.date({ min: new Date(Date.UTC(1600, 0, 1)), max: new Date(Date.UTC(2400, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('elapsedDays', () => {
  it('elapsedDays counts calendar days, leap days included', () => {
    expect(elapsedDays('2019-01-01', '2019-01-31')).toBe(30);
    expect(elapsedDays('2020-02-28', '2020-03-01')).toBe(2);
    expect(elapsedDays('2019-02-28', '2019-03-01')).toBe(1);
    expect(elapsedDays('2000-02-28', '2000-03-01')).toBe(2);
    expect(elapsedDays('1900-02-28', '1900-03-01')).toBe(1);
    expect(elapsedDays('2019-03-02', '2019-01-01')).toBe(-60);
  });

  it('elapsedDays agrees with daysBetween from 1600 to 2400', () => {
    fc.assert(fc.property(date, date, (a, b) => {
      expect(elapsedDays(a, b)).toBe(daysBetween(a, b));
    }), { seed: 5, numRuns: 500 });
  });
});
