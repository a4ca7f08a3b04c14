import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';

const columns = [
  { name: 'unit', aliases: ['單位', '單位名稱'], type: 'text', required: true },
  { name: 'aliases', aliases: ['別名', '簡稱'], type: 'list' },
  { name: 'kind', aliases: ['類型'], type: 'text' },
  { name: 'document_authority', aliases: ['規範性文件制定主體'], type: 'flag' },
  { name: 'enforcement_body', aliases: ['行政執法主體'], type: 'flag' },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * units — the unit registry (單位名錄), optional: canonical names, their
 * aliases (separated by `;` `；` `、` `,`), kind and roles.
 *
 * @example
 * unitsSchema.key; // ['unit']
 */
export const unitsSchema: DatasetSchema<'units'> = {
  id: 'units',
  title: { 'zh-Hant': '單位名錄', 'zh-Hans': '单位名录', en: 'Unit registry' },
  stems: ['units', '單位名錄', '单位名录', '單位列表', '单位列表'],
  columns,
  key: ['unit'],
  build(row, source) {
    return {
      source,
      unit: (row.text(at.unit) as string).normalize('NFKC'),
      aliases: row.list(at.aliases),
      kind: row.text(at.kind),
      document_authority: row.flag(at.document_authority),
      enforcement_body: row.flag(at.enforcement_body),
    };
  },
};
