import { yearOf } from '../values/calendar-date.ts';
import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';

const columns = [
  { name: 'decision_no', aliases: ['編號', '決策事項'], type: 'text', required: true },
  { name: 'unit', aliases: ['承辦單位', '承辦部門'], type: 'unit', required: true },
  { name: 'decided_on', aliases: ['決定日期'], type: 'date' },
  { name: 'year', aliases: ['年度', '年份'], type: 'year' },
  { name: 'public_participation', aliases: ['公眾參與'], type: 'flag' },
  { name: 'expert_argumentation', aliases: ['專家論證'], type: 'flag' },
  { name: 'risk_assessment', aliases: ['風險評估'], type: 'flag' },
  { name: 'legality_review', aliases: ['合法性審查'], type: 'flag' },
  { name: 'collective_discussion', aliases: ['集體討論'], type: 'flag' },
  { name: 'in_catalogue', aliases: ['是否列入目錄'], type: 'flag' },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * decisions — major administrative decisions (重大行政決策). Year =
 * year(decided_on), else the `year` column; a row with neither is rejected
 * (`value.required` on `decided_on`). The five procedures accept 不適用.
 *
 * @example
 * decisionsSchema.key; // ['decision_no']
 */
export const decisionsSchema: DatasetSchema<'decisions'> = {
  id: 'decisions',
  title: { 'zh-Hant': '重大行政決策', 'zh-Hans': '重大行政决策', en: 'Major administrative decisions' },
  stems: ['decisions', '重大行政決策', '重大行政决策', '行政決策', '行政决策'],
  columns,
  key: ['decision_no'],
  requiredOneOf: [['decided_on', 'year']],
  build(row, source) {
    const decidedOn = row.date(at.decided_on);
    const year = decidedOn === null ? row.number(at.year) : yearOf(decidedOn);
    if (year === null) return { rejected: 'value.required', column: 'decided_on' };
    return {
      source,
      unit: row.text(at.unit),
      decision_no: row.text(at.decision_no) as string,
      decided_on: decidedOn,
      year,
      public_participation: row.flag(at.public_participation),
      expert_argumentation: row.flag(at.expert_argumentation),
      risk_assessment: row.flag(at.risk_assessment),
      legality_review: row.flag(at.legality_review),
      collective_discussion: row.flag(at.collective_discussion),
      in_catalogue: row.flag(at.in_catalogue),
    };
  },
};
