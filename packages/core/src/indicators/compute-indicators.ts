import type { DatasetTables } from '../load/data-set.ts';
import { INDICATOR_DECLARATIONS } from './catalogue.ts';
import { CUSTOM_INDICATORS } from './custom-indicators.ts';
import type { IndicatorRow } from './indicator-row.ts';
import type { IndicatorOptions, ResolvedIndicatorOptions } from './indicator-options.ts';
import { resolveIndicatorOptions } from './indicator-options.ts';
import { runDeclarations } from './run-declarations.ts';

/**
 * The indicators of a data set and the options they were computed with.
 *
 * @example
 * const { rows, options } = computeIndicators(dataSet.records);
 * rows.length; // 642 (the park's fixture, 2018 and 2019)
 * options.filingDeadlineDays; // 30
 */
export interface IndicatorResult {
  /** One row per indicator × unit × year (× dimension × item for business), in catalogue order, then unit (`*` first, then by code point), year, dimension, item. */
  rows: IndicatorRow[];
  /** The options used, defaults applied. */
  options: ResolvedIndicatorOptions;
}

/**
 * Computes every indicator of the catalogue (INDICATORS.md) from normalised
 * records, as its declarations say (`INDICATOR_DECLARATIONS`, run by
 * `runDeclarations`): per unit × year found in the data, plus the
 * jurisdiction `*` per year, which also counts records without a unit.
 * Missing datasets give no rows. Each dataset is read in one pass; the input
 * is not modified, and the rows do not depend on record order or the
 * machine's time zone.
 *
 * @example
 * const data = await loadDataSet(files); // the park's fixture, fixtures/sip-2019
 * const { rows } = computeIndicators(data.records, { years: [2019] });
 * const park = rows.find((r) => r.indicator === 'litigation.loss_rate' && r.unit === '*');
 * [park?.numerator, park?.denominator, park?.value]; // [9, 64, 0.140625] (9 cases lost of 64 concluded)
 * computeIndicators(data.records, { lossRateIncludesWithdrawals: false, years: [2019] }).rows
 *   .find((r) => r.indicator === 'litigation.loss_rate' && r.unit === '*')?.denominator; // 55 (withdrawals left out)
 */
export function computeIndicators(records: Partial<DatasetTables>, options?: IndicatorOptions): IndicatorResult {
  const resolved = resolveIndicatorOptions(options);
  const all = runDeclarations(INDICATOR_DECLARATIONS, records, resolved, CUSTOM_INDICATORS);
  const keep = resolved.years === null ? null : new Set(resolved.years);
  const rows = keep === null ? all : all.filter((row) => keep.has(row.year));
  return { rows, options: resolved };
}
