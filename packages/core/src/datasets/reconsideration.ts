import { columnIndexes } from './column-indexes.ts';
import type { ColumnSchema, DatasetSchema } from './dataset-schema.ts';
import { RECONSIDERATION_DECISIONS, type ReconsiderationDecision } from './records.ts';

const DECISIONS: Record<string, string> = Object.fromEntries(RECONSIDERATION_DECISIONS.map((d) => [d, d]));
Object.assign(DECISIONS, { 驳回复议申请: '驳回', 维持原行政行为: '维持', 终止审理: '终止', 终止复议: '终止', 调解结案: '调解', 达成和解: '和解' });

const columns = [
  { name: 'case_no', aliases: ['案號', '收案編號'], type: 'case_no', required: true },
  { name: 'unit', aliases: ['被申請人'], type: 'unit', required: true },
  { name: 'received_on', aliases: ['受理日期'], type: 'date', required: true },
  { name: 'decided_on', aliases: ['決定日期', '審結日期'], type: 'date', notes: 'blank = pending' },
  { name: 'decision', aliases: ['決定類型', '複議決定'], type: 'enum', values: DECISIONS },
  { name: 'extended', aliases: ['是否延期'], type: 'flag', notes: 'default no' },
  { name: 'procedure', aliases: ['審理程序'], type: 'enum', values: { 普通: 'ordinary', 普通程序: 'ordinary', 一般程序: 'ordinary', 简易: 'simple', 简易程序: 'simple' } },
] as const satisfies readonly ColumnSchema[];
const at = columnIndexes(columns);

/**
 * reconsideration — administrative reconsideration cases (行政複議).
 * `extended` defaults to no; `procedure` defaults to ordinary (普通), 簡易
 * is simple.
 *
 * @example
 * reconsiderationSchema.columns.find((c) => c.name === 'received_on')?.required; // true
 */
export const reconsiderationSchema: DatasetSchema<'reconsideration'> = {
  id: 'reconsideration',
  title: { 'zh-Hant': '行政複議', 'zh-Hans': '行政复议', en: 'Administrative reconsideration' },
  stems: ['reconsideration', '行政複議', '行政复议'],
  columns,
  key: ['case_no'],
  build(row, source) {
    return {
      source,
      unit: row.text(at.unit),
      case_no: row.text(at.case_no) as string,
      received_on: row.date(at.received_on) as string,
      decided_on: row.date(at.decided_on),
      decision: row.text(at.decision) as ReconsiderationDecision | null,
      extended: row.flag(at.extended) === 'yes',
      procedure: row.text(at.procedure) === 'simple' ? 'simple' : 'ordinary',
    };
  },
};
