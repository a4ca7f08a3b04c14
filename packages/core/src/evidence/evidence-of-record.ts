import type { BaseRecord, DatasetId, EconomyRecord } from '../datasets/records.ts';
import { DATASET_SCHEMAS } from '../datasets/registry.ts';
import type { EvidenceRecord } from './evidence-record.ts';


/**
 * One record as evidence: its source and unit, the year it counts in, what
 * it adds (`weight`), and its fields — the dataset's key fields first (case
 * number, document number, …), then the given fields the indicator reads,
 * each once (`unit` and `source` have their own properties).
 *
 * @example
 * const record = records.litigation[0]!;
 * Object.keys(evidenceOfRecord('litigation', record, 2019, 1, ['concluded_on', 'lost']).fields); // ['case_no', 'concluded_on', 'lost']
 */
export function evidenceOfRecord(dataset: DatasetId, record: BaseRecord | EconomyRecord, year: number, weight: number, fields: readonly string[]): EvidenceRecord {
  const values: Record<string, string | number | boolean | null> = {};
  for (const field of [...DATASET_SCHEMAS[dataset].key, ...fields]) {
    if (field === 'unit' || field === 'source' || field in values) continue;
    values[field] = ((record as unknown as Record<string, unknown>)[field] ?? null) as string | number | boolean | null;
  }
  return { dataset, source: record.source, unit: 'unit' in record ? record.unit : null, year, weight, fields: values };
}
