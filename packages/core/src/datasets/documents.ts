import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';
import { toSimplified } from '../values/to-simplified.ts';

const COMPLIANT = new Set(['准予备案', '予以备案', '备案通过', '通过', '合规', '规范']);
const NOT_COMPLIANT = new Set(['补正', '纠正', '不予备案', '责令改正', '不规范', '不合规']);

const columns = [
  { name: 'doc_no', aliases: ['文號', '文件編號'], type: 'text', required: true },
  { name: 'unit', aliases: ['制定單位', '制定機關'], type: 'unit', required: true },
  { name: 'title', aliases: ['標題', '文件名稱'], type: 'text' },
  { name: 'issued_on', aliases: ['印發日期'], type: 'date', required: true },
  { name: 'published_on', aliases: ['公布日期', '發布日期'], type: 'date' },
  { name: 'filing_required', aliases: ['是否需報備'], type: 'flag', notes: 'default yes' },
  { name: 'filed_on', aliases: ['報備日期'], type: 'date', notes: 'blank = not filed' },
  { name: 'legality_reviewed', aliases: ['合法性審核', '是否經合法性審核'], type: 'flag' },
  { name: 'review_result', aliases: ['審查結論', '備案審查結果'], type: 'text' },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * documents — normative documents (規範性文件). Year = year(issued_on);
 * `filing_required` defaults to yes; `review_result` 準予備案 (either
 * script, or blank) is compliant, 補正 / 糾正 / 不予備案 are not, other
 * text is unknown (null).
 *
 * @example
 * documentsSchema.columns.map((c) => c.name); // ['doc_no', 'unit', 'title', …]
 */
export const documentsSchema: DatasetSchema<'documents'> = {
  id: 'documents',
  title: { 'zh-Hant': '規範性文件', 'zh-Hans': '规范性文件', en: 'Normative documents' },
  stems: ['documents', 'document', '規範性文件', '规范性文件'],
  columns,
  key: ['doc_no'],
  build(row, source) {
    const review = row.text(at.review_result);
    return {
      source,
      unit: row.text(at.unit),
      doc_no: row.text(at.doc_no) as string,
      title: row.text(at.title),
      issued_on: row.date(at.issued_on) as string,
      published_on: row.date(at.published_on),
      filing_required: row.flag(at.filing_required) !== 'no' && row.flag(at.filing_required) !== 'na',
      filed_on: row.date(at.filed_on),
      legality_reviewed: row.flag(at.legality_reviewed),
      review_result: review,
      compliant: compliance(review),
    };
  },
};

function compliance(review: string | null): boolean | null {
  if (review === null) return true;
  const key = toSimplified(review.normalize('NFKC')).replace(/\s+/g, '');
  if (COMPLIANT.has(key)) return true;
  if (NOT_COMPLIANT.has(key)) return false;
  return null;
}
