import type { DatasetSchema } from './dataset-schema.ts';

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
  columns: [
    { name: 'year', aliases: ['年份', '年度'], type: 'year', required: true },
    { name: 'unit', aliases: ['區域', '評價對象'], type: 'unit', notes: 'blank = the jurisdiction' },
    { name: 'dimension', aliases: ['一級指標'], type: 'text', required: true },
    { name: 'indicator', aliases: ['二級指標', '指標'], type: 'text', required: true },
    { name: 'value', aliases: ['原始值', '數值'], type: 'number', required: true },
    { name: 'best', aliases: ['最佳值', '前沿值'], type: 'number', required: true },
    { name: 'worst', aliases: ['最差值'], type: 'number', required: true },
    { name: 'exponent', aliases: ['轉換指數'], type: 'number', notes: 'default 1' },
    { name: 'weight', aliases: ['權重'], type: 'number', percent: 'rate', min: 0, notes: 'default 1' },
  ],
  key: ['year', 'unit', 'dimension', 'indicator'],
  build(row, source) {
    return {
      source,
      unit: row.text('unit'),
      year: row.number('year') as number,
      dimension: row.text('dimension') as string,
      indicator: row.text('indicator') as string,
      value: row.number('value') as number,
      best: row.number('best') as number,
      worst: row.number('worst') as number,
      exponent: row.number('exponent') ?? 1,
      weight: row.number('weight') ?? 1,
    };
  },
};
