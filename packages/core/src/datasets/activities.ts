import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';

const columns = [
  { name: 'year', aliases: ['年份', '年度'], type: 'year', required: true },
  { name: 'unit', aliases: ['單位'], type: 'unit' },
  { name: 'kind', aliases: ['類別'], type: 'text' },
  { name: 'count', aliases: ['數量', '次數', '條數'], type: 'int', required: true, min: 0, suffixes: ['次', '條', '条', '期', '場', '场', '人次', '個', '个', '篇'] },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * activities — counted activities (學法、培訓、普法宣傳), optional: one
 * count per unit × year × kind.
 *
 * @example
 * activitiesSchema.key; // []
 */
export const activitiesSchema: DatasetSchema<'activities'> = {
  id: 'activities',
  title: { 'zh-Hant': '學法培訓普法活動', 'zh-Hans': '学法培训普法活动', en: 'Activities' },
  stems: ['activities', '學法', '学法', '培訓', '培训', '普法'],
  columns,
  key: [],
  build(row, source) {
    return {
      source,
      unit: row.text(at.unit),
      year: row.number(at.year) as number,
      kind: row.text(at.kind),
      count: row.number(at.count) as number,
    };
  },
};
