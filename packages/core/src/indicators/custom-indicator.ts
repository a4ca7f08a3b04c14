import type { IndicatorEvidence } from '../evidence/evidence-record.ts';
import type { DatasetTables } from '../load/data-set.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';

/**
 * What a custom implementation may ask of the engine: the rows of another
 * indicator it `needs` (computed from the same records and options) and
 * that indicator's evidence for one unit × year.
 *
 * @example
 * const context: CustomContext = { rowsOf: () => [], evidenceOf: () => [] };
 */
export interface CustomContext {
  /** The rows of an indicator in `needs`. */
  rowsOf(id: string): readonly IndicatorRow[];
  /** The evidence of an indicator in `needs` for a unit × year. */
  evidenceOf(id: string, unit: string, year: number): IndicatorEvidence[];
}

/**
 * The code behind `custom` declarations (a ratio to another dataset's
 * figure, scores of scores): the rows of its ids, and the records behind
 * each of those rows, so that a custom indicator shows its evidence too.
 *
 * @example
 * const none: CustomIndicator = { ids: [], rows: () => [], evidence: () => [] };
 */
export interface CustomIndicator {
  /** The ids of the `custom` declarations this code computes. */
  readonly ids: readonly string[];
  /** Ids of other indicators whose rows or evidence it reads. Default none. */
  readonly needs?: readonly string[];
  /** Every row of its ids, each id's rows in output order. */
  rows(records: Partial<DatasetTables>, options: ResolvedIndicatorOptions, context: CustomContext): IndicatorRow[];
  /** The evidence of each of the given rows (rows of its ids), in their order. */
  evidence(records: Partial<DatasetTables>, rows: readonly IndicatorRow[], options: ResolvedIndicatorOptions, context: CustomContext): IndicatorEvidence[];
}
