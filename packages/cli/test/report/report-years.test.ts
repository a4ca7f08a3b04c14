import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, test } from 'vitest';
import { reportYears } from '../../src/report/report-years.ts';

const cases = (year: number, n: number): IndicatorRow => ({ indicator: 'litigation.cases', unit: '*', year, numerator: n, denominator: null, value: n });

describe('reportYears', () => {
  const rows = [cases(2019, 170), cases(2020, 160), cases(2021, 180), cases(2022, 12)];

  test('without --years scores the latest year complete enough (not a thin last year) and compares it with the year before', () => {
    expect(reportYears(rows, null)).toEqual({ years: [2020, 2021], passedOver: [{ year: 2022, dataset: 'litigation', records: 12, typical: 170 }] });
  });

  test('scores the last year when it is complete, and keeps the years asked for as they are', () => {
    expect(reportYears(rows.slice(0, 3), null)).toEqual({ years: [2020, 2021], passedOver: [] });
    expect(reportYears(rows, [2021, 2022])).toEqual({ years: [2021, 2022], passedOver: [] });
    expect(reportYears([], null)).toEqual({ years: [], passedOver: [] });
  });
});
