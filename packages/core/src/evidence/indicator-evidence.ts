import type { DatasetTables } from '../load/data-set.ts';
import { catalogueEntry, type IndicatorId } from '../indicators/catalogue.ts';
import type { CustomContext } from '../indicators/custom-indicator.ts';
import { CUSTOM_INDICATORS } from '../indicators/custom-indicators.ts';
import type { IndicatorDeclaration } from '../indicators/indicator-declaration.ts';
import type { IndicatorRow } from '../indicators/indicator-row.ts';
import { resolveIndicatorOptions, type IndicatorOptions, type ResolvedIndicatorOptions } from '../indicators/indicator-options.ts';
import { runDeclarations } from '../indicators/run-declarations.ts';
import type { EvidenceRecord, IndicatorEvidence } from './evidence-record.ts';
import { tallyEvidence } from './tally-evidence.ts';

/**
 * Options of {@link indicatorEvidence}: the computation options the rows
 * were computed with (they decide what counts), and for the business
 * scores, which of a unit's rows of the year are wanted.
 *
 * @example
 * const options: EvidenceOptions = { lossRateIncludesWithdrawals: false };
 */
export interface EvidenceOptions extends IndicatorOptions {
  /** business.indicator_score and business.dimension_score: only the rows of this dimension (一級指標). Default: every dimension. */
  dimension?: string;
  /** business.indicator_score: only the rows of this item (二級指標). Default: every item. */
  item?: string;
}

/**
 * The records behind an indicator's row for a unit (`*` for the
 * jurisdiction) and year: for each row, the records its numerator counts or
 * sums and those behind its denominator, each with its source (file, row),
 * its key fields (case number, document number, …), the fields the
 * indicator reads and what it adds (`weight`). They are found from the same
 * declaration, compiled the same way, as the row itself, so they add up:
 * the weights of the numerator records sum to the numerator (for a count,
 * one record each), those of the denominator records to the denominator.
 *
 * A year-on-year change lists this year's records (adding) and last
 * year's (taking away) for its numerator and last year's for its
 * denominator; `safety.deaths_per_100m_gdp` the incidents and the economy
 * row of the GDP; the business scores their measurements. The result has
 * one entry per row: one for every indicator but the business indicator and
 * dimension scores, which have a row per item or dimension (narrow them
 * with `dimension` and `item`); none when the unit has no row that year.
 * Throws a RangeError for an id outside the catalogue, like
 * {@link catalogueEntry}.
 *
 * @example
 * const [lost] = indicatorEvidence(data.records, 'litigation.lost_cases', '苏州工业园区劳动和社会保障局', 2019);
 * lost?.row.numerator; // 4
 * lost?.numerator.map((r) => r.fields.case_no).length; // 4
 * lost?.numerator[0]?.source.file; // 'litigation.csv'
 * const [rate] = indicatorEvidence(data.records, 'litigation.loss_rate', '*', 2019);
 * [rate?.numerator.length, rate?.denominator?.length]; // [9, 64]
 * indicatorEvidence(data.records, 'litigation.loss_rate', '*', 1990); // []
 */
export function indicatorEvidence(
  records: Partial<DatasetTables>,
  indicator: IndicatorId,
  unit: string,
  year: number,
  options: EvidenceOptions = {},
): IndicatorEvidence[] {
  // Every year is read (a change compares with the year before); the rows asked for are chosen by year anyway.
  const { dimension, item, years: _years, ...computation } = options;
  const resolved = resolveIndicatorOptions(computation);
  return evidence(records, indicator, unit, year, resolved, (row) =>
    (dimension === undefined || row.dimension === dimension) && (item === undefined || row.item === item));
}

function evidence(
  records: Partial<DatasetTables>,
  indicator: IndicatorId,
  unit: string,
  year: number,
  options: ResolvedIndicatorOptions,
  wanted: (row: IndicatorRow) => boolean = () => true,
): IndicatorEvidence[] {
  const declaration = catalogueEntry(indicator).declaration;
  const rows = rowsOf(declaration, records, options).filter((r) => r.indicator === indicator && r.unit === unit && r.year === year && wanted(r));
  if (rows.length === 0) return [];
  if (declaration.compute === 'tally') {
    return rows.map((row) => ({ row, ...tallyEvidence(declaration, records, unit, year, options) }));
  }
  if (declaration.compute === 'change') {
    const base = declaration.of as IndicatorId;
    const now = evidence(records, base, unit, year, options)[0]?.numerator ?? [];
    const last = evidence(records, base, unit, year - 1, options)[0]?.numerator ?? [];
    const taken = last.map((r): EvidenceRecord => ({ ...r, weight: -r.weight }));
    return rows.map((row) => ({ row, numerator: [...now, ...taken], denominator: last }));
  }
  const code = CUSTOM_INDICATORS.find((c) => c.ids.includes(indicator))!;
  const context: CustomContext = {
    rowsOf: (id) => rowsOf(catalogueEntry(id as IndicatorId).declaration, records, options),
    evidenceOf: (id, u, y) => evidence(records, id as IndicatorId, u, y, options),
  };
  return code.evidence(records, rows, options, context);
}

/** The rows of one declaration, with what it needs: a change's base, a custom indicator's other indicators. */
function rowsOf(declaration: IndicatorDeclaration, records: Partial<DatasetTables>, options: ResolvedIndicatorOptions): IndicatorRow[] {
  const needed: IndicatorDeclaration[] = [];
  const add = (d: IndicatorDeclaration) => {
    if (needed.includes(d)) return;
    if (d.compute === 'change') add(catalogueEntry(d.of as IndicatorId).declaration);
    if (d.compute === 'custom') {
      const code = CUSTOM_INDICATORS.find((c) => c.ids.includes(d.id));
      for (const id of code?.needs ?? []) add(catalogueEntry(id as IndicatorId).declaration);
    }
    needed.push(d);
  };
  add(declaration);
  return runDeclarations(needed, records, options, CUSTOM_INDICATORS).filter((r) => r.indicator === declaration.id);
}
