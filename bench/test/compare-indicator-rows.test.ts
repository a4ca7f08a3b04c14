import { describe, expect, test } from 'vitest';
import type { IndicatorRow } from '../../packages/core/src/indicators/indicator-row.ts';
import { compareIndicatorRows } from '../src/compare-indicator-rows.ts';

const row = (indicator: string, unit: string, year: number, numerator: number, denominator: number | null): IndicatorRow => ({
  indicator, unit, year, numerator, denominator,
  value: denominator === null ? numerator : denominator === 0 ? null : numerator / denominator,
});

describe('compareIndicatorRows', () => {
  test('compareIndicatorRows finds no mismatch between the same rows in the same order', () => {
    const rows = [row('litigation.loss_rate', '*', 2019, 3, 41), row('litigation.cases', '区司法局', 2019, 5, null)];
    expect(compareIndicatorRows(rows.map((r) => ({ ...r })), rows)).toEqual({ compared: 2, mismatches: 0, jurisdictionMismatches: 0, examples: [] });
  });

  test('compareIndicatorRows counts a differing numerator, denominator or value, a row one side lacks, and another order', () => {
    const reference = [row('litigation.loss_rate', '*', 2019, 3, 41), row('litigation.loss_rate', 'A', 2019, 1, 4), row('litigation.loss_rate', 'B', 2019, 1, 2)];
    const actual = [row('litigation.loss_rate', '*', 2019, 3, 40), row('litigation.loss_rate', 'A', 2019, 1, 4)];
    const result = compareIndicatorRows(actual, reference);
    expect(result.mismatches).toBe(2);
    expect(result.jurisdictionMismatches).toBe(1);
    expect(result.examples[0]).toContain('3/40');
    expect(compareIndicatorRows([...reference].reverse(), reference).mismatches).toBe(2);
  });

  test('compareIndicatorRows allows no rounding: a sum off by its last digit is a mismatch', () => {
    const reference = [row('enforcement.mean_score', 'A', 2019, 0.1 + 0.2, 2)];
    expect(compareIndicatorRows([row('enforcement.mean_score', 'A', 2019, 0.3, 2)], reference).mismatches).toBe(1);
    expect(compareIndicatorRows([{ ...reference[0]!, item: 'x' }], reference).mismatches).toBe(1);
  });
});
