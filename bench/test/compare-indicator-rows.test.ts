import { describe, expect, test } from 'vitest';
import type { IndicatorRow } from '../../packages/core/src/indicators/indicator-row.ts';
import { compareIndicatorRows } from '../src/compare-indicator-rows.ts';

const row = (indicator: string, unit: string, year: number, numerator: number, denominator: number | null): IndicatorRow => ({
  indicator, unit, year, numerator, denominator,
  value: denominator === null ? numerator : denominator === 0 ? null : numerator / denominator,
});

describe('compareIndicatorRows', () => {
  test('compareIndicatorRows finds no mismatch between the same rows in another order', () => {
    const rows = [row('litigation.loss_rate', '*', 2019, 3, 41), row('litigation.cases', '区司法局', 2019, 5, null)];
    expect(compareIndicatorRows([...rows].reverse(), rows)).toMatchObject({ compared: 2, mismatches: 0 });
  });

  test('compareIndicatorRows counts a differing numerator or denominator and a row one side lacks', () => {
    const reference = [row('litigation.loss_rate', '*', 2019, 3, 41), row('litigation.loss_rate', 'A', 2019, 1, 4), row('litigation.loss_rate', 'B', 2019, 1, 2)];
    const actual = [row('litigation.loss_rate', '*', 2019, 3, 40), row('litigation.loss_rate', 'A', 2019, 2, 4)];
    const result = compareIndicatorRows(actual, reference);
    expect(result.mismatches).toBe(3);
    expect(result.jurisdictionMismatches).toBe(1);
    expect(result.examples[0]).toContain('3/40 vs 3/41');
  });

  test('compareIndicatorRows treats a zero count or a 0/0 rate as an absent row', () => {
    expect(compareIndicatorRows([row('litigation.loss_rate', 'A', 2019, 0, 0), row('litigation.cases', 'A', 2019, 0, null)], []).mismatches).toBe(0);
  });

  test('compareIndicatorRows ignores indicators the reference does not compute and tolerates rounding of sums', () => {
    const reference = [row('enforcement.mean_score', 'A', 2019, 0.1 + 0.2, 2)];
    const actual = [row('enforcement.mean_score', 'A', 2019, 0.3, 2), row('safety.deaths_yoy', '*', 2019, 1, 2)];
    expect(compareIndicatorRows(actual, reference).mismatches).toBe(0);
  });
});
