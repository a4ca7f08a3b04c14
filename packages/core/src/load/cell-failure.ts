/**
 * Issue codes of cells that cannot be read as their column's type.
 *
 * @example
 * const code: CellFailureCode = 'value.date';
 */
export type CellFailureCode = 'value.date' | 'value.flag' | 'value.number' | 'value.enum' | 'value.range';

/**
 * A cell that a column reader could not read. Readers return (memoised)
 * instances instead of throwing; `instanceof` keeps the row loop cheap.
 *
 * @example
 * new CellFailure('value.range', '≥ 0');
 */
export class CellFailure {
  constructor(
    /** Why the cell failed, as the issue code the loader reports (`value.date` for an unreadable date, …). */
    readonly code: CellFailureCode,
    /** Extra context for the message: the allowed range or values. */
    readonly detail: string = '',
  ) {}
}
