import { describe, expect, it } from 'vitest';
import { daysBetween, dayNumber, monthOf, yearOf } from '../src/values/calendar-date.ts';

describe('calendar dates', () => {
  it('yearOf and monthOf read the date, not the time zone', () => {
    expect(yearOf('2019-12-31')).toBe(2019);
    expect(monthOf('2019-01-01')).toBe(1);
  });
  it('daysBetween counts calendar days (later − earlier), across a leap day', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-03-01', '2019-02-28')).toBe(-1);
    expect(dayNumber('1970-01-01')).toBe(0);
  });
});
