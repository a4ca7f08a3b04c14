import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';

const columns = [
  { name: 'year', aliases: ['年份', '年度'], type: 'year', required: true },
  { name: 'unit', aliases: ['區域', '評價對象'], type: 'unit', notes: 'blank = the jurisdiction' },
  { name: 'dimension', aliases: ['一級指標'], type: 'text', required: true },
  { name: 'indicator', aliases: ['二級指標', '指標'], type: 'text', required: true },
  { name: 'value', aliases: ['原始值', '數值'], type: 'number', required: true },
  { name: 'best', aliases: ['最佳值', '前沿值'], type: 'number', required: true },
  { name: 'worst', aliases: ['最差值'], type: 'number', required: true },
  { name: 'exponent', aliases: ['轉換指數'], type: 'number', notes: 'default 1' },
  { name: 'weight', aliases: ['權重'], type: 'number', percent: 'rate', min: 0, notes: 'default 1' },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * business_environment — business-environment measurements (營商環境測評),
 * one row per unit × year × indicator; a blank unit is the jurisdiction.
 * `exponent` and `weight` default to 1.
 *
 * @example
 * businessEnvironmentSchema.key; // ['year', 'unit', 'dimension', 'indicator']
 */
export const businessEnvironmentSchema: DatasetSchema<'business_environment'> = {
  id: 'business_environment',
  title: { 'zh-Hant': '營商環境測評', 'zh-Hans': '营商环境测评', en: 'Business environment' },
  stems: ['business_environment', 'business-environment', 'business', '營商環境', '营商环境'],
  columns,
  key: ['year', 'unit', 'dimension', 'indicator'],
  build(row, source) {
    return {
      source,
      unit: row.text(at.unit),
      year: row.number(at.year) as number,
      dimension: row.text(at.dimension) as string,
      indicator: row.text(at.indicator) as string,
      value: row.number(at.value) as number,
      best: row.number(at.best) as number,
      worst: row.number(at.worst) as number,
      exponent: row.number(at.exponent) ?? 1,
      weight: row.number(at.weight) ?? 1,
    };
  },
};
