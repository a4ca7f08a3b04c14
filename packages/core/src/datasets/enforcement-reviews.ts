import { yearOf } from '../values/calendar-date.ts';
import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';

const columns = [
  { name: 'file_no', aliases: ['案卷編號', '案號'], type: 'text', required: true },
  { name: 'unit', aliases: ['被評查單位'], type: 'unit', required: true },
  { name: 'reviewer', aliases: ['評查人'], type: 'text' },
  { name: 'year', aliases: ['年度', '評查年度'], type: 'year', notes: 'required unless reviewed_on given' },
  { name: 'reviewed_on', aliases: ['評查日期'], type: 'date' },
  { name: 'basic_pass', aliases: ['基本標準是否通過'], type: 'flag', notes: 'no → the file scores 0' },
  { name: 'score', aliases: ['總分', '得分'], type: 'number', required: true, min: 0, max: 100, suffixes: ['分'] },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * enforcement_reviews — law-enforcement case-file reviews (行政執法案卷評查).
 * Year = the `year` column, else year(reviewed_on); a row with neither is
 * rejected (`value.required` on `year`). Score 0–100.
 *
 * @example
 * enforcementReviewsSchema.requiredOneOf; // [['year', 'reviewed_on']]
 */
export const enforcementReviewsSchema: DatasetSchema<'enforcement_reviews'> = {
  id: 'enforcement_reviews',
  title: { 'zh-Hant': '行政執法案卷評查', 'zh-Hans': '行政执法案卷评查', en: 'Enforcement case-file reviews' },
  stems: ['enforcement_reviews', 'enforcement-reviews', 'enforcement', '案卷評查', '案卷评查', '執法案卷', '执法案卷'],
  columns,
  key: ['file_no'],
  requiredOneOf: [['year', 'reviewed_on']],
  build(row, source) {
    const reviewedOn = row.date(at.reviewed_on);
    const year = row.number(at.year) ?? (reviewedOn === null ? null : yearOf(reviewedOn));
    if (year === null) return { rejected: 'value.required', column: 'year' };
    return {
      source,
      unit: row.text(at.unit),
      file_no: row.text(at.file_no) as string,
      reviewer: row.text(at.reviewer),
      year,
      reviewed_on: reviewedOn,
      basic_pass: row.flag(at.basic_pass),
      score: row.number(at.score) as number,
    };
  },
};
