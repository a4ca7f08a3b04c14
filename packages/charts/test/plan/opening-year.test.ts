import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, test } from 'vitest';
import { openingYear } from '../../src/plan/opening-year.ts';

const count = (indicator: string, year: number, numerator: number, unit = '*'): IndicatorRow => ({ indicator, unit, year, numerator, denominator: null, value: numerator });
const rate = (indicator: string, year: number, numerator: number, denominator: number): IndicatorRow => ({ indicator, unit: '*', year, numerator, denominator, value: numerator / denominator });

/** Four years of litigation and documents, as a district's export: 2022 holds only a few late decisions. */
const fourYears: IndicatorRow[] = [
  ...[2019, 2020, 2021].flatMap((y) => [count('litigation.cases', y, 170), rate('litigation.loss_rate', y, 9, 160), count('documents.issued', y, 40)]),
  count('litigation.cases', 2022, 12), rate('litigation.loss_rate', 2022, 1, 12), count('documents.issued', 2022, 38),
];

describe('openingYear', () => {
  test('opens on the year before a last year whose records fall under half the earlier median, and says which dataset', () => {
    expect(openingYear(fourYears)).toEqual({ year: 2021, thin: [{ year: 2022, dataset: 'litigation', records: 12, typical: 170 }] });
  });

  test('opens on the last year when every dataset holds at least half its usual records', () => {
    const full = [...fourYears.filter((r) => r.year < 2022), count('litigation.cases', 2022, 85), count('documents.issued', 2022, 20)];
    expect(openingYear(full)).toEqual({ year: 2022, thin: [] });
  });

  test('counts a rate by its denominator and a dataset missing from a year as 0 records', () => {
    const rows = [rate('litigation.loss_rate', 2019, 1, 100), rate('litigation.loss_rate', 2020, 1, 30), count('documents.issued', 2019, 5), count('documents.issued', 2020, 5)];
    expect(openingYear(rows).year).toBe(2019);
    expect(openingYear([...rows, count('documents.issued', 2021, 5)]).thin).toEqual([
      { year: 2020, dataset: 'litigation', records: 30, typical: 100 },
      { year: 2021, dataset: 'litigation', records: 0, typical: 65 },
    ]);
  });

  test('reads only the jurisdiction, and ignores changes, scores and ids outside the catalogue', () => {
    const rows = [count('litigation.cases', 2019, 100), count('litigation.cases', 2020, 30, '法院'), count('litigation.cases', 2020, 60),
      { indicator: 'business.score', unit: '*', year: 2020, numerator: 80, denominator: null, value: 80 }, count('x.unknown', 2020, 1)];
    expect(openingYear(rows)).toEqual({ year: 2020, thin: [] });
    expect(openingYear([...rows, { indicator: 'business.score', unit: '*', year: 2021, numerator: 90, denominator: null, value: 90 }]).year).toBe(2020);
  });

  test('honours minShare, gives null without rows, and does not depend on row order', () => {
    expect(openingYear(fourYears, { minShare: 0.05 }).year).toBe(2022);
    expect(openingYear([])).toEqual({ year: null, thin: [] });
    expect(openingYear([...fourYears].reverse())).toEqual(openingYear(fourYears));
  });
});
