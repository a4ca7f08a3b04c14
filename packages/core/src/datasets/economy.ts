import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';

const columns = [
  { name: 'year', aliases: ['年份', '年度'], type: 'year', required: true },
  { name: 'gdp', aliases: ['地區生產總值(億元)', '地區生產總值', 'GDP', 'GDP(億元)'], type: 'number', min: 0, suffixes: ['億元', '亿元'], notes: '億元' },
  { name: 'population', aliases: ['常住人口'], type: 'number', min: 0, suffixes: ['人'] },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * economy — context figures per year (經濟社會指標): GDP in 億元 and
 * resident population. One row per year.
 *
 * @example
 * economySchema.key; // ['year']
 */
export const economySchema: DatasetSchema<'economy'> = {
  id: 'economy',
  title: { 'zh-Hant': '經濟社會指標', 'zh-Hans': '经济社会指标', en: 'Economy' },
  stems: ['economy', '經濟社會指標', '经济社会指标', '經濟指標', '经济指标'],
  columns,
  key: ['year'],
  build(row, source) {
    return {
      source,
      year: row.number(at.year) as number,
      gdp: row.number(at.gdp),
      population: row.number(at.population),
    };
  },
};
