import type { BaseRecord, DatasetId } from '../datasets/records.ts';
import type { DatasetTables } from '../load/data-set.ts';
import { compareCodePoints } from '../indicators/compare-code-points.ts';
import { BLOCK_SIZE, compileMeasure, compilePredicate, compileScope, compileYear } from '../indicators/compile-expression.ts';
import type { TallyDeclaration } from '../indicators/indicator-declaration.ts';
import { JURISDICTION } from '../indicators/indicator-row.ts';
import type { ResolvedIndicatorOptions } from '../indicators/indicator-options.ts';
import { declarationFields } from '../sql/declaration-fields.ts';
import { evidenceOfRecord } from './evidence-of-record.ts';
import type { EvidenceRecord } from './evidence-record.ts';

/**
 * The records behind a tally row, found with the very parts the engine
 * compiles from the declaration (year rule, filter, numerator and
 * denominator), so that they add up to the row: the records of the unit
 * (every record for `*`) whose year is `year` and that pass the filter, those
 * the numerator counts or sums with what each adds, and likewise for the
 * denominator (null for a count). Records come in source order (file by code
 * point, then row).
 *
 * @example
 * const { numerator } = tallyEvidence(catalogueEntry('litigation.lost_cases').declaration as TallyDeclaration, records, '*', 2019, resolveIndicatorOptions());
 * numerator.length; // 9
 */
export function tallyEvidence(
  declaration: TallyDeclaration,
  records: Partial<DatasetTables>,
  unit: string,
  year: number,
  options: ResolvedIndicatorOptions,
): { numerator: EvidenceRecord[]; denominator: EvidenceRecord[] | null } {
  const dataset: DatasetId = declaration.dataset;
  const list = (records[dataset] ?? []) as readonly BaseRecord[];
  const scope = compileScope(dataset);
  const years = compileYear(declaration.year, scope);
  const filter = declaration.filter === undefined ? null : compilePredicate(declaration.filter, options, scope);
  const numerator = compileMeasure(declaration.numerator, options, scope);
  const denominator = declaration.denominator === null ? null : compileMeasure(declaration.denominator, options, scope);
  const fields = [...declarationFields(declaration)];
  const found = { numerator: [] as EvidenceRecord[], denominator: [] as EvidenceRecord[] };
  for (let start = 0; start < list.length; start += BLOCK_SIZE) {
    const count = Math.min(BLOCK_SIZE, list.length - start);
    years.run(list, start, count);
    filter?.run(list, start, count);
    numerator.run(list, start, count);
    denominator?.run(list, start, count);
    for (let i = 0; i < count; i++) {
      const record = list[start + i]!;
      if (years.out[i] !== year || (filter !== null && filter.out[i] === 0)) continue;
      if (unit !== JURISDICTION && record.unit !== unit) continue;
      if (numerator.includes[i]) found.numerator.push(evidenceOfRecord(dataset, record, year, numerator.out[i]!, fields));
      if (denominator?.includes[i]) found.denominator.push(evidenceOfRecord(dataset, record, year, denominator.out[i]!, fields));
    }
  }
  return { numerator: bySource(found.numerator), denominator: denominator === null ? null : bySource(found.denominator) };
}

/**
 * Evidence records in source order: file name by code point, then row.
 *
 * @example
 * bySource([]); // []
 */
export function bySource(list: EvidenceRecord[]): EvidenceRecord[] {
  return list.sort((a, b) => compareCodePoints(a.source.file, b.source.file) || a.source.row - b.source.row);
}
