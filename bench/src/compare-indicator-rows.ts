import type { IndicatorRow } from '../../packages/core/src/indicators/indicator-row.ts';

/**
 * What {@link compareIndicatorRows} found.
 *
 * @example
 * const { mismatches, examples }: RowComparison = compareIndicatorRows(duckdbRows, fazhiRows);
 */
export interface RowComparison {
  /** Rows compared: the longer of the two lists. */
  compared: number;
  /** Positions whose rows differ in any field (indicator, unit, year, numerator, denominator, value, dimension, item), or that one side lacks. */
  mismatches: number;
  /** Of the mismatches, those in jurisdiction (`*`) rows. */
  jurisdictionMismatches: number;
  /** Up to 10 mismatches, for the report. */
  examples: string[];
}

const FIELDS = ['indicator', 'unit', 'year', 'numerator', 'denominator', 'value', 'dimension', 'item'] as const;

const show = (row: IndicatorRow | undefined): string =>
  row === undefined ? 'absent' : `${row.indicator}|${row.unit}|${row.year}|${row.dimension ?? ''}|${row.item ?? ''} ${row.numerator}/${row.denominator ?? '–'} = ${row.value ?? 'null'}`;

/**
 * Compares two engines' indicator rows position by position, every field
 * exactly (no tolerance: the DuckDB engine and the JS engine must give the
 * same numbers, in the same order).
 *
 * @example
 * compareIndicatorRows(duckdbRows, fazhiRows).mismatches; // 0
 */
export function compareIndicatorRows(actual: readonly IndicatorRow[], reference: readonly IndicatorRow[]): RowComparison {
  const compared = Math.max(actual.length, reference.length);
  const examples: string[] = [];
  let mismatches = 0;
  let jurisdictionMismatches = 0;
  for (let i = 0; i < compared; i++) {
    const a = actual[i];
    const b = reference[i];
    if (a !== undefined && b !== undefined && FIELDS.every((f) => a[f] === b[f])) continue;
    mismatches++;
    if ((a ?? b)?.unit === '*') jurisdictionMismatches++;
    if (examples.length < 10) examples.push(`row ${i}: ${show(a)} vs ${show(b)}`);
  }
  return { compared, mismatches, jurisdictionMismatches, examples };
}
