import type { DatasetId, RecordSource } from '../datasets/records.ts';
import type { IndicatorRow } from '../indicators/indicator-row.ts';

/**
 * One record behind an indicator row's numerator or denominator: where it
 * was read from, its key fields and the fields the indicator reads, and
 * what it adds to the figure. The weights of a row's numerator records add
 * up to its numerator, those of its denominator records to its denominator.
 *
 * @example
 * const lost: EvidenceRecord = {
 *   dataset: 'litigation', source: { file: 'litigation.csv', row: 12 }, unit: '苏州工业园区劳动和社会保障局', year: 2019, weight: 1,
 *   fields: { case_no: '(2019)苏0591行初55号', concluded_on: '2019-06-20', lost: true, withdrawn: false },
 * };
 */
export interface EvidenceRecord {
  /** The dataset the record belongs to (`economy` for the GDP behind a ratio). */
  dataset: DatasetId;
  /** The file and row (as a spreadsheet shows it) the record was read from. */
  source: RecordSource;
  /** The record's canonical unit, or null when blank (counted for the jurisdiction only). */
  unit: string | null;
  /** The year the record counts in by the indicator's year rule (last year's records of a change have last year). */
  year: number;
  /**
   * What the record adds: 1 for a count; the summed value for a sum (a case
   * file's score, an incident's deaths); for a year-on-year change, this
   * year's records add their figure and last year's take it away (−1, −deaths).
   */
  weight: number;
  /** The dataset's key fields (case number, document number, …) then the fields the indicator reads, with their normalised values. */
  fields: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * The records behind one indicator row, as {@link indicatorEvidence} returns them.
 *
 * @example
 * const [evidence] = indicatorEvidence(data.records, 'litigation.lost_cases', '苏州工业园区劳动和社会保障局', 2019);
 * evidence?.numerator.length; // 4
 * evidence?.denominator; // null
 */
export interface IndicatorEvidence {
  /** The indicator row the records are behind. */
  row: IndicatorRow;
  /** The records counted or summed in the numerator, by file (code point) then row. */
  numerator: EvidenceRecord[];
  /** The records behind the denominator, in the same order; null for a count. */
  denominator: EvidenceRecord[] | null;
}
