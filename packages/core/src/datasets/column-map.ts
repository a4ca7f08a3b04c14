import type { Issue } from '../issues/issue.ts';
import { messages } from '../messages/messages.ts';
import type { DatasetSchema } from './dataset-schema.ts';
import { withHeaderMap } from './match-headers.ts';
import { DATASET_IDS, type DatasetId } from './records.ts';
import { DATASET_SCHEMAS } from './registry.ts';

/**
 * A user's mapping of headers fazhi does not recognise to the columns they
 * hold, by dataset: `{ enforcement_reviews: { 基本要求: 'basic_pass' } }`.
 * Headers compare as the aliases do (width, case and script aside).
 *
 * @example
 * const map: ColumnMap = { enforcement_reviews: { 基本要求: 'basic_pass' } };
 */
export type ColumnMap = { readonly [dataset: string]: { readonly [header: string]: string } };

/**
 * A column map checked against the schemas.
 *
 * @example
 * const { schemas, issues }: ResolvedColumnMap = resolveColumnMap({ enforcement_reviews: { 基本要求: 'basic_pass' } });
 */
export interface ResolvedColumnMap {
  /** The schema to load each mapped dataset with ({@link withHeaderMap}); datasets without a usable entry are absent. */
  schemas: Map<DatasetId, DatasetSchema>;
  /** The mapping of each dataset: header as given → column, valid entries only. */
  entries: Map<DatasetId, ReadonlyMap<string, string>>;
  /** A `column.map-dataset` warning per unknown dataset and a `column.map-column` warning per unknown column (file ''). */
  issues: Issue[];
}

/**
 * Checks a column map: an unknown dataset or a column its dataset does not
 * have is a warning (file `''`, the entry is not used), never a throw; the
 * valid entries give each dataset's schema to load with.
 *
 * @example
 * resolveColumnMap({ enforcement_reviews: { 基本要求: 'basic_pass' } }).schemas.has('enforcement_reviews'); // true
 * resolveColumnMap({ enforcement: { 基本要求: 'basic_pass' } }).issues[0]?.code; // 'column.map-dataset'
 */
export function resolveColumnMap(map: ColumnMap): ResolvedColumnMap {
  const schemas = new Map<DatasetId, DatasetSchema>();
  const entries = new Map<DatasetId, ReadonlyMap<string, string>>();
  const issues: Issue[] = [];
  const warn = (code: 'column.map-dataset' | 'column.map-column', column: string | null, value: string, message: Issue['message']) =>
    issues.push({ severity: 'warning', code, file: '', row: null, column, value, message });
  for (const [dataset, headers] of Object.entries(map)) {
    if (!(DATASET_IDS as readonly string[]).includes(dataset)) {
      warn('column.map-dataset', null, dataset, messages['column.map-dataset'](dataset, DATASET_IDS));
      continue;
    }
    const id = dataset as DatasetId;
    const schema = DATASET_SCHEMAS[id];
    const names = schema.columns.map((c) => c.name);
    const valid = new Map<string, string>();
    for (const [header, column] of Object.entries(headers)) {
      if (names.includes(column)) valid.set(header, column);
      else warn('column.map-column', header, column, messages['column.map-column'](dataset, header, column, names));
    }
    if (valid.size === 0) continue;
    entries.set(id, valid);
    schemas.set(id, withHeaderMap(schema, Object.fromEntries(valid)));
  }
  return { schemas, entries, issues };
}
