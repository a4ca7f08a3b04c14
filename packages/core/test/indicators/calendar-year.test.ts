import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarYear } from '../../src/indicators/calendar-year.ts';
import { yearOf } from '../../src/values/calendar-date.ts';

describe('calendarYear', () => {
  it('calendarYear reads the year of YYYY-MM-DD', () => {
    expect(calendarYear('2019-12-31')).toBe(2019);
    expect(calendarYear('0999-01-01')).toBe(999);
  });

  it('calendarYear agrees with yearOf', () => {
    const date = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(date, (d) => {
      expect(calendarYear(d)).toBe(yearOf(d));
    }), { seed: 9, numRuns: 300 });
  });
});
