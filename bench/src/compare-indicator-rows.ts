import type { IndicatorRow } from '../../packages/core/src/indicators/indicator-row.ts';

/**
 * What {@link compareIndicatorRows} found.
 *
 * @example
 * const { mismatches, examples }: RowComparison = compareIndicatorRows(fazhiRows, duckdbRows);
 */
export interface RowComparison {
  /** Rows compared (the union of both sides' keys, empty rows left out). */
  compared: number;
  /** Keys whose numerator or denominator differ, or that one side lacks. */
  mismatches: number;
  /** Of the mismatches, those in jurisdiction (`*`) rows. */
  jurisdictionMismatches: number;
  /** Up to 10 mismatches, for the report. */
  examples: string[];
}

const key = (r: IndicatorRow): string => `${r.indicator}|${r.unit}|${r.year}|${r.dimension ?? ''}|${r.item ?? ''}`;

/** A row with nothing in it: INDICATORS.md lets such a unit × year be absent or present. */
const isEmpty = (r: IndicatorRow): boolean => r.numerator === 0 && (r.denominator === null || r.denominator === 0);

function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Compares two engines' indicator rows row by row on (indicator, unit, year)
 * → (numerator, denominator), restricted to the indicators the reference
 * computes. Rows with a zero count and a zero or null denominator are treated
 * as absent; sums of decimals are compared to a 1e-9 relative tolerance.
 *
 * @example
 * compareIndicatorRows(fazhiRows, duckdbRows).mismatches; // 0
 */
export function compareIndicatorRows(actual: readonly IndicatorRow[], reference: readonly IndicatorRow[]): RowComparison {
  const indicators = new Set(reference.map((r) => r.indicator));
  const left = new Map<string, IndicatorRow>();
  for (const r of actual) if (indicators.has(r.indicator) && !isEmpty(r)) left.set(key(r), r);
  const right = new Map<string, IndicatorRow>();
  for (const r of reference) if (!isEmpty(r)) right.set(key(r), r);
  const keys = new Set([...left.keys(), ...right.keys()]);
  const examples: string[] = [];
  let mismatches = 0;
  let jurisdictionMismatches = 0;
  for (const k of [...keys].sort()) {
    const a = left.get(k);
    const b = right.get(k);
    if (a !== undefined && b !== undefined && same(a.numerator, b.numerator) && same(a.denominator, b.denominator)) continue;
    mismatches++;
    if ((a ?? b)?.unit === '*') jurisdictionMismatches++;
    if (examples.length < 10) {
      const show = (r: IndicatorRow | undefined) => (r === undefined ? 'absent' : `${r.numerator}/${r.denominator ?? '–'}`);
      examples.push(`${k}: ${show(a)} vs ${show(b)}`);
    }
  }
  return { compared: keys.size, mismatches, jurisdictionMismatches, examples };
}
